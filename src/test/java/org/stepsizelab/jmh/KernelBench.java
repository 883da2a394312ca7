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
 * The three products of a GD step on the shapes (rows padded to 104 = 13 vectors of 8, as
 * the trainer pads m = 100): Z = X·Wᵀ and ∇Lᵀ = Xᵀ·C (direct form), K·C (Gram form). Divide
 * 2·rows·inner·cols by the time for GFLOP/s (README, performance section).
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
    private final int m = 104;
    private double[] x, wt, c, gram, z, gt;

    @Setup
    public void setUp() {
        String[] s = shape.split("x");
        n = Integer.parseInt(s[0]);
        d = Integer.parseInt(s[1]);
        k = kernel.equals("portable") ? Kernels.portable() : Kernels.withThreads(Integer.parseInt(kernel.substring(7)));
        SplittableRandom r = new SplittableRandom(1);
        x = fill(r, n * d);
        wt = fill(r, d * m);
        c = fill(r, n * m);
        gram = fill(r, n * n);
        z = new double[n * m];
        gt = new double[d * m];
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
        k.mul(x, d, 1, wt, n, d, m, z);
        return z;
    }

    @Benchmark
    public double[] xtTimesC() {
        k.mul(x, 1, d, c, d, n, m, gt);
        return gt;
    }

    @Benchmark
    public double[] gramTimesC() {
        k.mul(gram, n, 1, c, n, n, m, z);
        return z;
    }
}
