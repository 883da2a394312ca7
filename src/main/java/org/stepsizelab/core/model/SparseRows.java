package org.stepsizelab.core.model;

import org.stepsizelab.core.kernel.MatrixKernel;
import org.stepsizelab.core.kernel.SparseMatrix;

/**
 * The MLP's input layer on a mostly-zero X: when at most {@link #MAX_DENSITY} of the data matrix is
 * nonzero (≈ 20 % of MNIST's pixels are), its two products go through the kernel's sparse
 * operations, which skip the zeros and give the dense kernels' bits (up to the sign of a zero).
 */
final class SparseRows {
    /** Use the sparse products when at most this fraction of X is nonzero. */
    static final double MAX_DENSITY = 0.35;

    private final SparseMatrix x;

    private SparseRows(SparseMatrix x) {
        this.x = x;
    }

    /** The sparse form of x (n×d row-major), or null when more than {@link #MAX_DENSITY} of it is nonzero. */
    static SparseRows ifSparse(double[] x, int n, int d) {
        SparseMatrix s = SparseMatrix.ifSparse(x, n, d, MAX_DENSITY);
        return s == null ? null : new SparseRows(s);
    }

    double density() {
        return x.density();
    }

    /** out (n×cols) = X·B for B (d×cols, row-major). */
    void times(MatrixKernel kernel, double[] b, int cols, double[] out) {
        kernel.multSparse(x, b, cols, out);
    }

    /** outT (d×cols) = Xᵀ·A for A (n×cols, row-major). */
    void transposeTimes(MatrixKernel kernel, double[] a, int cols, double[] outT) {
        kernel.multSparseTransA(x, a, cols, outT);
    }
}
