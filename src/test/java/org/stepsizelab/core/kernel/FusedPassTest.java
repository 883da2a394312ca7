package org.stepsizelab.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.Activation;
import org.stepsizelab.core.Loss;

/** The vectorized leaky-softplus/logistic pass against the scalar reference, tails and extremes included. */
class FusedPassTest {

    private static void compare(int n, int m, double leak, double zScale, long seed) {
        compare(n, m, leak, zScale, seed, true);
        compare(n, m, leak, zScale, seed, false);
    }

    /**
     * uniform: outer weights ±1/m as in the model (the pass then sums log(1 + e) through two
     * products per row); otherwise magnitudes vary, which takes the per-entry log1p path.
     */
    private static void compare(int n, int m, double leak, double zScale, long seed, boolean uniform) {
        MatrixKernel kernel = Kernels.withThreads(1);
        int align = kernel.columnAlignment();
        int ld = (m + align - 1) / align * align;
        Activation phi = Activation.of("softplus", leak, 1.0);
        FusedPass fast = Kernels.fusedPass(phi, Loss.LOGISTIC, kernel);
        assertTrue(fast.name().startsWith("vector"), fast.name());
        FusedPass ref = new ScalarFusedPass(phi, Loss.LOGISTIC);

        SplittableRandom r = new SplittableRandom(seed);
        double[] z = new double[n * ld], y = new double[n], outer = new double[ld];
        for (int j = 0; j < m; j++) {
            outer[j] = (j % 2 == 0 ? 1.0 : -1.0) / m * (uniform ? 1 : 1 + 0.1 * j);
        }
        for (int i = 0; i < n; i++) {
            y[i] = r.nextBoolean() ? 1 : -1;
            for (int j = 0; j < m; j++) {
                z[i * ld + j] = r.nextDouble(-1, 1) * zScale;
            }
        }
        double[] c0 = new double[n * ld], c1 = new double[n * ld];
        FusedPass.Result a = new FusedPass.Result(), b = new FusedPass.Result();
        ref.apply(z, n, m, ld, outer, y, c0, new double[ref.workLength(n)], a);
        fast.apply(z, n, m, ld, outer, y, c1, new double[fast.workLength(n)], b);

        String ctx = "n=" + n + " m=" + m + " c=" + leak + " |z|≤" + zScale + (uniform ? " ±1/m" : " varied outer");
        assertEquals(a.lossSum, b.lossSum, 1e-12 * Math.abs(a.lossSum), ctx);
        assertEquals(a.minMargin, b.minMargin, 1e-12 * Math.abs(a.minMargin) + 1e-15, ctx);
        assertEquals(a.correct, b.correct, ctx);
        for (int k = 0; k < c0.length; k++) {
            assertEquals(c0[k], c1[k], 1e-12 * Math.abs(c0[k]), ctx + " C entry " + k);
        }
    }

    @Test
    void matchesScalarPassOnEdgeShapesAndExtremeInputs() {
        assumeTrue(Kernels.vectorAvailable(), "jdk.incubator.vector absent");
        compare(1, 1, 0.5, 3, 1);
        compare(4, 20, 0.5, 3, 2);     // XOR's shape
        compare(9, 13, 0.0, 10, 3);    // plain softplus, rows not a multiple of the vector length
        compare(100, 100, 0.25, 40, 4);
        compare(17, 8, 0.5, 700, 5);   // e^{−|z|} underflows: tails of φ and σ
        compare(33, 3, 0.9, 1e-9, 6);  // near 0
    }

    @Test
    void sharingRowsOutAmongThreadsChangesNoBit() {
        assumeTrue(Kernels.vectorAvailable(), "jdk.incubator.vector absent");
        int n = 1000, m = 100, ld = 104;
        Activation phi = Activation.of("softplus", 0.5, 1.0);
        SplittableRandom r = new SplittableRandom(9);
        double[] z = new double[n * ld], y = new double[n], outer = new double[ld];
        for (int j = 0; j < m; j++) {
            outer[j] = (j % 2 == 0 ? 1.0 : -1.0) / m;
        }
        for (int i = 0; i < n; i++) {
            y[i] = r.nextBoolean() ? 1 : -1;
            for (int j = 0; j < m; j++) {
                z[i * ld + j] = r.nextDouble(-5, 5);
            }
        }
        FusedPass one = Kernels.fusedPass(phi, Loss.LOGISTIC, Kernels.withThreads(1));
        FusedPass two = Kernels.fusedPass(phi, Loss.LOGISTIC, Kernels.withThreads(2));
        double[] c1 = new double[n * ld], c2 = new double[n * ld];
        FusedPass.Result a = new FusedPass.Result(), b = new FusedPass.Result();
        one.apply(z, n, m, ld, outer, y, c1, new double[one.workLength(n)], a);
        two.apply(z, n, m, ld, outer, y, c2, new double[two.workLength(n)], b);
        org.junit.jupiter.api.Assertions.assertArrayEquals(c1, c2);
        assertEquals(a.lossSum, b.lossSum, 0.0);
        assertEquals(a.minMargin, b.minMargin, 0.0);
        assertEquals(a.correct, b.correct);
    }

    @Test
    void otherActivationsFallBackToTheScalarPass() {
        MatrixKernel kernel = Kernels.withThreads(1);
        assertEquals("scalar", Kernels.fusedPass(Activation.of("gelu", 0.5, 1), Loss.LOGISTIC, kernel).name());
        assertEquals("scalar", Kernels.fusedPass(Activation.of("softplus", 0.5, 1), Loss.EXPONENTIAL, kernel).name());
        assertEquals("scalar", Kernels.fusedPass(Activation.of("softplus", 0.5, 1), Loss.LOGISTIC, Kernels.portable()).name());
    }
}
