package org.stepsizelab.jmh;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stepsizelab.core.kernel.Kernels;
import org.stepsizelab.core.kernel.MatrixKernel;

/**
 * The products of a GD step on the shapes, m = 100 hidden units with rows padded to the
 * kernel's alignment as the trainer pads them: Z = X·Wᵀ and ∇Lᵀ = Xᵀ·C (direct form), K·C (Gram
 * form) and the Gram form's set-up K = X·Xᵀ. Divide 2·rows·inner·cols (with cols = 100, or n for
 * K) by the time for GFLOP/s and compare with src/test/python/dgemm_limit.py (NumPy/OpenBLAS on
 * the same shapes) run in the same minute (README, performance section).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class KernelBench {

    /** "n×d": MNIST 3 vs 5 (1000×784) and CIFAR airplane vs automobile (762×3072). */
    @Param({"1000x784", "762x3072"})
    public String shape;

    /** vector-1, vector-2 (threads) or portable. */
    @Param({"vector-1", "vector-2", "portable"})
    public String kernel;

    private MatrixKernel k;
    private int n, d;
    private int m;
    private double[] x, wt, c, gram, z, gt, outer;

    @Setup
    public void setUp() {
        String[] s = shape.split("x");
        n = Integer.parseInt(s[0]);
        d = Integer.parseInt(s[1]);
        k = kernel.equals("portable") ? Kernels.portable() : Kernels.withThreads(Integer.parseInt(kernel.substring(7)));
        int align = k.columnAlignment();
        m = (100 + align - 1) / align * align;
        SplittableRandom r = new SplittableRandom(1);
        x = fill(r, n * d);
        wt = fill(r, d * m);
        c = fill(r, n * m);
        gram = fill(r, n * n);
        z = new double[n * m];
        gt = new double[d * m];
        outer = new double[n * n];
    }

    private static double[] fill(SplittableRandom r, int len) {
        double[] a = new double[len];
        for (int i = 0; i < len; i++) {
            a[i] = r.nextDouble();
        }
        return a;
    }

    @Benchmark
    public double[] xTimesWt() {
        k.mult(x, d, wt, n, d, m, z);
        return z;
    }

    @Benchmark
    public double[] xtTimesC() {
        k.multTransA(x, d, c, d, n, m, gt);
        return gt;
    }

    @Benchmark
    public double[] gramTimesC() {
        k.mult(gram, n, c, n, n, m, z);
        return z;
    }

    /** The Gram form's set-up K = X·Xᵀ (symmetric: the vector kernel computes one triangle). */
    @Benchmark
    public double[] gramSetUp() {
        k.multOuter(x, n, d, outer, n);
        return outer;
    }
}
