package org.stepsizelab.core.dataview;

import org.stepsizelab.core.Dataset;

/**
 * Two informative directions for data in d > 2 dimensions: u, the max-margin direction when the data
 * are linearly separable through the origin (else their first principal direction), and v, the first
 * principal direction of the data after the u component is removed. The points are drawn at
 * (uᵀx_i, vᵀx_i).
 *
 * @param u unit vector (d)
 * @param v unit vector orthogonal to u (d)
 * @param uIsMaxMargin whether u is the max-margin direction (else a principal direction)
 */
public record Projection(double[] u, double[] v, boolean uIsMaxMargin) {

    /**
     * The projection for {@code data}; {@code maxMargin} is the unit max-margin direction (null when
     * the data are not separable or it is not known).
     */
    public static Projection of(Dataset data, double[] maxMargin) {
        int d = data.d();
        double[] u = maxMargin != null ? normalize(maxMargin.clone()) : null;
        boolean mm = u != null;
        if (u == null) {
            u = principal(data, null);
        }
        double[] v = principal(data, u);
        return new Projection(u, v, mm);
    }

    /** (uᵀx_i, vᵀx_i) for each point, as n rows of 2. */
    public double[] apply(Dataset data) {
        int d = data.d();
        double[] out = new double[2 * data.n()];
        for (int i = 0; i < data.n(); i++) {
            double a = 0, b = 0;
            for (int k = 0; k < d; k++) {
                double x = data.x()[i * d + k];
                a += u[k] * x;
                b += v[k] * x;
            }
            out[2 * i] = a;
            out[2 * i + 1] = b;
        }
        return out;
    }

    /**
     * The top eigenvector of Σ_i x_i x_iᵀ (uncentred: the net has no bias, directions through the
     * origin are what it sees) restricted to the complement of {@code away}, by power iteration from
     * a fixed start, so the same data give the same picture.
     */
    static double[] principal(Dataset data, double[] away) {
        int d = data.d();
        double[] v = new double[d];
        for (int k = 0; k < d; k++) {
            v[k] = 1.0 + 0.1 * k; // a fixed start with a component along every axis
        }
        deflate(v, away);
        normalize(v);
        double[] next = new double[d];
        for (int it = 0; it < 200; it++) {
            java.util.Arrays.fill(next, 0);
            for (int i = 0; i < data.n(); i++) {
                double dot = 0;
                for (int k = 0; k < d; k++) {
                    dot += data.x()[i * d + k] * v[k];
                }
                for (int k = 0; k < d; k++) {
                    next[k] += dot * data.x()[i * d + k];
                }
            }
            deflate(next, away);
            if (norm(next) == 0) {
                break; // the data have no variance off u: keep the start direction
            }
            normalize(next);
            double change = 0;
            for (int k = 0; k < d; k++) {
                change = Math.max(change, Math.abs(next[k] - v[k]));
            }
            System.arraycopy(next, 0, v, 0, d);
            if (change < 1e-12) {
                break;
            }
        }
        return v;
    }

    private static void deflate(double[] v, double[] away) {
        if (away == null) {
            return;
        }
        double dot = 0;
        for (int k = 0; k < v.length; k++) {
            dot += v[k] * away[k];
        }
        for (int k = 0; k < v.length; k++) {
            v[k] -= dot * away[k];
        }
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double a : v) {
            s += a * a;
        }
        return Math.sqrt(s);
    }

    private static double[] normalize(double[] v) {
        double n = norm(v);
        if (n > 0) {
            for (int k = 0; k < v.length; k++) {
                v[k] /= n;
            }
        }
        return v;
    }
}
