package org.stepsizelab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.Trainer.Form;
import org.stepsizelab.core.kernel.Kernels;
import org.stepsizelab.core.kernel.MatrixKernel;
import org.stepsizelab.core.config.ConfigKey;

/**
 * The Gram form against the direct form, and trajectories across thread counts.
 *
 * <p>Documented tolerance (README, performance section): over a few hundred MNIST-shaped steps the
 * Gram form's loss, ‖W‖ and normalized margin stay within {@value #FORM_TOL} relative of the
 * direct form's, and so do W and ∇L.
 */
class TrainerFormsTest {
    static final double FORM_TOL = 1e-10;

    /** MNIST-like: pixels in [0, 1], mostly 0, two class prototypes plus noise, scaled to max‖x‖ = 1. */
    static Dataset pixels(int n, int d, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] proto = new double[2][d];
        for (int c = 0; c < 2; c++) {
            for (int k = 0; k < d; k++) {
                proto[c][k] = r.nextDouble() < 0.2 ? r.nextDouble() : 0;
            }
        }
        double[] x = new double[n * d], y = new double[n];
        for (int i = 0; i < n; i++) {
            int c = i % 2;
            y[i] = c == 0 ? 1 : -1;
            for (int k = 0; k < d; k++) {
                double v = proto[c][k] * (0.5 + r.nextDouble()) + (r.nextDouble() < 0.05 ? r.nextDouble() : 0);
                x[i * d + k] = Math.min(1, v);
            }
        }
        return new Dataset("pixels", n, d, x, y, 1).normalized();
    }

    private static RunConfig config(int m, double eta, long steps) {
        return RunConfig.defaults().with(ConfigKey.WIDTH, m).withEta(eta).withSteps(steps);
    }

    private static List<StepRecord> run(Trainer t) {
        List<StepRecord> out = new ArrayList<>();
        while (!t.done()) {
            out.add(t.advance());
        }
        return out;
    }

    private static void assertRel(double expected, double actual, double tol, String what) {
        assertEquals(expected, actual, tol * Math.abs(expected) + 1e-300, what);
    }

    @Test
    void gramFormFollowsTheDirectFormOverHundredsOfMnistShapedSteps() {
        Dataset data = pixels(1000, 784, 5);
        RunConfig cfg = config(100, 10, 300);
        double[] w0 = Trainer.initialWeights(100, 784, 1, 0);
        MatrixKernel k = Kernels.best(1000, 784, 100);
        Trainer direct = new Trainer(cfg, data, null, k, w0, Form.DIRECT);
        Trainer gram = new Trainer(cfg, data, null, k, w0, Form.GRAM);
        assertEquals("direct", direct.form());
        assertEquals("gram", gram.form());
        List<StepRecord> a = run(direct), b = run(gram);
        assertEquals(a.size(), b.size());
        double worst = 0;
        for (int s = 0; s < a.size(); s++) {
            StepRecord p = a.get(s), q = b.get(s);
            assertRel(p.loss(), q.loss(), FORM_TOL, "loss at step " + s);
            assertRel(p.paramNorm(), q.paramNorm(), FORM_TOL, "‖W‖ at step " + s);
            assertRel(p.normalizedMargin(), q.normalizedMargin(), FORM_TOL, "margin at step " + s);
            assertEquals(p.accuracy(), q.accuracy(), "accuracy at step " + s);
            worst = Math.max(worst, Math.abs(p.loss() - q.loss()) / p.loss());
        }
        assertTrue(a.get(0).loss() - a.get(a.size() - 1).loss() > 1e-3, "the run must actually train");
        double[] wa = direct.weights(), wb = gram.weights();
        double[] ga = direct.lastGradient(), gb = gram.lastGradient();
        double wNorm = norm(wa), gNorm = norm(ga);
        for (int i = 0; i < wa.length; i++) {
            assertEquals(wa[i], wb[i], FORM_TOL * wNorm, "W entry " + i);
            assertEquals(ga[i], gb[i], FORM_TOL * gNorm, "∇L entry " + i);
        }
    }

    @Test
    void gramFormHonoursAChangingStepsize() {
        Dataset data = pixels(120, 200, 9);
        RunConfig cfg = config(16, 20, 60);
        double[] w0 = Trainer.initialWeights(16, 200, 1, 3);
        MatrixKernel k = Kernels.best(120, 200, 16);
        Trainer direct = new Trainer(cfg, data, null, k, w0, Form.DIRECT);
        Trainer gram = new Trainer(cfg, data, null, k, w0, Form.GRAM);
        for (int s = 0; s <= 60; s++) {
            if (s == 20) {
                direct.setEta(3);
                gram.setEta(3);
            }
            StepRecord p = direct.advance(), q = gram.advance();
            assertRel(p.loss(), q.loss(), FORM_TOL, "loss at step " + s);
            assertRel(p.paramNorm(), q.paramNorm(), FORM_TOL, "‖W‖ at step " + s);
        }
        double[] wa = direct.weights(), wb = gram.weights();
        for (int i = 0; i < wa.length; i++) {
            assertEquals(wa[i], wb[i], FORM_TOL * norm(wa), "W entry " + i);
        }
    }

    @Test
    void trajectoriesAreBitIdenticalAcrossThreadCounts() {
        Dataset data = pixels(300, 400, 2);
        RunConfig cfg = config(40, 10, 25);
        double[] w0 = Trainer.initialWeights(40, 400, 1, 1);
        for (Form form : new Form[] {Form.DIRECT, Form.GRAM}) {
            List<StepRecord> one = run(new Trainer(cfg, data, null, Kernels.withThreads(1), w0, form));
            List<StepRecord> two = run(new Trainer(cfg, data, null, Kernels.withThreads(2), w0, form));
            List<StepRecord> three = run(new Trainer(cfg, data, null, Kernels.withThreads(3), w0, form));
            for (int s = 0; s < one.size(); s++) {
                assertEquals(one.get(s), two.get(s), form + ", 1 vs 2 threads, step " + s);
                assertEquals(one.get(s), three.get(s), form + ", 1 vs 3 threads, step " + s);
            }
        }
    }

    @Test
    void autoChoosesGramOnlyWhenItPays() {
        assertTrue(Trainer.gramPays(1000, 784, 100, false, 2));
        assertTrue(Trainer.gramPays(762, 3072, 100, false, 1));
        assertTrue(!Trainer.gramPays(4, 2, 20, false, 100));      // XOR: n > d
        assertTrue(!Trainer.gramPays(5000, 784, 100, false, 100)); // n ≫ d: K costs more than X
    }

    private static double norm(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
