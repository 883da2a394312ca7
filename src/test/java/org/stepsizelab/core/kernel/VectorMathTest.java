package org.stepsizelab.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import jdk.incubator.vector.DoubleVector;
import org.junit.jupiter.api.Test;

/** The bit-reproducible vector exp and log1p against java.lang.Math, over their whole domains. */
class VectorMathTest {

    private static double[] inputs(double lo, double hi, double[] edges) {
        int l = VectorMath.S.length();
        SplittableRandom r = new SplittableRandom(1);
        double[] x = new double[l * 200];
        for (int i = 0; i < x.length; i++) {
            x[i] = i < edges.length ? edges[i] : lo + (hi - lo) * Math.pow(r.nextDouble(), 3);
        }
        return x;
    }

    @Test
    void expMatchesMathExpFromZeroToUnderflow() {
        assumeTrue(Kernels.vectorAvailable());
        int l = VectorMath.S.length();
        double[] x = inputs(-750, 0, new double[] {0, -0.0, -1e-300, -1e-17, -0.5 * Math.log(2), -1, -708.3,
            -709.9, -720, -744.4, -745.1, -746, Double.NEGATIVE_INFINITY, -40});
        double[] x2 = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x2[i] = -x[i] * x[i] / 750; // also dense near 0
        }
        for (double[] xs : new double[][] {x, x2}) {
            double[] out = new double[xs.length];
            for (int i = 0; i < xs.length; i += l) {
                VectorMath.expNonPositive(DoubleVector.fromArray(VectorMath.S, xs, i)).intoArray(out, i);
            }
            for (int i = 0; i < xs.length; i++) {
                double ref = Math.exp(xs[i]);
                // relative 1e-14 for normal results; subnormals carry fewer bits, so absolute there
                assertEquals(ref, out[i], Math.max(1e-14 * ref, 4 * Double.MIN_VALUE), "exp(" + xs[i] + ")");
            }
        }
    }

    @Test
    void log1pMatchesMathLog1pOnTheUnitInterval() {
        assumeTrue(Kernels.vectorAvailable());
        int l = VectorMath.S.length();
        double[] e = inputs(0, 1, new double[] {0, 1, Double.MIN_VALUE, 1e-300, 1e-17, 1e-8, 0.5, 0.999999,
            Math.exp(-700), 0.25});
        double[] out = new double[e.length], fast = new double[e.length];
        for (int i = 0; i < e.length; i += l) {
            DoubleVector v = DoubleVector.fromArray(VectorMath.S, e, i);
            VectorMath.log1pUnit(v).intoArray(out, i);
            // the fast form the softplus pass uses: the series without the double-double
            VectorMath.log1pFromTwoS(v.add(v).div(v.add(2.0))).intoArray(fast, i);
        }
        for (int i = 0; i < e.length; i++) {
            double ref = Math.log1p(e[i]);
            assertEquals(ref, out[i], 1e-15 * ref, "log1p(" + e[i] + ")");
            assertEquals(ref, fast[i], 1e-14 * ref, "fast log1p(" + e[i] + ")");
        }
        assertEquals(Math.log(2), out[1], 0.0, "log1p(1) is log 2 to the last bit");
    }
}
