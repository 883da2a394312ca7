package org.stepsizelab.core.kernel;

import java.util.function.IntConsumer;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * OUT = A·B for large products, the way optimized BLAS libraries do it: B is packed once into
 * contiguous k-slabs of column micro-panels (NR columns, zero-padded), each block of output rows
 * packs its rows of A into row micro-panels (MR rows interleaved over k), and a register-blocked
 * micro-kernel computes one MR×NR tile of OUT from one A panel and one B panel, reading both as
 * linear streams (no strides, no scalar tails, bounds checks the JIT can hoist).
 *
 * <p>The micro-kernel is MR = 6 rows × 2 vectors of the preferred species: 12 accumulators, 2
 * loads and 6 broadcasts per 12 fused multiply-adds, 15 vector registers — sized for AVX2's 16
 * (a 6×8 tile of doubles). Measured on AVX2 (Zen 3), 6×2 ran at 1.7× the speed of 4×3 (16
 * registers: one too many, the JIT spills) and 1.5× of 4×4 and 8×2 (README, performance). On
 * AVX-512 the same shape is a 6×16 tile in 15 of its 32 registers (not measured here). A k-slab of
 * KC = 256 keeps one B micro-panel (KC·NR doubles, 16 KB for AVX2) in the L1 cache while every A
 * panel of the row block streams past it from L2.
 *
 * <p>Exactness: each OUT entry is one chain of fused multiply-adds over k = 0, 1, … in order
 * (a slab continues the chain through OUT exactly), so the blocking, the padding, the thread count
 * and which thread computes a block never change a bit. With {@code upper} (OUT = A·Aᵀ) only the
 * tiles touching the upper triangle are computed and the lower one is mirrored: entry (j, i) sums
 * the same products as (i, j) in the same order, so it has the same bits.
 */
final class PackedProduct {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    static final int MR = 6;
    static final int NR = 2 * L;
    private static final int KC = Integer.getInteger("stepsize.kc", 256);
    /** Output rows per task handed to a thread (a multiple of MR). */
    private static final int MC = Integer.getInteger("stepsize.mc", 48);
    /** Below this many multiply-adds a product stays on one thread: waking helpers costs more. */
    private static final long PARALLEL_MIN_FMAS = 1L << 20;

    /** Per thread: [0] packed B (the calling thread's), [1] packed A block, [2] an edge tile. */
    private static final ThreadLocal<double[][]> BUFFERS = ThreadLocal.withInitial(() -> new double[3][]);

    private PackedProduct() {}

    private static double[] buffer(int which, int length) {
        double[][] b = BUFFERS.get();
        if (b[which] == null || b[which].length < length) {
            b[which] = new double[Math.max(length, b[which] == null ? 0 : b[which].length * 3 / 2)];
        }
        return b[which];
    }

    /**
     * OUT(r, j) = Σ_k A(r, k)·B(k, j) for r < rows, j < cols, written at out[r·ldo + j], where
     * A(r, k) = a[r·ars + k·acs] and B(k, j) = b[k·brs + j·bcs]. With {@code upper}, A·B must be
     * symmetric (B = Aᵀ): half is computed, the rest mirrored.
     */
    static void run(double[] a, int ars, int acs, double[] b, int brs, int bcs, int rows, int inner, int cols,
            double[] out, int ldo, boolean upper, int threads) {
        run(a, ars, acs, b, brs, bcs, rows, inner, cols, out, ldo, upper, threads, null);
    }

    /**
     * As above; operands that {@code constants} holds (arrays declared constant) are packed once
     * and their packed copies reused by later calls with the same strides and shape.
     */
    static void run(double[] a, int ars, int acs, double[] b, int brs, int bcs, int rows, int inner, int cols,
            double[] out, int ldo, boolean upper, int threads, PackedOperands constants) {
        if (inner == 0) {
            for (int r = 0; r < rows; r++) {
                java.util.Arrays.fill(out, r * ldo, r * ldo + cols, 0.0);
            }
            return;
        }
        int panels = (cols + NR - 1) / NR;
        double[] pb = constants == null || upper ? null : constants.packedB(b, brs, bcs, inner, cols);
        if (pb == null) {
            pb = buffer(0, inner * panels * NR);
            packB(b, brs, bcs, inner, cols, panels, pb);
        }
        double[] allA = constants == null || upper ? null : constants.packedA(a, ars, acs, rows, inner);
        double[] pbFinal = pb;
        int rowTasks = (rows + MC - 1) / MC;
        boolean parallel = threads > 1 && (long) rows * inner * cols >= PARALLEL_MIN_FMAS;
        // Few row blocks (a short, wide OUT such as a layer's gradient Δᵀ·X): cut the column
        // panels into groups as well, so every thread gets work; each task packs its own A block
        int groups = parallel && rowTasks < 2 * threads ? Math.min(panels, (2 * threads + rowTasks - 1) / rowTasks) : 1;
        int tasks = rowTasks * groups;
        IntConsumer task = t -> {
            int rb = t / groups, g = t % groups;
            rowBlock(a, ars, acs, allA, pbFinal, inner, cols, panels, g * panels / groups, (g + 1) * panels / groups,
                    out, ldo, upper, rb * MC, Math.min(rows, rb * MC + MC));
        };
        if (parallel && tasks > 1) {
            KernelPool.run(tasks, threads, task);
        } else {
            for (int t = 0; t < tasks; t++) {
                task.accept(t);
            }
        }
        if (upper) {
            for (int i = 1; i < rows; i++) {
                for (int j = 0; j < i; j++) {
                    out[i * ldo + j] = out[j * ldo + i];
                }
            }
        }
    }

    /** B's slab k0 … k0+kl−1, panel p, entry (k, jj) goes to pb[k0·panels·NR + p·kl·NR + (k−k0)·NR + jj]. */
    static void packB(double[] b, int brs, int bcs, int inner, int cols, int panels, double[] pb) {
        for (int k0 = 0; k0 < inner; k0 += KC) {
            int kl = Math.min(KC, inner - k0);
            for (int p = 0; p < panels; p++) {
                int j0 = p * NR, jn = Math.min(NR, cols - j0);
                int base = k0 * panels * NR + p * kl * NR;
                if (bcs == 1) {
                    for (int k = 0; k < kl; k++) {
                        int dst = base + k * NR;
                        System.arraycopy(b, (k0 + k) * brs + j0, pb, dst, jn);
                        java.util.Arrays.fill(pb, dst + jn, dst + NR, 0.0);
                    }
                } else {
                    for (int jj = 0; jj < NR; jj++) {
                        if (jj < jn) {
                            for (int k = 0, src = (j0 + jj) * bcs + k0 * brs; k < kl; k++, src += brs) {
                                pb[base + k * NR + jj] = b[src];
                            }
                        } else {
                            for (int k = 0; k < kl; k++) {
                                pb[base + k * NR + jj] = 0.0;
                            }
                        }
                    }
                }
            }
        }
    }

    /** Rows r0 … r1−1 of the slab k0 … k0+kl−1: entry (r, k) goes to pa[((r−r0)/MR·kl + k)·MR + (r−r0)%MR]. */
    private static void packA(double[] a, int ars, int acs, int r0, int r1, int k0, int kl, double[] pa) {
        packA(a, ars, acs, r0, r1, k0, kl, pa, 0);
    }

    private static void packA(double[] a, int ars, int acs, int r0, int r1, int k0, int kl, double[] pa, int at) {
        for (int ip = 0, r = r0; r < r1; ip++, r += MR) {
            int base = at + ip * kl * MR;
            for (int rr = 0; rr < MR; rr++) {
                if (r + rr < r1) {
                    for (int k = 0, src = (r + rr) * ars + k0 * acs; k < kl; k++, src += acs) {
                        pa[base + k * MR + rr] = a[src];
                    }
                } else {
                    for (int k = 0; k < kl; k++) {
                        pa[base + k * MR + rr] = 0.0;
                    }
                }
            }
        }
    }

    /** OUT's rows r0 … r1−1 in the column panels p0 … p1−1. */
    private static void rowBlock(double[] a, int ars, int acs, double[] allA, double[] pb, int inner, int cols,
            int panels, int p0, int p1, double[] out, int ldo, boolean upper, int r0, int r1) {
        double[] pa = allA != null ? allA : buffer(1, MC * KC);
        double[] tile = buffer(2, MR * NR);
        for (int k0 = 0; k0 < inner; k0 += KC) {
            int kl = Math.min(KC, inner - k0);
            boolean first = k0 == 0;
            int aBase;
            if (allA != null) {
                aBase = packedAOffset(r0, r1, k0, inner);
            } else {
                aBase = 0;
                packA(a, ars, acs, r0, r1, k0, kl, pa);
            }
            for (int p = upper ? Math.max(p0, r0 / NR) : p0; p < p1; p++) {
                int c0 = p * NR, cn = Math.min(NR, cols - c0);
                int bo = k0 * panels * NR + p * kl * NR;
                for (int ip = 0, r = r0; r < r1; ip++, r += MR) {
                    if (upper && c0 + cn - 1 < r) {
                        continue; // the tile lies below the diagonal: mirrored afterwards
                    }
                    int rn = Math.min(MR, r1 - r), ao = aBase + ip * kl * MR;
                    if (rn == MR && cn == NR) {
                        tile(pa, ao, pb, bo, kl, out, r * ldo + c0, ldo, first);
                    } else {
                        edge(pa, ao, pb, bo, kl, out, r * ldo + c0, ldo, first, rn, cn, tile);
                    }
                }
            }
        }
    }

    /**
     * Where row block r0 … r1−1, slab k0 starts in A packed whole ({@link #packAllA}): the blocks
     * before it are full (MC rows, a multiple of MR), and its slabs before k0 hold its rows padded to MR.
     */
    private static int packedAOffset(int r0, int r1, int k0, int inner) {
        int padded = (r1 - r0 + MR - 1) / MR * MR;
        return r0 * inner + k0 * padded;
    }

    /** A (rows×inner) packed for every row block and slab at once, laid out as {@link #packedAOffset} says. */
    static double[] packAllA(double[] a, int ars, int acs, int rows, int inner) {
        int blocks = (rows + MC - 1) / MC;
        int last = rows - (blocks - 1) * MC;
        double[] all = new double[(blocks - 1) * MC * inner + (last + MR - 1) / MR * MR * inner];
        for (int r0 = 0; r0 < rows; r0 += MC) {
            int r1 = Math.min(rows, r0 + MC);
            for (int k0 = 0; k0 < inner; k0 += KC) {
                packA(a, ars, acs, r0, r1, k0, Math.min(KC, inner - k0), all, packedAOffset(r0, r1, k0, inner));
            }
        }
        return all;
    }

    static int panels(int cols) {
        return (cols + NR - 1) / NR;
    }

    /** A tile cut by OUT's edge: computed in full in a scratch tile, of which rn×cn entries are kept. */
    private static void edge(double[] pa, int ao, double[] pb, int bo, int kl, double[] out, int o, int ldo,
            boolean first, int rn, int cn, double[] tile) {
        if (!first) {
            for (int i = 0; i < rn; i++) {
                System.arraycopy(out, o + i * ldo, tile, i * NR, cn);
            }
        }
        tile(pa, ao, pb, bo, kl, tile, 0, NR, first);
        for (int i = 0; i < rn; i++) {
            System.arraycopy(tile, i * NR, out, o + i * ldo, cn);
        }
    }

    /** One tile by the vector micro-kernel once the JIT has compiled it, else by the scalar one (same bits). */
    private static void tile(double[] pa, int ao, double[] pb, int bo, int kl, double[] out, int o, int ldo,
            boolean first) {
        if (JitWarmup.vectorReady()) {
            micro(pa, ao, pb, bo, kl, out, o, ldo, first);
        } else {
            microScalar(pa, ao, pb, bo, kl, out, o, ldo, first);
        }
    }

    /** The micro-kernel's arithmetic in scalar fused multiply-adds: entry by entry, k in order. */
    static void microScalar(double[] pa, int ao, double[] pb, int bo, int kl, double[] out, int o, int ldo,
            boolean first) {
        for (int i = 0; i < MR; i++) {
            for (int j = 0; j < NR; j++) {
                double s = first ? 0.0 : out[o + i * ldo + j];
                for (int k = 0; k < kl; k++) {
                    s = Math.fma(pa[ao + k * MR + i], pb[bo + k * NR + j], s);
                }
                out[o + i * ldo + j] = s;
            }
        }
    }

    private static final double[] WARM_A = new double[MR * KC], WARM_B = new double[NR * KC], WARM_OUT = new double[MR * NR];

    /**
     * For {@link JitWarmup}: short calls of the vector micro-kernel (they raise the JIT's counters),
     * then one timed full-slab call; true when it ran at compiled speed (under 2 ns per vector
     * multiply-add, where interpreted or C1 code takes 20 ns or more; being descheduled only makes
     * a call slower, so a fast call proves compiled code).
     */
    static boolean warmUpRound() {
        for (int i = 0; i < 200; i++) {
            micro(WARM_A, 0, WARM_B, 0, 8, WARM_OUT, 0, NR, (i & 1) == 0);
        }
        long t0 = System.nanoTime();
        micro(WARM_A, 0, WARM_B, 0, KC, WARM_OUT, 0, NR, false);
        return System.nanoTime() - t0 < 2L * KC * MR * (NR / L);
    }

    private static DoubleVector start(double[] out, int o, boolean first) {
        return first ? DoubleVector.zero(S) : DoubleVector.fromArray(S, out, o);
    }

    /** One MR×NR tile: OUT(tile) = (first ? 0 : OUT(tile)) + A panel · B panel over kl steps of k. */
    static void micro(double[] pa, int ao, double[] pb, int bo, int kl, double[] out, int o, int ldo,
            boolean first) {
        int o1 = o + ldo, o2 = o1 + ldo, o3 = o2 + ldo, o4 = o3 + ldo, o5 = o4 + ldo;
        DoubleVector c00 = start(out, o, first), c01 = start(out, o + L, first);
        DoubleVector c10 = start(out, o1, first), c11 = start(out, o1 + L, first);
        DoubleVector c20 = start(out, o2, first), c21 = start(out, o2 + L, first);
        DoubleVector c30 = start(out, o3, first), c31 = start(out, o3 + L, first);
        DoubleVector c40 = start(out, o4, first), c41 = start(out, o4 + L, first);
        DoubleVector c50 = start(out, o5, first), c51 = start(out, o5 + L, first);
        // Walking both panels by pointer increments, with one range check before the loop, lets the
        // JIT drop the per-load checks: measured 15-20 % faster than indexing by k (README, performance)
        int aEnd = ao + kl * MR;
        if (aEnd > pa.length || bo + kl * NR > pb.length) {
            throw new IndexOutOfBoundsException("micro-kernel panel");
        }
        for (int ak = ao, bk = bo; ak < aEnd; ak += MR, bk += NR) {
            DoubleVector b0 = DoubleVector.fromArray(S, pb, bk);
            DoubleVector b1 = DoubleVector.fromArray(S, pb, bk + L);
            double a0 = pa[ak], a1 = pa[ak + 1], a2 = pa[ak + 2], a3 = pa[ak + 3], a4 = pa[ak + 4], a5 = pa[ak + 5];
            DoubleVector x = DoubleVector.broadcast(S, a0);
            c00 = b0.fma(x, c00); c01 = b1.fma(x, c01);
            x = DoubleVector.broadcast(S, a1);
            c10 = b0.fma(x, c10); c11 = b1.fma(x, c11);
            x = DoubleVector.broadcast(S, a2);
            c20 = b0.fma(x, c20); c21 = b1.fma(x, c21);
            x = DoubleVector.broadcast(S, a3);
            c30 = b0.fma(x, c30); c31 = b1.fma(x, c31);
            x = DoubleVector.broadcast(S, a4);
            c40 = b0.fma(x, c40); c41 = b1.fma(x, c41);
            x = DoubleVector.broadcast(S, a5);
            c50 = b0.fma(x, c50); c51 = b1.fma(x, c51);
        }
        c00.intoArray(out, o); c01.intoArray(out, o + L);
        c10.intoArray(out, o1); c11.intoArray(out, o1 + L);
        c20.intoArray(out, o2); c21.intoArray(out, o2 + L);
        c30.intoArray(out, o3); c31.intoArray(out, o3 + L);
        c40.intoArray(out, o4); c41.intoArray(out, o4 + L);
        c50.intoArray(out, o5); c51.intoArray(out, o5 + L);
    }

}
