package org.stepsizelab.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.StepRecord;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.config.ConfigKey;
import org.stepsizelab.core.kernel.Kernels;
import org.stepsizelab.core.kernel.MatrixKernel;
import org.stepsizelab.core.theory.HessianVectorProduct;

/**
 * {@link TwoLayerNet} is the definition; the trainer's fast paths (Direct and Gram forms, the
 * scalar and vectorized fused passes, the kernel Hessian-vector product) must agree with it to
 * 1e−12 relative.
 */
class TwoLayerNetTest {
    private static final int N = 37, D = 5, M = 9;

    static Dataset data(int n, int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n * d];
        double[] y = new double[n];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextDouble(-1, 1);
        }
        for (int i = 0; i < n; i++) {
            y[i] = r.nextBoolean() ? 1 : -1;
        }
        return new Dataset("random", n, d, x, y, 1.0);
    }

    static RunConfig config(String activation, String loss, long steps) {
        return RunConfig.defaults().with(ConfigKey.ACTIVATION, activation).with(ConfigKey.LOSS, loss)
                .with(ConfigKey.WIDTH, M).with(ConfigKey.OUTPUT_SCALE, 2.5).with(ConfigKey.STEPS, steps);
    }

    static double relErr(double[] a, double[] b) {
        double num = 0, den = 0;
        for (int i = 0; i < a.length; i++) {
            num = Math.max(num, Math.abs(a[i] - b[i]));
            den = Math.max(den, Math.abs(b[i]));
        }
        return num / den;
    }

    @Test
    void fastPathsEqualTheDefinition() {
        Dataset train = data(N, D, 3);
        // 10 steps: the scalar fused pass; 10⁵ steps: the vectorized one where it exists (softplus, logistic)
        for (String act : List.of("softplus", "gelu", "tanh")) {
            for (String loss : List.of("logistic", "exponential")) {
                for (long steps : new long[] {10, 100_000}) {
                    RunConfig cfg = config(act, loss, steps);
                    TwoLayerNet net = TwoLayerNet.of(cfg, D);
                    double[] w = net.initialParameters(1.0, 5);
                    Model.Evaluation ref = new Model.Evaluation();
                    double[] grad = new double[w.length];
                    net.evaluator(train).lossAndGradient(w, grad, ref);
                    for (Trainer.Form form : new Trainer.Form[] {Trainer.Form.DIRECT, Trainer.Form.GRAM}) {
                        MatrixKernel kernel = Kernels.best(N, D, M);
                        Trainer t = new Trainer(cfg, train, null, kernel, net, w, form);
                        StepRecord r = t.advance();
                        String where = act + "/" + loss + "/" + steps + "/" + form + "/" + t.fusedPassName();
                        assertEquals(ref.loss, r.loss(), 1e-12 * ref.loss, where);
                        assertEquals((double) ref.correct / N, r.accuracy(), where);
                        assertEquals(ref.minMargin / Math.sqrt(Model.sumOfSquares(w)), r.normalizedMargin(),
                                1e-12 * Math.abs(r.normalizedMargin()), where);
                        assertTrue(relErr(t.lastGradient(), grad) < 1e-12, where + ": gradient");
                    }
                }
            }
        }
    }

    @Test
    void predictIsTheFormula() {
        TwoLayerNet net = new TwoLayerNet(org.stepsizelab.core.Activation.of("softplus", 0.5, 1), 
                org.stepsizelab.core.Loss.LOGISTIC, 2, 3, 1.0);
        double[] w = {1, 0, 0, 0, 1, 0};
        double[] x = {0.5, -2, 7};
        double phi1 = 0.5 * 0.5 + 0.5 * Math.log1p(Math.exp(0.5));
        double phi2 = 0.5 * -2 + 0.5 * Math.log1p(Math.exp(-2));
        double expected = 0.5 * phi1 - 0.5 * phi2; // (b/m) Σ a_j φ(w_jᵀx), a = (+1, −1)
        assertEquals(expected, net.predict(w, x, 1)[0], 1e-15);
        double[] neurons = new double[2];
        net.neuronOutputs(w, x, 1, neurons);
        assertEquals(phi1, neurons[0], 1e-15);
        assertEquals(-phi2, neurons[1], 1e-15);
        assertEquals(List.of(new Layer("W", 2, 3)), net.layers());
    }

    @Test
    void kernelHessianVectorProductEqualsTheDefinition() {
        Dataset train = data(N, D, 11);
        RunConfig cfg = config("gelu", "logistic", 10);
        TwoLayerNet net = TwoLayerNet.of(cfg, D);
        double[] w = net.initialParameters(1.0, 2);
        double[] v = net.initialParameters(1.0, 99);
        Model.Evaluator e = net.evaluator(train);
        e.hessianAt(w);
        double[] ref = new double[w.length];
        e.hessianTimes(v, ref);
        double[] fast = new double[w.length];
        new HessianVectorProduct(train, cfg.activationFunction(), cfg.lossFunction(), M, cfg.outputScale(),
                Kernels.best(N, D, M)).at(w).apply(v, fast);
        assertTrue(relErr(fast, ref) < 1e-12, "HVP relative error " + relErr(fast, ref));
    }
}
