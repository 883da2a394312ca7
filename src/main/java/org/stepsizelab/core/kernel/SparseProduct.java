package org.stepsizelab.core.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The sparse input-layer products of {@link SparseMatrix} with the Vector API and the kernel's
 * threads. Each output row is one chain of fused multiply-adds per entry, in the order of the
 * scalar loops (a vector lane computes exactly what the scalar loop computes for its column), and
 * output rows are disjoint between threads, so the bits match the scalar form for any thread count.
 */
final class SparseProduct {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    /** Output rows per task handed to a thread. */
    private static final int ROWS_PER_TASK = 32;

    private SparseProduct() {}

    /** OUT = X·B: output row i gathers row i of X (the row form). */
    static void times(SparseMatrix x, double[] b, int width, double[] out, int threads) {
        byLines(x.rows, x.rowStart, x.colIndex, x.rowValue, b, width, out, threads);
    }

    /** OUTᵀ = Xᵀ·A: output row k gathers column k of X (the column form). */
    static void transposeTimes(SparseMatrix x, double[] a, int width, double[] outT, int threads) {
        byLines(x.cols, x.colStart, x.rowIndex, x.colValue, a, width, outT, threads);
    }

    /** Output line l = Σ_p value[p]·src line index[p], p over start[l] … start[l+1]−1; lines shared out. */
    private static void byLines(int lines, int[] start, int[] index, double[] value, double[] src, int width,
            double[] out, int threads) {
        int tasks = (lines + ROWS_PER_TASK - 1) / ROWS_PER_TASK;
        KernelPool.run(tasks, threads, t -> {
            for (int l = t * ROWS_PER_TASK, end = Math.min(lines, l + ROWS_PER_TASK); l < end; l++) {
                row(start[l], start[l + 1], index, value, src, width, out, l * width);
            }
        });
    }

    /**
     * out[o … o+width−1] = Σ_p value[p]·src[index[p]·width + ·] for p = start … end−1, in order.
     * Four vectors of columns at a time stay in registers while p runs (two cache lines of each
     * source row per nonzero), then single vectors, then a scalar tail.
     */
    private static void row(int start, int end, int[] index, double[] value, double[] src, int width,
            double[] out, int o) {
        int j = 0;
        for (; j + 4 * L <= width; j += 4 * L) {
            DoubleVector s0 = DoubleVector.zero(S), s1 = s0, s2 = s0, s3 = s0;
            for (int p = start; p < end; p++) {
                DoubleVector v = DoubleVector.broadcast(S, value[p]);
                int b = index[p] * width + j;
                s0 = DoubleVector.fromArray(S, src, b).fma(v, s0);
                s1 = DoubleVector.fromArray(S, src, b + L).fma(v, s1);
                s2 = DoubleVector.fromArray(S, src, b + 2 * L).fma(v, s2);
                s3 = DoubleVector.fromArray(S, src, b + 3 * L).fma(v, s3);
            }
            s0.intoArray(out, o + j);
            s1.intoArray(out, o + j + L);
            s2.intoArray(out, o + j + 2 * L);
            s3.intoArray(out, o + j + 3 * L);
        }
        for (; j + L <= width; j += L) {
            DoubleVector s = DoubleVector.zero(S);
            for (int p = start; p < end; p++) {
                s = DoubleVector.fromArray(S, src, index[p] * width + j).fma(DoubleVector.broadcast(S, value[p]), s);
            }
            s.intoArray(out, o + j);
        }
        for (; j < width; j++) {
            double s = 0.0;
            for (int p = start; p < end; p++) {
                s = Math.fma(value[p], src[index[p] * width + j], s);
            }
            out[o + j] = s;
        }
    }
}
