package org.stepsizelab.core.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.StepRecord;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.kernel.Kernels;

/** The Trainer's sharpness_every hook: which records carry λ_max, and that it is the right value. */
class TrainerSharpnessTest {

    static RunConfig withSharpnessEvery(RunConfig c, int k) {
        return new RunConfig(c.dataset(), c.activation(), c.leak(), c.huberH(), c.width(), c.eta(), c.steps(),
                c.seed(), c.initScale(), c.loss(), c.outputScale(), c.n(), c.dim(), c.margin(), c.noise(),
                c.classes(), c.testN(), c.normalize(), c.positiveLabel(), c.every(), k);
    }

    @Test
    void everyKthStepAndTheLastCarrySharpness() {
        RunConfig cfg = withSharpnessEvery(RunConfig.defaults().withSteps(23), 5);
        Dataset data = Datasets.load(cfg).train();
        Trainer trainer = new Trainer(cfg, data, null, Kernels.portable());
        SharpnessEstimator reference = SharpnessEstimator.forRun(cfg, data, Kernels.portable());
        List<Long> carrying = new ArrayList<>();
        while (!trainer.done()) {
            double[] w = trainer.weights();
            StepRecord r = trainer.advance();
            if (!Double.isNaN(r.sharpness())) {
                carrying.add(r.step());
                assertEquals(reference.estimate(w), r.sharpness(), 0.0, "step " + r.step());
            }
        }
        assertEquals(List.of(0L, 5L, 10L, 15L, 20L, 23L), carrying);
    }

    @Test
    void noSharpnessWhenTheCadenceIsZero() {
        RunConfig cfg = RunConfig.defaults().withSteps(10);
        Trainer trainer = new Trainer(cfg, Datasets.load(cfg).train(), null, Kernels.portable());
        while (!trainer.done()) {
            assertTrue(Double.isNaN(trainer.advance().sharpness()));
        }
    }

    /**
     * Edge of stability on the paper's XOR at η = 10⁴: the first steps are far above 2/η (that is
     * why the loss rises), and in the stable phase the sharpness falls far below 2/η.
     */
    @Test
    void xorAtLargeStepsizeCrossesTwoOverEta() {
        RunConfig cfg = withSharpnessEvery(RunConfig.defaults().withSteps(3000), 1);
        Trainer trainer = new Trainer(cfg, Datasets.load(cfg).train(), null, Kernels.portable());
        double threshold = 2 / cfg.eta();
        double first = trainer.advance().sharpness();
        double last = Double.NaN;
        while (!trainer.done()) {
            last = trainer.advance().sharpness();
        }
        assertTrue(first > 10 * threshold, "λ_max(W0) = " + first);
        assertTrue(last < threshold, "λ_max(W_T) = " + last);
    }

    /** Exponential loss at η = 10⁶ overflows at step 1: the sharpness there is NaN, and the run ends cleanly. */
    @Test
    void aDivergingRunEndsWithoutAnExceptionFromTheSharpness() {
        RunConfig d = RunConfig.defaults();
        RunConfig cfg = withSharpnessEvery(new RunConfig(d.dataset(), d.activation(), d.leak(), d.huberH(), d.width(),
                1e6, 50, d.seed(), d.initScale(), "exponential", d.outputScale(), null, null, null, null, null, 0,
                true, null, 1, 0), 1);
        Trainer trainer = new Trainer(cfg, Datasets.load(cfg).train(), null, Kernels.portable());
        assertTrue(Double.isFinite(trainer.advance().sharpness()));
        StepRecord r = trainer.advance();
        assertTrue(trainer.diverged() && trainer.done());
        assertTrue(Double.isNaN(r.sharpness()), "sharpness at the diverged step: " + r.sharpness());
    }
}
