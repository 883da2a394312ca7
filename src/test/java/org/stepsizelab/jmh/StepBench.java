package org.stepsizelab.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.StepRecord;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.data.ToySets;
import org.stepsizelab.core.kernel.FusedPass;
import org.stepsizelab.core.kernel.Kernels;
import org.stepsizelab.core.kernel.MatrixKernel;
import org.stepsizelab.core.kernel.ScalarFusedPass;
import org.stepsizelab.core.config.ConfigKey;

/**
 * One whole GD step (Trainer.advance) and the fused pointwise pass alone: XOR (the per-step
 * overhead) and an MNIST-shaped synthetic set (n = 1000, d = 784, m = 100) in both forms.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
public class StepBench {

    /** xor, mnist-direct or mnist-gram. */
    @Param({"xor", "mnist-direct", "mnist-gram"})
    public String workload;

    private Trainer trainer;

    @Setup(Level.Trial)
    public void setUp() {
        Dataset data;
        RunConfig cfg;
        if (workload.equals("xor")) {
            data = ToySets.xor().normalized();
            cfg = RunConfig.defaults().withSteps(Long.MAX_VALUE / 2);
        } else {
            data = PassBench.pixels(1000, 784);
            cfg = RunConfig.defaults().with(ConfigKey.WIDTH, 100).withEta(10).withSteps(Long.MAX_VALUE / 2);
        }
        Trainer.Form form = workload.endsWith("gram") ? Trainer.Form.GRAM : Trainer.Form.DIRECT;
        MatrixKernel k = Kernels.best(data.n(), data.d(), cfg.width());
        trainer = new Trainer(cfg, data, null, k, Trainer.initialWeights(cfg.width(), data.d(), 1, 0), form);
    }

    @Benchmark
    public StepRecord advance() {
        return trainer.advance();
    }

    /** The fused pass alone on MNIST-shaped pre-activations: vectorized against the scalar reference. */
    @State(Scope.Thread)
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 5, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(value = 1, jvmArgsAppend = "--add-modules=jdk.incubator.vector")
    public static class PassBench {
        @Param({"vector", "scalar"})
        public String pass;

        @Param({"4x20", "1000x100"})
        public String shape;

        private FusedPass p;
        private int n, m, ld;
        private double[] z, c, y, outer, work;
        private final FusedPass.Result result = new FusedPass.Result();

        static Dataset pixels(int n, int d) {
            java.util.SplittableRandom r = new java.util.SplittableRandom(5);
            double[] x = new double[n * d], y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = i % 2 == 0 ? 1 : -1;
                for (int k = 0; k < d; k++) {
                    x[i * d + k] = r.nextDouble() < 0.2 ? r.nextDouble() : 0;
                }
            }
            return new Dataset("pixels", n, d, x, y, 1).normalized();
        }

        @Setup
        public void setUp() {
            String[] s = shape.split("x");
            n = Integer.parseInt(s[0]);
            m = Integer.parseInt(s[1]);
            MatrixKernel k = Kernels.withThreads(1);
            ld = (m + k.columnAlignment() - 1) / k.columnAlignment() * k.columnAlignment();
            var phi = org.stepsizelab.core.Activation.of("softplus", 0.5, 1);
            p = pass.equals("vector") ? Kernels.fusedPass(phi, org.stepsizelab.core.Loss.LOGISTIC, k)
                    : new ScalarFusedPass(phi, org.stepsizelab.core.Loss.LOGISTIC);
            java.util.SplittableRandom r = new java.util.SplittableRandom(2);
            z = new double[n * ld];
            c = new double[n * ld];
            y = new double[n];
            outer = new double[ld];
            work = new double[p.workLength(n)];
            for (int j = 0; j < m; j++) {
                outer[j] = (j % 2 == 0 ? 1.0 : -1.0) / m;
            }
            for (int i = 0; i < n; i++) {
                y[i] = r.nextBoolean() ? 1 : -1;
                for (int j = 0; j < m; j++) {
                    z[i * ld + j] = r.nextDouble(-4, 4);
                }
            }
        }

        @Benchmark
        public double apply() {
            p.apply(z, n, m, ld, outer, y, c, work, result);
            return result.lossSum;
        }
    }
}
