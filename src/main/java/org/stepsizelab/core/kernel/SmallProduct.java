package org.stepsizelab.core.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * OUT = A·B for products too small to pay for packing (XOR's 4×2 by 2×20) or with fewer columns
 * than a vector: plain loops on one thread, A read through strides, B row-major. Each OUT entry is
 * one chain of fused multiply-adds over k in order, as in every other path.
 */
final class SmallProduct {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private SmallProduct() {}

    static void run(double[] a, int ars, int acs, double[] b, int rows, int inner, int cols, double[] out) {
        int c = 0;
        for (; c + L <= cols; c += L) {
            int r = 0;
            for (; r + 4 <= rows; r += 4) {
                block4x1(a, ars, acs, b, inner, cols, out, r, c);
            }
            for (; r < rows; r++) {
                block1x1(a, ars, acs, b, inner, cols, out, r, c);
            }
        }
        for (int r = 0; r < rows; r++) {
            int a0 = r * ars;
            for (int j = c; j < cols; j++) {
                double s = 0.0;
                for (int k = 0, ak = a0; k < inner; k++, ak += acs) {
                    s = Math.fma(a[ak], b[k * cols + j], s);
                }
                out[r * cols + j] = s;
            }
        }
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
