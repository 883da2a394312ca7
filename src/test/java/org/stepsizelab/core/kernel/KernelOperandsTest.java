package org.stepsizelab.core.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The operations added for the data matrix: the sparse input-layer products, packed copies of an
 * operand declared constant, short wide products cut by columns, and elementwise ranges. Each must
 * give exactly the portable kernel's bits, on any thread count.
 */
class KernelOperandsTest {
    private static double[] random(SplittableRandom r, int len) {
        double[] a = new double[len];
        for (int i = 0; i < len; i++) {
            a[i] = r.nextDouble(-1, 1) * (r.nextInt(10) == 0 ? 1e3 : 1);
        }
        return a;
    }

    /** About a fifth nonzero, like MNIST's pixels; some rows and columns entirely zero. */
    private static double[] sparse(SplittableRandom r, int rows, int cols) {
        double[] x = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < cols; k++) {
                if (i % 7 != 3 && k % 11 != 5 && r.nextInt(5) == 0) {
                    x[i * cols + k] = r.nextDouble(0, 1);
                }
            }
        }
        return x;
    }

    @Test
    void sparseProductsGiveTheDenseProductsBits() {
        SplittableRandom r = new SplittableRandom(11);
        for (int[] s : new int[][] {{1, 1, 1}, {9, 13, 3}, {130, 301, 35}, {200, 784, 100}}) {
            int n = s[0], d = s[1], w = s[2];
            double[] x = sparse(r, n, d), b = random(r, d * w), a = random(r, n * w);
            SparseMatrix sx = SparseMatrix.ifSparse(x, n, d, 1.0); // any density: the products are under test
            assertNotNull(sx);
            double[] dense = new double[n * w], denseT = new double[d * w];
            new PortableKernel().mult(x, d, b, n, d, w, dense);
            new PortableKernel().multTransA(x, d, a, d, n, w, denseT);
            for (MatrixKernel k : kernels()) {
                double[] out = new double[n * w], outT = new double[d * w];
                k.multSparse(sx, b, w, out);
                k.multSparseTransA(sx, a, w, outT);
                assertArrayEquals(dense, out, k.name() + " X·B " + n + "x" + d + "x" + w);
                assertArrayEquals(denseT, outT, k.name() + " Xᵀ·A " + n + "x" + d + "x" + w);
            }
        }
        assertNull(SparseMatrix.ifSparse(random(r, 100), 10, 10, 0.35), "a dense matrix is not taken as sparse");
    }

    @Test
    void aConstantOperandPackedOnceGivesTheSameBitsInEveryShape() {
        SplittableRandom r = new SplittableRandom(5);
        int n = 517, d = 389, m = 45;
        double[] x = random(r, n * d), wt = random(r, d * m), c = random(r, n * m);
        double[] z0 = new double[n * m], g0 = new double[m * d];
        new PortableKernel().mult(x, d, wt, n, d, m, z0);
        new PortableKernel().multTransA(c, m, x, m, n, d, g0);
        for (MatrixKernel k : kernels()) {
            k.declareConstant(x);
            for (int repeat = 0; repeat < 2; repeat++) { // the second call reads the packed copies
                double[] z = new double[n * m], g = new double[m * d];
                k.mult(x, d, wt, n, d, m, z);          // X as the left operand
                k.multTransA(c, m, x, m, n, d, g);     // X as the right operand
                assertArrayEquals(z0, z, k.name() + " X·Wᵀ, call " + repeat);
                assertArrayEquals(g0, g, k.name() + " Cᵀ·X, call " + repeat);
            }
            double[] zHalf = new double[(n / 2) * m], ref = new double[(n / 2) * m];
            k.mult(x, d, wt, n / 2, d, m, zHalf);      // another shape of the same array
            new PortableKernel().mult(x, d, wt, n / 2, d, m, ref);
            assertArrayEquals(ref, zHalf, k.name() + " first half of X");
        }
    }

    @Test
    void theKernelHoldsOnlyTheLastFewDeclaredArrays() {
        PackedOperands held = new PackedOperands();
        double[][] arrays = new double[PackedOperands.MAX_ARRAYS + 2][];
        for (int i = 0; i < arrays.length; i++) {
            arrays[i] = new double[64 * 64];
            held.declare(arrays[i]);
        }
        assertNull(held.packedA(arrays[0], 64, 1, 64, 64), "the oldest declarations are dropped");
        assertNull(held.packedA(arrays[1], 64, 1, 64, 64));
        for (int i = 2; i < arrays.length; i++) {
            assertNotNull(held.packedA(arrays[i], 64, 1, 64, 64), "declaration " + i + " is kept");
        }
        double[] tooLarge = new double[PackedOperands.MAX_DOUBLES + 1];
        held.declare(tooLarge);
        assertNull(held.packedB(tooLarge, 1, 1, tooLarge.length, 1), "arrays over 64 MB are never copied");
    }

    @Test
    void aShortWideProductIsSplitByColumnsWithTheSameBits() {
        SplittableRandom r = new SplittableRandom(9);
        int rows = 32, inner = 762, cols = 611; // one row block: only a column split keeps 2 threads busy
        double[] a = random(r, rows * inner), b = random(r, inner * cols);
        double[] ref = new double[rows * cols];
        new PortableKernel().mult(a, inner, b, rows, inner, cols, ref);
        for (MatrixKernel k : kernels()) {
            double[] out = new double[rows * cols];
            k.mult(a, inner, b, rows, inner, cols, out);
            assertArrayEquals(ref, out, k.name());
        }
    }

    @Test
    void rangesCoverEveryIndexOnce() {
        for (MatrixKernel k : kernels()) {
            for (int length : new int[] {0, 1, 8191, 8192, 8193, 100_000}) {
                int[] hits = new int[length];
                k.forRanges(length, (from, to) -> {
                    for (int i = from; i < to; i++) {
                        hits[i]++;
                    }
                });
                for (int i = 0; i < length; i++) {
                    assertEquals(1, hits[i], k.name() + " length " + length + " index " + i);
                }
            }
        }
    }

    private static MatrixKernel[] kernels() {
        return Kernels.vectorAvailable()
                ? new MatrixKernel[] {Kernels.withThreads(1), Kernels.withThreads(2), Kernels.withThreads(4), new PortableKernel()}
                : new MatrixKernel[] {new PortableKernel()};
    }
}
