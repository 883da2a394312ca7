package org.stepsizelab.core.kernel;

/**
 * The two dense products a GD step needs, behind one small interface so that faster
 * implementations (vectorized, multi-threaded) can replace the portable one. All matrices are
 * flat row-major double arrays.
 *
 * <p>Contract: results must not depend on the number of threads (parallelize over output blocks
 * only, never split a dot product's sum).
 */
public interface MatrixKernel {

    /** Z (n×m) = X (n×d) · Wᵀ, with W m×d. */
    void xwt(double[] x, int n, int d, double[] w, int m, double[] z);

    /** G (m×d) = Cᵀ · X, with C n×m and X n×d. */
    void ctx(double[] c, int n, int m, double[] x, int d, double[] g);

    /** A short name for logs and the bench command, e.g. "portable". */
    String name();

    /** Threads this kernel uses. */
    default int threads() {
        return 1;
    }
}
