package org.stepsizelab.core.model;

import java.util.Arrays;

/**
 * The nonzero entries of a data matrix X (n×d) row by row, for the MLP's input layer: MNIST-like
 * images are mostly exact zeros (≈ 80 % of MNIST's pixels), and a product that skips them does a
 * fifth of the work.
 *
 * <p>Both products accumulate each output entry as the same chain of fused multiply-adds over the
 * inner index in ascending order as the dense kernels, minus the terms whose factor x_ik is 0 —
 * and fma(0, w, s) = s for finite w — so they give the dense kernels' bits (up to the sign of a zero).
 */
final class SparseRows {
    /** Use the sparse products when at most this fraction of X is nonzero. */
    static final double MAX_DENSITY = 0.35;

    private final int n, d;
    private final int[] rowStart, col;
    private final double[] val;

    private SparseRows(int n, int d, int[] rowStart, int[] col, double[] val) {
        this.n = n;
        this.d = d;
        this.rowStart = rowStart;
        this.col = col;
        this.val = val;
    }

    /** The sparse form of x (n×d row-major), or null when more than {@link #MAX_DENSITY} of it is nonzero. */
    static SparseRows ifSparse(double[] x, int n, int d) {
        long nnz = 0;
        for (double v : x) {
            if (v != 0) {
                nnz++;
            }
        }
        if (nnz > MAX_DENSITY * x.length) {
            return null;
        }
        int[] start = new int[n + 1];
        int[] col = new int[(int) nnz];
        double[] val = new double[(int) nnz];
        int p = 0;
        for (int i = 0; i < n; i++) {
            start[i] = p;
            for (int k = 0; k < d; k++) {
                double v = x[i * d + k];
                if (v != 0) {
                    col[p] = k;
                    val[p++] = v;
                }
            }
        }
        start[n] = p;
        return new SparseRows(n, d, start, col, val);
    }

    double density() {
        return (double) val.length / ((long) n * d);
    }

    /** out (n×cols) = X·B for B (d×cols, row-major). */
    void times(double[] b, int cols, double[] out) {
        Arrays.fill(out, 0, n * cols, 0.0);
        for (int i = 0; i < n; i++) {
            int o = i * cols;
            for (int p = rowStart[i], end = rowStart[i + 1]; p < end; p++) {
                double v = val[p];
                int bk = col[p] * cols;
                for (int j = 0; j < cols; j++) {
                    out[o + j] = Math.fma(v, b[bk + j], out[o + j]);
                }
            }
        }
    }

    /** outT (d×cols) = Xᵀ·A for A (n×cols, row-major). */
    void transposeTimes(double[] a, int cols, double[] outT) {
        Arrays.fill(outT, 0, d * cols, 0.0);
        for (int i = 0; i < n; i++) {
            int ai = i * cols;
            for (int p = rowStart[i], end = rowStart[i + 1]; p < end; p++) {
                double v = val[p];
                int o = col[p] * cols;
                for (int j = 0; j < cols; j++) {
                    outT[o + j] = Math.fma(a[ai + j], v, outT[o + j]);
                }
            }
        }
    }
}
