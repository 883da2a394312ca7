package org.stepsizelab.core.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * OUT = A·B for products too small to pay for packing (XOR's 4×2 by 2×20) or with fewer columns
 * than a vector (a matrix-vector product): plain loops, A read through strides, B row-major, rows
 * shared among threads when the product is large. Each OUT entry is
 * one chain of fused multiply-adds over k in order, as in every other path.
 */
final class SmallProduct {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private SmallProduct() {}

    /** Rows per task when a large product with few columns is shared among threads. */
    private static final int ROWS_PER_TASK = 64;
    private static final long PARALLEL_MIN_FMAS = 1L << 20;

    static void run(double[] a, int ars, int acs, double[] b, int rows, int inner, int cols, double[] out,
            int threads) {
        int tasks = (rows + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        if (threads > 1 && tasks > 1 && (long) rows * inner * cols >= PARALLEL_MIN_FMAS) {
            KernelPool.run(tasks, threads, t -> rows(a, ars, acs, b, inner, cols, out,
                    t * ROWS_PER_TASK, Math.min(rows, (t + 1) * ROWS_PER_TASK)));
        } else {
            rows(a, ars, acs, b, inner, cols, out, 0, rows);
        }
    }

    private static void rows(double[] a, int ars, int acs, double[] b, int inner, int cols, double[] out,
            int r0, int r1) {
        int c = JitWarmup.vectorReady() ? vectorColumns(a, ars, acs, b, inner, cols, out, r0, r1) : 0;
        for (int j = c; j < cols; j++) {
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                scalar4(a, ars, acs, b, inner, cols, out, r, j);
            }
            for (; r < r1; r++) {
                double s = 0.0;
                for (int k = 0, ak = r * ars, bk = j; k < inner; k++, ak += acs, bk += cols) {
                    s = Math.fma(a[ak], b[bk], s);
                }
                out[r * cols + j] = s;
            }
        }
    }

    private static final double[] WARM_A = new double[8 * 8], WARM_B = new double[8 * 2 * L], WARM_OUT = new double[8 * 2 * L];

    /** For {@link JitWarmup}: the vector loops on an 8×8 by 8×2L product; true when one call ran at compiled speed. */
    static boolean warmUpRound() {
        for (int i = 0; i < 200; i++) {
            vectorColumns(WARM_A, 8, 1, WARM_B, 8, 2 * L, WARM_OUT, 0, 8);
        }
        long t0 = System.nanoTime();
        vectorColumns(WARM_A, 8, 1, WARM_B, 8, 2 * L, WARM_OUT, 0, 8);
        return System.nanoTime() - t0 < 2L * 8 * 8 * 2 + 200;
    }

    /** Columns 0 … c−1 (c the largest multiple of L ≤ cols) of rows r0 … r1−1 by vectors; returns c. */
    private static int vectorColumns(double[] a, int ars, int acs, double[] b, int inner, int cols, double[] out,
            int r0, int r1) {
        int c = 0;
        for (; c + L <= cols; c += L) {
            int r = r0;
            for (; r + 4 <= r1; r += 4) {
                block4x1(a, ars, acs, b, inner, cols, out, r, c);
            }
            for (; r < r1; r++) {
                block1x1(a, ars, acs, b, inner, cols, out, r, c);
            }
        }
        return c;
    }

    /** Column j of four rows: four independent chains (each still one sum over k in order) keep the FMA units busy. */
    private static void scalar4(double[] a, int ars, int acs, double[] b, int inner, int cols, double[] out,
            int r, int j) {
        double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0;
        int a0 = r * ars, a1 = a0 + ars, a2 = a1 + ars, a3 = a2 + ars;
        for (int k = 0, ak = 0, bk = j; k < inner; k++, ak += acs, bk += cols) {
            double bv = b[bk];
            s0 = Math.fma(a[a0 + ak], bv, s0);
            s1 = Math.fma(a[a1 + ak], bv, s1);
            s2 = Math.fma(a[a2 + ak], bv, s2);
            s3 = Math.fma(a[a3 + ak], bv, s3);
        }
        out[r * cols + j] = s0;
        out[(r + 1) * cols + j] = s1;
        out[(r + 2) * cols + j] = s2;
        out[(r + 3) * cols + j] = s3;
    }

    private static void block4x1(double[] a, int ars, int acs, double[] b, int inner, int cols, double[] out,
            int r, int c) {
        DoubleVector c0 = DoubleVector.zero(S), c1 = c0, c2 = c0, c3 = c0;
        int a0 = r * ars, a1 = a0 + ars, a2 = a1 + ars, a3 = a2 + ars;
        for (int k = 0, bk = c, ak = 0; k < inner; k++, bk += cols, ak += acs) {
            DoubleVector b0 = DoubleVector.fromArray(S, b, bk);
            c0 = b0.fma(DoubleVector.broadcast(S, a[a0 + ak]), c0);
            c1 = b0.fma(DoubleVector.broadcast(S, a[a1 + ak]), c1);
            c2 = b0.fma(DoubleVector.broadcast(S, a[a2 + ak]), c2);
            c3 = b0.fma(DoubleVector.broadcast(S, a[a3 + ak]), c3);
        }
        int o0 = r * cols + c;
        c0.intoArray(out, o0);
        c1.intoArray(out, o0 + cols);
        c2.intoArray(out, o0 + 2 * cols);
        c3.intoArray(out, o0 + 3 * cols);
    }

    private static void block1x1(double[] a, int ars, int acs, double[] b, int inner, int cols, double[] out,
            int r, int c) {
        DoubleVector c0 = DoubleVector.zero(S);
        int a0 = r * ars;
        for (int k = 0, bk = c, ak = a0; k < inner; k++, bk += cols, ak += acs) {
            c0 = DoubleVector.fromArray(S, b, bk).fma(DoubleVector.broadcast(S, a[ak]), c0);
        }
        c0.intoArray(out, r * cols + c);
    }
}
