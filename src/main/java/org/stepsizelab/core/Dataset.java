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

    /** R = max_i ‖x_i‖. */
    public double radius() {
        double r2 = 0;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int k = 0; k < d; k++) {
                double v = x[i * d + k];
                s += v * v;
            }
            r2 = Math.max(r2, s);
        }
        return Math.sqrt(r2);
    }

    /** Multiplies every feature by one factor so that max‖x_i‖ = 1 (docs/MATH.md §1). */
    public Dataset normalized() {
        double r = radius();
        if (r == 0 || r == 1) {
            return this;
        }
        double f = 1.0 / r;
        double[] xs = new double[x.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = x[i] * f;
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
