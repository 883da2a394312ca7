package org.stepsizelab.core.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Products with the Vector API (jdk.incubator.vector), multi-threaded over blocks of output rows.
 * Loaded only through {@link Kernels} after it has checked that the incubator module is present,
 * so a JVM without it never sees this class.
 *
 * <p>Large products go through {@link PackedProduct} (operands packed into contiguous
 * micro-panels, a register-blocked micro-kernel sized to the vector length); small ones, and
 * those with fewer columns than a vector, through the plain loops of {@link SmallProduct}. Both
 * accumulate every OUT entry by fused multiply-adds over k = 0, 1, … in order, whatever the block
 * shape, path or thread count: results are bit-identical for any number of threads, and equal to
 * {@link PortableKernel}'s.
 */
final class VectorKernel implements MatrixKernel {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Below this many multiply-adds packing costs more than it saves. */
    private static final long PACKED_MIN_FMAS = 1L << 14;

    private final int threads;

    VectorKernel(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
    }

    static int lanes() {
        return L;
    }

    @Override
    public String name() {
        return "vector-" + L * 64 + "bit";
    }

    @Override
    public int threads() {
        return threads;
    }

    @Override
    public int columnAlignment() {
        return L;
    }

    /** The register block of the packed micro-kernel, e.g. "4x12" (rows × columns). */
    static String block() {
        return PackedProduct.MR + "x" + PackedProduct.NR;
    }

    private static boolean packs(int rows, int inner, int cols) {
        return cols >= L && (long) rows * inner * cols >= PACKED_MIN_FMAS;
    }

    @Override
    public void mult(double[] a, int lda, double[] b, int rows, int inner, int cols, double[] out) {
        mul(a, lda, 1, b, rows, inner, cols, out);
    }

    @Override
    public void multTransA(double[] a, int lda, double[] b, int rows, int inner, int cols, double[] out) {
        mul(a, 1, lda, b, rows, inner, cols, out);
    }

    @Override
    public void multTransB(double[] a, double[] b, int rows, int inner, int cols, double[] out) {
        if (packs(rows, inner, cols)) {
            PackedProduct.run(a, inner, 1, b, 1, inner, rows, inner, cols, out, cols, false, threads, constants);
        } else {
            SmallProduct.run(a, inner, 1, transpose(b, cols, inner, cols), rows, inner, cols, out, threads);
        }
    }

    @Override
    public void multOuter(double[] a, int n, int inner, double[] out, int ldOut) {
        if (packs(n, inner, n)) {
            PackedProduct.run(a, inner, 1, a, 1, inner, n, inner, n, out, ldOut, true, threads);
            for (int i = 0; i < n; i++) {
                java.util.Arrays.fill(out, i * ldOut + n, (i + 1) * ldOut, 0.0);
            }
        } else {
            SmallProduct.run(a, inner, 1, transpose(a, n, inner, ldOut), n, inner, ldOut, out, threads);
        }
    }

    /** Ranges of {@value #RANGE} entries: an elementwise pass over fewer stays on the calling thread. */
    private static final int RANGE = 8192;

    @Override
    public void forRanges(int length, RangeTask task) {
        int tasks = (length + RANGE - 1) / RANGE;
        if (threads == 1 || tasks < 2) {
            task.run(0, length);
            return;
        }
        KernelPool.run(tasks, threads, t -> task.run(t * RANGE, Math.min(length, t * RANGE + RANGE)));
    }

    private final PackedOperands constants = new PackedOperands();

    @Override
    public void declareConstant(double[] a) {
        constants.declare(a);
    }

    @Override
    public void multSparse(SparseMatrix x, double[] b, int width, double[] out) {
        SparseProduct.times(x, b, width, out, threads);
    }

    @Override
    public void multSparseTransA(SparseMatrix x, double[] a, int width, double[] outT) {
        SparseProduct.transposeTimes(x, a, width, outT, threads);
    }

    @Override
    public void mul(double[] a, int ars, int acs, double[] b, int rows, int inner, int cols, double[] out) {
        if (packs(rows, inner, cols)) {
            PackedProduct.run(a, ars, acs, b, cols, 1, rows, inner, cols, out, cols, false, threads, constants);
        } else {
            SmallProduct.run(a, ars, acs, b, rows, inner, cols, out, threads);
        }
    }

    /** Bᵀ (inner × ld, zero columns beyond {@code rows}) of B stored rows×inner. */
    private static double[] transpose(double[] b, int rows, int inner, int ld) {
        double[] t = new double[inner * ld];
        for (int j = 0; j < rows; j++) {
            for (int k = 0; k < inner; k++) {
                t[k * ld + j] = b[j * inner + k];
            }
        }
        return t;
    }
}
