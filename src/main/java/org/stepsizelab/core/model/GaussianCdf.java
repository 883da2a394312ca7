package org.stepsizelab.core.model;

import org.apache.commons.numbers.gamma.Erfc;

/**
 * A fast standard normal CDF Φ and density for the MLP's GELU pass, accurate to a few ulps in
 * both tails (tested against Commons Numbers' erfc, which {@code Base.GELU} uses and which costs
 * several times more per call).
 *
 * <p>Φ(−u) = pdf(u)·R(u) for u ≥ 0 with R the Mills ratio, a smooth function of u. R is stored as
 * its Taylor polynomial (degree {@value #DEGREE}) around every grid point j/{@value #GRID} up to
 * u = {@value #U_MAX} (beyond it Φ(−u) is below 10⁻³²⁰); the coefficients come from R at the grid
 * point through the recurrence R' = uR − 1, R^(k+1) = u·R^(k) + k·R^(k−1). R at a grid point is
 * taken from Commons' erfc for u &lt; 2 and from the continued fraction
 * R(u) = 1/(u + 1/(u + 2/(u + 3/(u + …)))) above, both accurate to an ulp or two there.
 */
final class GaussianCdf {
    static final int GRID = 16;
    static final int DEGREE = 12;
    static final double U_MAX = 38.5;
    private static final int STRIDE = DEGREE + 1;
    private static final int POINTS = (int) (U_MAX * GRID) + 2;
    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);
    /** Taylor coefficients R^(k)(c)/k!, highest first, for each grid point c. */
    private static final double[] COEF = new double[POINTS * STRIDE];

    static {
        double[] deriv = new double[STRIDE];
        for (int j = 0; j < POINTS; j++) {
            double c = (double) j / GRID;
            deriv[0] = millsRatio(c);
            deriv[1] = c * deriv[0] - 1.0;
            for (int k = 1; k < DEGREE; k++) {
                deriv[k + 1] = c * deriv[k] + k * deriv[k - 1];
            }
            double fact = 1;
            for (int k = 0; k <= DEGREE; k++) {
                if (k > 0) {
                    fact *= k;
                }
                COEF[j * STRIDE + (DEGREE - k)] = deriv[k] / fact;
            }
        }
    }

    private GaussianCdf() {}

    /** R(u) = Φ(−u)/pdf(u) at a grid point u ≥ 0. */
    static double millsRatio(double u) {
        if (u < 2) {
            return 0.5 * Erfc.value(u / Math.sqrt(2.0)) / (INV_SQRT_2PI * Math.exp(-0.5 * u * u));
        }
        double f = u;
        for (int k = 400; k >= 1; k--) {
            f = u + k / f;
        }
        return 1.0 / f;
    }

    /** pdf(z) = e^{−z²/2}/√(2π), with z² carried exactly (z² = hi + lo) so large |z| keep full accuracy. */
    static double pdf(double z) {
        double hi = z * z;
        double lo = Math.fma(z, z, -hi);
        return INV_SQRT_2PI * Math.exp(-0.5 * hi) * (1.0 - 0.5 * lo);
    }

    /** Φ(−u)·(1/pdf(u)) for u = |z| (the Mills ratio), from the table. */
    static double mills(double u) {
        if (u >= U_MAX) {
            return 1.0 / u;
        }
        int j = (int) (u * GRID + 0.5);
        double t = u - (double) j / GRID;
        int o = j * STRIDE;
        double p = COEF[o];
        for (int k = 1; k <= DEGREE; k++) {
            p = Math.fma(p, t, COEF[o + k]);
        }
        return p;
    }

    /** Φ(z) given pdf(z) (the caller needs the density too). */
    static double cdf(double z, double pdf) {
        double q = pdf * mills(Math.abs(z));   // Φ(−|z|)
        return z < 0 ? q : 1.0 - q;
    }
}
