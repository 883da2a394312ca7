package org.stepsizelab.core.theory;

/**
 * Least-squares line through (log x, log y): y ≈ e^{intercept}·x^{slope}. The sweeps use it for
 * the measured slope of s* against η (Theorem 4.1 only bounds s* from above, so no slope is
 * predicted) and of the final loss against the budget T (Corollary 4.2: −2 or steeper for η ∝ T;
 * Theorem 4.3: no faster than −1 for a run that stays monotone).
 *
 * <p>Only points with x > 0 and y > 0 (both finite) enter the fit, since a log-log line cannot
 * hold the others; {@link #points()} says how many did.
 */
public record LogLogFit(double slope, double intercept, double r2, int points) {

    /** Natural-log fit; slope and intercept are NaN with fewer than two usable points or one distinct x. */
    public static LogLogFit of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
        }
        int k = 0;
        double sx = 0, sy = 0;
        for (int i = 0; i < x.length; i++) {
            if (usable(x[i], y[i])) {
                sx += Math.log(x[i]);
                sy += Math.log(y[i]);
                k++;
            }
        }
        if (k < 2) {
            return new LogLogFit(Double.NaN, Double.NaN, Double.NaN, k);
        }
        double mx = sx / k, my = sy / k;
        double sxx = 0, sxy = 0, syy = 0;
        for (int i = 0; i < x.length; i++) {
            if (usable(x[i], y[i])) {
                double dx = Math.log(x[i]) - mx, dy = Math.log(y[i]) - my;
                sxx += dx * dx;
                sxy += dx * dy;
                syy += dy * dy;
            }
        }
        if (sxx == 0) {
            return new LogLogFit(Double.NaN, Double.NaN, Double.NaN, k);
        }
        double slope = sxy / sxx;
        double r2 = syy == 0 ? 1.0 : sxy * sxy / (sxx * syy);
        return new LogLogFit(slope, my - slope * mx, r2, k);
    }

    private static boolean usable(double x, double y) {
        return x > 0 && y > 0 && Double.isFinite(x) && Double.isFinite(y);
    }

    /** The fitted y at x. */
    public double at(double x) {
        return Math.exp(intercept + slope * Math.log(x));
    }
}
