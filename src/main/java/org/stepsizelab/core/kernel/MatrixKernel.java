package org.stepsizelab.core.kernel;

/**
 * The dense products a GD step (and a Hessian-vector product) needs, behind one small interface so
 * that faster implementations (vectorized, multi-threaded) can replace the portable one. All
 * matrices are flat row-major double arrays.
 *
 * <p>Contract: results must not depend on the number of threads (parallelize over output blocks
 * only, never split a dot product's sum), so a run is bit-identical on any machine size.
 */
public interface MatrixKernel {

    /** Z (n×m) = X (n×d) · Wᵀ, with W m×d. */
    void xwt(double[] x, int n, int d, double[] w, int m, double[] z);

    /** G (m×d) = Cᵀ · X, with C n×m and X n×d. */
    void ctx(double[] c, int n, int m, double[] x, int d, double[] g);

    /**
     * OUT (rows×cols) = A · B, where A(r, k) = a[r·aRowStride + k·aColStride] (so a transposed A
     * costs nothing: pass strides (1, rows)) and B is inner×cols row-major. Each OUT entry is one
     * sum over k = 0, 1, …, inner − 1 in that order.
     */
    void mul(double[] a, int aRowStride, int aColStride, double[] b, int rows, int inner, int cols, double[] out);

    /**
     * Row lengths that make this kernel fastest: a caller that pads its column count to a multiple
     * of this (with zero columns) avoids the kernel's scalar tails. 1 when it does not matter.
     */
    default int columnAlignment() {
        return 1;
    }

    /** A short name for logs and the bench command, e.g. "portable". */
    String name();

    /** Threads this kernel may use. */
    default int threads() {
        return 1;
    }
}
