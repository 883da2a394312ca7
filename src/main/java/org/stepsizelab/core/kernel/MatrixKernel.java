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

    // The named operations (as EJML's mult, multTransA, multTransB, multOuter): the vocabulary
    // callers use. OUT is always overwritten, never accumulated into; B and OUT are row-major with
    // row length cols (callers pad cols to columnAlignment() for speed).

    /** OUT (rows×cols) = A·B, where A is rows×inner row-major with row length {@code lda} ≥ inner. */
    default void mult(double[] a, int lda, double[] b, int rows, int inner, int cols, double[] out) {
        mul(a, lda, 1, b, rows, inner, cols, out);
    }

    /**
     * OUT (rows×cols) = Aᵀ·B, where A is stored inner×rows row-major with row length {@code lda} ≥
     * rows (e.g. ∇Lᵀ = Xᵀ·C with A = X, lda = d): the transpose is read in place, never built.
     */
    default void multTransA(double[] a, int lda, double[] b, int rows, int inner, int cols, double[] out) {
        mul(a, 1, lda, b, rows, inner, cols, out);
    }

    /** OUT (rows×cols) = A·Bᵀ, where A is rows×inner and B is cols×inner, both row-major (Z = X·Wᵀ). */
    default void multTransB(double[] a, double[] b, int rows, int inner, int cols, double[] out) {
        double[] bt = new double[inner * cols];
        for (int j = 0; j < cols; j++) {
            for (int k = 0; k < inner; k++) {
                bt[k * cols + j] = b[j * inner + k];
            }
        }
        mul(a, inner, 1, bt, rows, inner, cols, out);
    }

    /**
     * OUT (n×n) = A·Aᵀ, A n×inner row-major (the Gram matrix K = X·Xᵀ), written with row length
     * {@code ldOut} ≥ n; columns n … ldOut−1 are set to 0. OUT is symmetric to the last bit (entry
     * (i, j) and (j, i) are the same products summed in the same order), so a kernel may compute
     * one triangle and mirror it.
     */
    default void multOuter(double[] a, int n, int inner, double[] out, int ldOut) {
        double[] at = new double[inner * ldOut];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < inner; k++) {
                at[k * ldOut + i] = a[i * inner + k];
            }
        }
        mul(a, inner, 1, at, n, inner, ldOut, out);
    }

    // The general strided form behind the named operations: what an implementation provides.
    // Callers use the names above.

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

    /**
     * OUT = X·B for a sparse X (n×d) and B (d×width, row-major); OUT is n×width. Each entry is the
     * dense product's chain of fused multiply-adds over k ascending without the terms where
     * x_ik = 0 (fma(0, b, s) = s for finite b), so it has the dense kernels' bits up to a zero's sign.
     */
    default void multSparse(SparseMatrix x, double[] b, int width, double[] out) {
        x.timesRows(b, width, out, 0, x.rows);
    }

    /** OUTᵀ = Xᵀ·A for a sparse X (n×d) and A (n×width); OUTᵀ is d×width. Chains over i ascending. */
    default void multSparseTransA(SparseMatrix x, double[] a, int width, double[] outT) {
        x.transposeTimesRows(a, width, outT, 0, x.cols);
    }

    /**
     * Runs task on consecutive ranges covering 0 … length−1, on this kernel's threads when the
     * work is large enough. For elementwise passes whose entries are independent: the result does
     * not depend on how the ranges are cut or which thread runs them.
     */
    default void forRanges(int length, RangeTask task) {
        task.run(0, length);
    }

    /**
     * Declares that a's entries will not change again (a data matrix): the kernel may keep packed
     * copies of it for later products. Results are the same bits either way.
     */
    default void declareConstant(double[] a) {}

    /** Threads this kernel may use. */
    default int threads() {
        return 1;
    }
}
