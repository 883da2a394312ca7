package org.stepsizelab.core.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every fast kernel against the portable reference: equal to 1e−12 relative to the size of each
 * entry's terms (Σ_k |a_rk·b_kc|, the scale rounding errors live on), on random and edge shapes,
 * and bit-identical whatever the thread count. Both compute each entry as the same chain of fused
 * multiply-adds, so they in fact agree to the last bit, which is checked too.
 */
class KernelAgreementTest {
    private static final double TOL = 1e-12;
    /** (n, d, m): 1s, primes, lengths just off the vector length, and one big enough to go parallel. */
    private static final int[][] SHAPES = {
        {1, 1, 1}, {1, 7, 1}, {1, 1, 9}, {3, 1, 9}, {5, 9, 3}, {4, 8, 8}, {13, 17, 11}, {7, 33, 1},
        {37, 100, 21}, {64, 64, 64}, {9, 15, 31}, {130, 301, 35},
    };

    @BeforeAll
    static void vectorModulePresent() {
        assumeTrue(Kernels.vectorAvailable(), "jdk.incubator.vector absent: only the portable kernel runs");
    }

    private static double[] random(SplittableRandom r, int len) {
        double[] a = new double[len];
        for (int i = 0; i < len; i++) {
            a[i] = r.nextDouble(-1, 1) * (r.nextInt(10) == 0 ? 1e3 : 1); // mixed magnitudes and signs
        }
        return a;
    }

    private static double[] abs(double[] a) {
        double[] b = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            b[i] = Math.abs(a[i]);
        }
        return b;
    }

    /** |fast − ref| ≤ TOL·scale entry by entry, where scale is the product of the absolute values. */
    private static void assertClose(double[] ref, double[] fast, double[] scale, String what) {
        for (int i = 0; i < ref.length; i++) {
            double err = Math.abs(fast[i] - ref[i]);
            assertTrue(err <= TOL * scale[i] + Double.MIN_NORMAL,
                    what + " entry " + i + ": " + fast[i] + " vs " + ref[i] + " (scale " + scale[i] + ")");
        }
        assertArrayEquals(ref, fast, what + ": same fused multiply-adds in the same order, same bits");
    }

    @Test
    void multTransBAndMultTransAMatchPortable() {
        PortableKernel ref = new PortableKernel();
        MatrixKernel fast = Kernels.withThreads(2);
        SplittableRandom r = new SplittableRandom(7);
        for (int[] s : SHAPES) {
            int n = s[0], d = s[1], m = s[2];
            String shape = "n=" + n + " d=" + d + " m=" + m;
            double[] x = random(r, n * d), w = random(r, m * d), c = random(r, n * m);
            double[] z0 = new double[n * m], z1 = new double[n * m], zs = new double[n * m];
            ref.multTransB(x, w, n, d, m, z0);
            fast.multTransB(x, w, n, d, m, z1);
            ref.multTransB(abs(x), abs(w), n, d, m, zs);
            assertClose(z0, z1, zs, "X·Wᵀ " + shape);

            double[] g0 = new double[m * d], g1 = new double[m * d], gs = new double[m * d];
            ref.multTransA(c, m, x, m, n, d, g0);
            fast.multTransA(c, m, x, m, n, d, g1);
            ref.multTransA(abs(c), m, abs(x), m, n, d, gs);
            assertClose(g0, g1, gs, "Cᵀ·X " + shape);
        }
    }

    @Test
    void mulWithPlainAndTransposedAMatchesPortable() {
        PortableKernel ref = new PortableKernel();
        MatrixKernel fast = Kernels.withThreads(2);
        SplittableRandom r = new SplittableRandom(11);
        for (int[] s : SHAPES) {
            int rows = s[0], inner = s[1], cols = s[2];
            double[] b = random(r, inner * cols);
            double[] a = random(r, rows * inner); // rows×inner row-major, or inner×rows read transposed
            for (boolean transposed : new boolean[] {false, true}) {
                int ars = transposed ? 1 : inner, acs = transposed ? rows : 1;
                double[] o0 = new double[rows * cols], o1 = new double[rows * cols], os = new double[rows * cols];
                java.util.Arrays.fill(o1, Double.NaN); // mul must overwrite, never accumulate into OUT
                ref.mul(a, ars, acs, b, rows, inner, cols, o0);
                fast.mul(a, ars, acs, b, rows, inner, cols, o1);
                ref.mul(abs(a), ars, acs, abs(b), rows, inner, cols, os);
                assertClose(o0, o1, os, "mul rows=" + rows + " inner=" + inner + " cols=" + cols
                        + (transposed ? " (Aᵀ)" : ""));
            }
        }
    }

    /** The named operations of every kernel against the portable one, to the last bit. */
    @Test
    void namedOperationsMatchPortable() {
        PortableKernel ref = new PortableKernel();
        SplittableRandom r = new SplittableRandom(13);
        int[][] shapes = {{1, 1, 1}, {3, 5, 9}, {13, 17, 11}, {37, 100, 21}, {130, 301, 35}, {203, 97, 104}, {64, 520, 26}};
        for (MatrixKernel fast : new MatrixKernel[] {Kernels.withThreads(1), Kernels.withThreads(2)}) {
            for (int[] s : shapes) {
                int rows = s[0], inner = s[1], cols = s[2], lda = inner + 3;
                String shape = " rows=" + rows + " inner=" + inner + " cols=" + cols + " on " + fast.threads();
                double[] a = random(r, rows * lda), b = random(r, inner * cols), bt = random(r, cols * lda);
                double[] at = random(r, inner * (rows + 2));
                double[] o0 = new double[rows * cols], o1 = new double[rows * cols];
                java.util.Arrays.fill(o1, Double.NaN);
                ref.mult(a, lda, b, rows, inner, cols, o0);
                fast.mult(a, lda, b, rows, inner, cols, o1);
                assertArrayEquals(o0, o1, "mult" + shape);
                java.util.Arrays.fill(o1, Double.NaN);
                ref.multTransA(at, rows + 2, b, rows, inner, cols, o0);
                fast.multTransA(at, rows + 2, b, rows, inner, cols, o1);
                assertArrayEquals(o0, o1, "multTransA" + shape);
                java.util.Arrays.fill(o1, Double.NaN);
                ref.multTransB(a, bt, rows, lda, cols, o0);
                fast.multTransB(a, bt, rows, lda, cols, o1);
                assertArrayEquals(o0, o1, "multTransB" + shape);
                int ldOut = rows + 5;
                double[] k0 = new double[rows * ldOut], k1 = new double[rows * ldOut];
                java.util.Arrays.fill(k1, Double.NaN);
                ref.multOuter(a, rows, lda, k0, ldOut);
                fast.multOuter(a, rows, lda, k1, ldOut);
                assertArrayEquals(k0, k1, "multOuter" + shape);
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < ldOut; j++) {
                        double want = j < rows ? k1[j * ldOut + i] : 0.0;
                        assertTrue(Double.compare(k1[i * ldOut + j], want) == 0, "A·Aᵀ symmetric, padding 0 at " + i + "," + j);
                    }
                }
            }
        }
    }

    /** Until the JIT has compiled the vector micro-kernel its scalar fallback runs: same bits, tile by tile. */
    @Test
    void scalarFallbackMicroKernelGivesTheVectorBits() {
        SplittableRandom r = new SplittableRandom(17);
        int mr = PackedProduct.MR, nr = PackedProduct.NR;
        for (int kl : new int[] {1, 7, 256}) {
            double[] pa = random(r, mr * kl + 5), pb = random(r, nr * kl + 3), start = random(r, mr * nr);
            for (boolean first : new boolean[] {true, false}) {
                double[] vector = start.clone(), scalar = start.clone();
                PackedProduct.micro(pa, 5, pb, 3, kl, vector, 0, nr, first);
                PackedProduct.microScalar(pa, 5, pb, 3, kl, scalar, 0, nr, first);
                assertArrayEquals(vector, scalar, "kl=" + kl + (first ? " from 0" : " continuing OUT"));
            }
        }
    }

    @Test
    void resultsAreBitIdenticalForAnyThreadCount() {
        SplittableRandom r = new SplittableRandom(3);
        int rows = 517, inner = 389, cols = 45; // above the parallel threshold, ragged everywhere
        double[] a = random(r, rows * inner), b = random(r, inner * cols);
        double[] one = new double[rows * cols], two = new double[rows * cols], four = new double[rows * cols];
        Kernels.withThreads(1).mul(a, inner, 1, b, rows, inner, cols, one);
        Kernels.withThreads(2).mul(a, inner, 1, b, rows, inner, cols, two);
        Kernels.withThreads(4).mul(a, inner, 1, b, rows, inner, cols, four);
        assertArrayEquals(one, two);
        assertArrayEquals(one, four);
    }

    @Test
    void bestKernelIsVectorWhenTheModuleIsPresent() {
        MatrixKernel k = Kernels.best(1000, 784, 100);
        assertTrue(k.name().startsWith("vector-"), k.name());
        assertTrue(k.threads() == Runtime.getRuntime().availableProcessors());
    }
}
