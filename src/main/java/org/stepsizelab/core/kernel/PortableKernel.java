package org.stepsizelab.core.kernel;

/**
 * Plain-Java loops in cache-friendly order: the reference every faster kernel is tested against.
 * Each entry is one chain of fused multiply-adds over k in order — exactly the arithmetic of the
 * vector kernels, so both give the same bits.
 */
public final class PortableKernel implements MatrixKernel {

    @Override
    public void xwt(double[] x, int n, int d, double[] w, int m, double[] z) {
        for (int i = 0; i < n; i++) {
            int xi = i * d;
            for (int j = 0; j < m; j++) {
                int wj = j * d;
                double s = 0;
                for (int k = 0; k < d; k++) {
                    s = Math.fma(x[xi + k], w[wj + k], s);
                }
                z[i * m + j] = s;
            }
        }
    }

    @Override
    public void ctx(double[] c, int n, int m, double[] x, int d, double[] g) {
        java.util.Arrays.fill(g, 0, m * d, 0.0);
        for (int i = 0; i < n; i++) {
            int xi = i * d;
            for (int j = 0; j < m; j++) {
                double cij = c[i * m + j];
                int gj = j * d;
                for (int k = 0; k < d; k++) {
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
