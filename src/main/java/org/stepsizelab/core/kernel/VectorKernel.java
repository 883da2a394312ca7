package org.stepsizelab.core.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Register-blocked products with the Vector API (jdk.incubator.vector), multi-threaded over blocks
 * of output rows. Loaded only through {@link Kernels} after it has checked that the incubator
 * module is present, so a JVM without it never sees this class.
 *
 * <p>Every OUT entry is accumulated by fused multiply-adds over k = 0, 1, … in order, whatever the
 * block shape or thread count: results are bit-identical for any number of threads.
 */
final class VectorKernel implements MatrixKernel {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Output rows per task handed to a thread (a multiple of the 4-row register block). */
    private static final int ROWS_PER_TASK = 32;
    /** Below this many multiply-adds a product stays on one thread: waking helpers costs more. */
    private static final long PARALLEL_MIN_FMAS = 1L << 20;
    /** Bytes of B one k-slab reads: about half a core's L2 cache, so the slab is read from there. */
    private static final long SLAB_BYTES = 384 * 1024;

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

    @Override
    public void xwt(double[] x, int n, int d, double[] w, int m, double[] z) {
        double[] wt = new double[d * m]; // Wᵀ so that the product streams rows: O(md), against O(ndm) work
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < d; k++) {
                wt[k * m + j] = w[j * d + k];
            }
        }
        mul(x, d, 1, wt, n, d, m, z);
    }

    @Override
    public void ctx(double[] c, int n, int m, double[] x, int d, double[] g) {
        mul(c, 1, m, x, m, n, d, g);
    }

    @Override
    public void mul(double[] a, int ars, int acs, double[] b, int rows, int inner, int cols, double[] out) {
        if (inner == 0) {
            java.util.Arrays.fill(out, 0, rows * cols, 0.0);
            return;
        }
        int tasks = (rows + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        boolean big = (long) rows * inner * cols >= PARALLEL_MIN_FMAS;
        if (!big || threads == 1 || tasks == 1) {
            rowsRange(a, ars, acs, b, inner, cols, out, 0, rows);
            return;
        }
        KernelPool.run(tasks, threads, t -> {
            int r0 = t * ROWS_PER_TASK;
            rowsRange(a, ars, acs, b, inner, cols, out, r0, Math.min(rows, r0 + ROWS_PER_TASK));
        });
    }

    /**
     * Output rows r0 … r1−1, over slabs of k so that the slab of B being read stays in the core's
     * cache. A slab continues each sum where the previous one stopped (the running sum passes
     * through OUT exactly), so the result equals one unblocked pass.
     */
    private static void rowsRange(double[] a, int ars, int acs, double[] b, int inner, int cols, double[] out,
            int r0, int r1) {
        int slab = (int) Math.max(32, Math.min(inner, SLAB_BYTES / (8L * cols)));
        for (int k0 = 0; k0 < inner; k0 += slab) {
            int k1 = Math.min(inner, k0 + slab);
            boolean first = k0 == 0;
            int c = 0;
            for (; c + 4 * L <= cols; c += 4 * L) {
                int r = r0;
                for (; r + 4 <= r1; r += 4) {
                    block4x4(a, ars, acs, b, k0, k1, cols, out, r, c, first);
                }
                for (; r < r1; r++) {
                    for (int cc = c; cc < c + 4 * L; cc += L) {
                        block1x1(a, ars, acs, b, k0, k1, cols, out, r, cc, first);
                    }
                }
            }
            for (; c + L <= cols; c += L) {
                int r = r0;
                for (; r + 4 <= r1; r += 4) {
                    block4x1(a, ars, acs, b, k0, k1, cols, out, r, c, first);
                }
                for (; r < r1; r++) {
                    block1x1(a, ars, acs, b, k0, k1, cols, out, r, c, first);
                }
            }
            for (int r = r0; r < r1; r++) {
                scalarTail(a, ars, acs, b, k0, k1, cols, out, r, c, first);
            }
        }
    }

    private static DoubleVector start(double[] out, int o, boolean first) {
        return first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o);
    }

    /** 4 rows × 4 vectors: 16 accumulators, 4 loads and 4 broadcasts per 16 multiply-adds. */
    private static void block4x4(double[] a, int ars, int acs, double[] b, int k0, int k1, int cols, double[] out,
            int r, int c, boolean first) {
        int o0 = r * cols + c, o1 = o0 + cols, o2 = o1 + cols, o3 = o2 + cols;
        DoubleVector c00 = start(out, o0, first), c01 = start(out, o0 + L, first);
        DoubleVector c02 = start(out, o0 + 2 * L, first), c03 = start(out, o0 + 3 * L, first);
        DoubleVector c10 = start(out, o1, first), c11 = start(out, o1 + L, first);
        DoubleVector c12 = start(out, o1 + 2 * L, first), c13 = start(out, o1 + 3 * L, first);
        DoubleVector c20 = start(out, o2, first), c21 = start(out, o2 + L, first);
        DoubleVector c22 = start(out, o2 + 2 * L, first), c23 = start(out, o2 + 3 * L, first);
        DoubleVector c30 = start(out, o3, first), c31 = start(out, o3 + L, first);
        DoubleVector c32 = start(out, o3 + 2 * L, first), c33 = start(out, o3 + 3 * L, first);
        int a0 = r * ars, a1 = a0 + ars, a2 = a1 + ars, a3 = a2 + ars;
        for (int k = k0, bk = k0 * cols + c, ak = k0 * acs; k < k1; k++, bk += cols, ak += acs) {
            DoubleVector b0 = DoubleVector.fromArray(S, b, bk);
            DoubleVector b1 = DoubleVector.fromArray(S, b, bk + L);
            DoubleVector b2 = DoubleVector.fromArray(S, b, bk + 2 * L);
            DoubleVector b3 = DoubleVector.fromArray(S, b, bk + 3 * L);
            DoubleVector x = DoubleVector.broadcast(S, a[a0 + ak]);
            c00 = b0.fma(x, c00); c01 = b1.fma(x, c01); c02 = b2.fma(x, c02); c03 = b3.fma(x, c03);
            x = DoubleVector.broadcast(S, a[a1 + ak]);
            c10 = b0.fma(x, c10); c11 = b1.fma(x, c11); c12 = b2.fma(x, c12); c13 = b3.fma(x, c13);
            x = DoubleVector.broadcast(S, a[a2 + ak]);
            c20 = b0.fma(x, c20); c21 = b1.fma(x, c21); c22 = b2.fma(x, c22); c23 = b3.fma(x, c23);
            x = DoubleVector.broadcast(S, a[a3 + ak]);
            c30 = b0.fma(x, c30); c31 = b1.fma(x, c31); c32 = b2.fma(x, c32); c33 = b3.fma(x, c33);
        }
        c00.intoArray(out, o0); c01.intoArray(out, o0 + L); c02.intoArray(out, o0 + 2 * L); c03.intoArray(out, o0 + 3 * L);
        c10.intoArray(out, o1); c11.intoArray(out, o1 + L); c12.intoArray(out, o1 + 2 * L); c13.intoArray(out, o1 + 3 * L);
        c20.intoArray(out, o2); c21.intoArray(out, o2 + L); c22.intoArray(out, o2 + 2 * L); c23.intoArray(out, o2 + 3 * L);
        c30.intoArray(out, o3); c31.intoArray(out, o3 + L); c32.intoArray(out, o3 + 2 * L); c33.intoArray(out, o3 + 3 * L);
    }

    private static void block4x1(double[] a, int ars, int acs, double[] b, int k0, int k1, int cols, double[] out,
            int r, int c, boolean first) {
        int o0 = r * cols + c;
        DoubleVector c0 = start(out, o0, first), c1 = start(out, o0 + cols, first);
        DoubleVector c2 = start(out, o0 + 2 * cols, first), c3 = start(out, o0 + 3 * cols, first);
        int a0 = r * ars, a1 = a0 + ars, a2 = a1 + ars, a3 = a2 + ars;
        for (int k = k0, bk = k0 * cols + c, ak = k0 * acs; k < k1; k++, bk += cols, ak += acs) {
            DoubleVector b0 = DoubleVector.fromArray(S, b, bk);
            c0 = b0.fma(DoubleVector.broadcast(S, a[a0 + ak]), c0);
            c1 = b0.fma(DoubleVector.broadcast(S, a[a1 + ak]), c1);
            c2 = b0.fma(DoubleVector.broadcast(S, a[a2 + ak]), c2);
            c3 = b0.fma(DoubleVector.broadcast(S, a[a3 + ak]), c3);
        }
        c0.intoArray(out, o0);
        c1.intoArray(out, o0 + cols);
        c2.intoArray(out, o0 + 2 * cols);
        c3.intoArray(out, o0 + 3 * cols);
    }

    private static void block1x1(double[] a, int ars, int acs, double[] b, int k0, int k1, int cols, double[] out,
            int r, int c, boolean first) {
        int o = r * cols + c;
        DoubleVector c0 = start(out, o, first);
        int a0 = r * ars;
        for (int k = k0, bk = k0 * cols + c, ak = k0 * acs; k < k1; k++, bk += cols, ak += acs) {
            c0 = DoubleVector.fromArray(S, b, bk).fma(DoubleVector.broadcast(S, a[a0 + ak]), c0);
        }
        c0.intoArray(out, o);
    }

    /** Columns c … cols−1 of one row (fewer than a vector): scalar fused multiply-adds, k in order. */
    private static void scalarTail(double[] a, int ars, int acs, double[] b, int k0, int k1, int cols, double[] out,
            int r, int c, boolean first) {
        int a0 = r * ars;
        for (int j = c; j < cols; j++) {
            double s = first ? 0.0 : out[r * cols + j];
            for (int k = k0, ak = k0 * acs; k < k1; k++, ak += acs) {
                s = Math.fma(a[a0 + ak], b[k * cols + j], s);
            }
            out[r * cols + j] = s;
        }
    }
}
