package org.stepsizelab.core.kernel;

/**
 * Plain-Java loops in cache-friendly order: the reference every faster kernel is tested against.
 * Each entry is one chain of fused multiply-adds over k in order — exactly the arithmetic of the
 * vector kernels, so both give the same bits.
 */
public final class PortableKernel implements MatrixKernel {

    /** Z (rows×cols) = X·Wᵀ by dot products of rows (X rows×inner, W cols×inner). */
    @Override
    public void multTransB(double[] x, double[] w, int rows, int inner, int cols, double[] z) {
        for (int i = 0; i < rows; i++) {
            int xi = i * inner;
            for (int j = 0; j < cols; j++) {
                int wj = j * inner;
                double s = 0;
                for (int k = 0; k < inner; k++) {
                    s = Math.fma(x[xi + k], w[wj + k], s);
                }
                z[i * cols + j] = s;
            }
        }
    }

    /** G (rows×cols) = Cᵀ·X by rank-one updates (C inner×rows with row length lda, X inner×cols). */
    @Override
    public void multTransA(double[] c, int lda, double[] x, int rows, int inner, int cols, double[] g) {
        java.util.Arrays.fill(g, 0, rows * cols, 0.0);
        for (int i = 0; i < inner; i++) {
            int xi = i * cols;
            for (int j = 0; j < rows; j++) {
                double cij = c[i * lda + j];
                int gj = j * cols;
                for (int k = 0; k < cols; k++) {
                    g[gj + k] = Math.fma(cij, x[xi + k], g[gj + k]);
                }
            }
        }
    }

    @Override
    public void mul(double[] a, int aRowStride, int aColStride, double[] b, int rows, int inner, int cols,
            double[] out) {
        java.util.Arrays.fill(out, 0, rows * cols, 0.0);
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            for (int k = 0; k < inner; k++) {
                double ark = a[r * aRowStride + k * aColStride];
                int bk = k * cols;
                for (int j = 0; j < cols; j++) {
                    out[o + j] = Math.fma(ark, b[bk + j], out[o + j]);
                }
            }
        }
    }

    @Override
    public String name() {
        return "portable";
    }
}
