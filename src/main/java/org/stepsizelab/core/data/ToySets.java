package org.stepsizelab.core.data;

import org.stepsizelab.core.Dataset;

/** The paper's synthetic sets: XOR, separable points with a known margin, and Theorem 4.3's two points. */
public final class ToySets {
    private ToySets() {}

    /** docs/MATH.md §5: (−1,−1)→+1, (1,1)→+1, (1,−1)→−1, (−1,1)→−1 (scaled to unit norm by normalization). */
    public static Dataset xor() {
        double[] x = {-1, -1, 1, 1, 1, -1, -1, 1};
        double[] y = {1, 1, -1, -1};
        return new Dataset("xor", 4, 2, x, y, 1.0);
    }

    /**
     * The paper's own Fig. 4 points (docs/MATH.md §5): ((0.05, 1, 2), +1), ((0.05, −2, 1), +1),
     * ((−1, 0, 2), −1), ((0.05, −2, −2), +1), ((0.05, 1, −2), +1). Their signed points y_i x_i all have
     * first coordinate ≥ 0.05 with (0.05, 0, 0) in their hull, so the max-margin direction is e₁ and the
     * margin 0.05. The paper does not rescale them (max‖x_i‖ = 3): presets run them with normalize off.
     */
    public static Dataset fig4() {
        double[] x = {0.05, 1, 2, 0.05, -2, 1, -1, 0, 2, 0.05, -2, -2, 0.05, 1, -2};
        double[] y = {1, 1, -1, 1, 1};
        return new Dataset("fig4", 5, 3, x, y, 1.0);
    }

    /**
     * n points in R^d with labels alternating +1, −1 whose signed points z_i = y_i x_i all satisfy
     * z_i·e1 ≥ γ and ‖z_i‖ ≤ 1. With {@code withSupport}, the first two are the support points
     * (γ, ±√(1−γ²)·v) for a random unit v ⊥ e1 (for d = 1: γ and 1): their midpoint γ·e1 lies in the
     * hull, so the max-margin direction is exactly e1 and the margin exactly γ; and since they have
     * norm 1, scaling to max‖x_i‖ = 1 leaves the margin γ. Test points are drawn like the others.
     */
    static Dataset separable(int n, int d, double gamma, DataRandom rnd, boolean withSupport) {
        double[] x = new double[n * d];
        double[] y = new double[n];
        // a hair under √(1−γ²), so rounding can never push a norm above 1: then max‖x_i‖ ≤ 1, the
        // scaling factor is ≥ 1, and the margin after scaling is ≥ γ (exactly γ up to 1e−15)
        double s = Math.sqrt(Math.max(0, 1 - gamma * gamma)) * (1 - 1e-15);
        double[] v = d > 1 ? unitVector(d - 1, rnd) : new double[0];
        for (int i = 0; i < n; i++) {
            double[] z = new double[d];
            if (withSupport && i < 2) {
                if (d == 1) {
                    z[0] = i == 0 ? gamma : 1.0 - 1e-15;
                } else {
                    z[0] = gamma;
                    double sign = i == 0 ? 1 : -1;
                    for (int k = 1; k < d; k++) {
                        z[k] = sign * s * v[k - 1];
                    }
                }
            } else {
                double t = rnd.uniform(gamma, 1.0);
                z[0] = t;
                if (d > 1) {
                    // radius uniform in [0, √(1−t²)): the point stays in the unit ball
                    double r = Math.sqrt(Math.max(0, 1 - t * t)) * rnd.uniform() * (1 - 1e-12);
                    double[] u = unitVector(d - 1, rnd);
                    for (int k = 1; k < d; k++) {
                        z[k] = r * u[k - 1];
                    }
                }
            }
            y[i] = i % 2 == 0 ? 1 : -1;
            for (int k = 0; k < d; k++) {
                x[i * d + k] = y[i] * z[k];
            }
        }
        return new Dataset("separable", n, d, x, y, 1.0);
    }

    /** Theorem 4.3 (docs/MATH.md §5): x₁ = (γ, √(1−γ²)), x₂ = (γ, −√(1−γ²)/2), y₁ = y₂ = +1; its margin is γ. */
    public static Dataset lowerBound(double gamma) {
        double s = Math.sqrt(1 - gamma * gamma);
        return new Dataset("lower-bound", 2, 2, new double[] {gamma, s, gamma, -s / 2}, new double[] {1, 1}, 1.0);
    }

    private static double[] unitVector(int k, DataRandom rnd) {
        double[] u = new double[k];
        double norm2 = 0;
        while (norm2 < 1e-12) { // a zero draw has no direction; redraw (practically never)
            norm2 = 0;
            for (int i = 0; i < k; i++) {
                u[i] = rnd.gaussian();
                norm2 += u[i] * u[i];
            }
        }
        double inv = 1 / Math.sqrt(norm2);
        for (int i = 0; i < k; i++) {
            u[i] *= inv;
        }
        return u;
    }
}
