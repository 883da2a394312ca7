package org.stepsizelab.core;

/**
 * Labelled data as the trainer sees it: n points in R^d, row-major, labels ±1, already scaled.
 *
 * @param x row-major n×d features (after scaling)
 * @param y labels, each −1 or +1
 * @param scale the factor the raw features were multiplied by (1 when not normalized)
 */
public record Dataset(String name, int n, int d, double[] x, double[] y, double scale) {

    public Dataset {
        if (x.length != (long) n * d || y.length != n) {
            throw new IllegalArgumentException("dataset shape mismatch: n=" + n + " d=" + d);
        }
    }

    /** R = max_i ‖x_i‖, without overflow or underflow (features near 1e300 or 1e−300 are fine). */
    public double radius() {
        double r = 0;
        for (int i = 0; i < n; i++) {
            r = Math.max(r, Num.norm(x, i * d, d));
        }
        return r;
    }

    /**
     * Multiplies every feature by one factor so that max‖x_i‖ = 1 (docs/MATH.md §1). When 1/R itself is not
     * a normal number (R below about 1e−308 or above 1e308) the features are divided by R instead.
     */
    public Dataset normalized() {
        double r = radius();
        if (r == 0 || r == 1 || !Double.isFinite(r)) {
            return this;
        }
        double f = 1.0 / r;
        boolean divide = !(Double.isFinite(f) && f >= Double.MIN_NORMAL);
        double[] xs = new double[x.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = divide ? x[i] / r : x[i] * f;
        }
        return new Dataset(name, n, d, xs, y.clone(), scale * f);
    }

    /** The same scaling applied to another set (a held-out split must be scaled like the training set). */
    public Dataset scaledBy(double factor) {
        double[] xs = new double[x.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = x[i] * factor;
        }
        return new Dataset(name, n, d, xs, y.clone(), scale * factor);
    }
}
