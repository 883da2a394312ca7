package org.stepsizelab.core;

import java.util.function.DoubleUnaryOperator;

/**
 * The constants of the paper's Assumption 2, computed numerically for any activation (docs/MATH.md §3):
 * α = inf φ', sup|φ'|, β̃ = sup|φ''| and κ = sup|φ(z) − zφ'(z)|.
 *
 * <p>They are never typed in: a dense linear grid near 0, a logarithmic grid out to |z| = 1e8 (which
 * stands in for the limits z → ±∞) and a golden-section refinement around the best grid point give
 * each supremum to about 1e−12 relative for the smooth activations here.
 */
public record ActivationConstants(double alpha, double supDphi, double betaTilde, double kappa) {

    /** β̃ is reported as NaN for activations that are not twice differentiable (ReLU). */
    public static ActivationConstants of(Activation phi) {
        double alpha = -sup(z -> -phi.d1(z));
        double supD = sup(z -> Math.abs(phi.d1(z)));
        double beta = phi.smooth() ? sup(z -> Math.abs(phi.d2(z))) : Double.NaN;
        double kappa = sup(z -> Math.abs(phi.value(z) - z * phi.d1(z)));
        return new ActivationConstants(alpha, supD, beta, kappa);
    }

    /** The supremum of f over the real line, numerically. */
    static double sup(DoubleUnaryOperator f) {
        double best = Double.NEGATIVE_INFINITY;
        double bestZ = 0;
        double step = 1.0 / 1024; // a binary fraction, so grid points are exact doubles
        for (int k = -20 * 1024; k <= 20 * 1024; k++) {
            double z = k * step;
            double v = f.applyAsDouble(z);
            if (v > best) {
                best = v;
                bestZ = z;
            }
        }
        double gridSpacing = step;
        // logarithmic grid out to 1e8 on both sides: finds the limits z → ±∞ and far features
        int perDecade = 4000;
        for (int e = -6 * perDecade; e <= 8 * perDecade; e++) {
            double r = Math.pow(10.0, (double) e / perDecade);
            for (double z : new double[] {r, -r}) {
                double v = f.applyAsDouble(z);
                if (v > best) {
                    best = v;
                    bestZ = z;
                    gridSpacing = Math.abs(z) * (Math.pow(10.0, 1.0 / perDecade) - 1);
                }
            }
        }
        return Math.max(best, goldenMax(f, bestZ - gridSpacing, bestZ + gridSpacing));
    }

    private static double goldenMax(DoubleUnaryOperator f, double lo, double hi) {
        final double g = (Math.sqrt(5) - 1) / 2;
        double a = lo, b = hi;
        double c = b - g * (b - a), d = a + g * (b - a);
        double fc = f.applyAsDouble(c), fd = f.applyAsDouble(d);
        for (int i = 0; i < 200 && b - a > 1e-15 * Math.max(1, Math.abs(a)); i++) {
            if (fc > fd) {
                b = d; d = c; fd = fc;
                c = b - g * (b - a); fc = f.applyAsDouble(c);
            } else {
                a = c; c = d; fc = fd;
                d = a + g * (b - a); fd = f.applyAsDouble(d);
            }
        }
        return Math.max(fc, fd);
    }

    /** Assumption 2 needs α > 0 (and φ' ≤ 1). */
    public boolean alphaPositive() {
        return alpha > 0;
    }
}
