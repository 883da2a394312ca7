package org.stepsizelab.core.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.PhaseTracker;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunOutcome;
import org.stepsizelab.core.StepRecord;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.config.ConfigKey;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.kernel.Kernels;
import org.stepsizelab.core.model.Model;
import org.stepsizelab.core.model.Models;
import org.stepsizelab.core.preset.Presets;
import org.stepsizelab.core.theory.SweepGrid;

/**
 * s* is the last rise of the loss that is larger than its rounding error (issue 10): Theorem 2.2 says
 * the exact loss decreases from the first step r with L ≤ 1/(η(2ρ² + β)) on, so the measured s* must
 * not come after r, on either step form, while a real edge-of-stability phase keeps its s*.
 */
class ExactEosEndTest {

    /** Issue 10's sweep: {@code sweep --dataset lower-bound --init-scale 0 --eta-range 1e2:1e6:9 --steps 5000}. */
    static List<RunConfig> lowerBoundSweep() {
        RunConfig base = RunConfig.defaults().with(ConfigKey.DATASET, "lower-bound").with(ConfigKey.INIT_SCALE, 0.0)
                .withSteps(5000);
        return SweepGrid.overEta(base, SweepGrid.logSpaced(1e2, 1e6, 9));
    }

    static RunOutcome run(RunConfig c, Trainer.Form form, List<Double> losses) {
        DataSplit data = Datasets.load(c);
        Model model = Models.create(c, data.train().d());
        Training t = Training.open(c, data, Kernels.best(data.train().n(), data.train().d(), c.width()), model,
                model.initialParameters(c.initScale(), c.seed()), form);
        return t.run((StepRecord r) -> losses.add(r.loss()), () -> false);
    }

    /** The old rule (every rise counts) on a run's losses. */
    static long everyRise(List<Double> losses) {
        PhaseTracker p = new PhaseTracker(Double.NaN, Double.NaN);
        for (int t = 0; t < losses.size(); t++) {
            p.accept(t, losses.get(t));
        }
        return p.eosEndStep();
    }

    @Test
    void onTheLowerBoundSweepSStarNeverFollowsTheMonotoneStep() {
        // leaky softplus (smooth, 0 < φ' ≤ 1), ‖x_i‖ = 1: Theorem 2.2's assumptions hold on every run
        StringBuilder report = new StringBuilder();
        int met = 0;
        for (RunConfig c : lowerBoundSweep()) {
            for (Trainer.Form form : new Trainer.Form[] {Trainer.Form.AUTO, Trainer.Form.DIRECT}) {
                List<Double> losses = new ArrayList<>();
                RunOutcome o = run(c, form, losses);
                report.append(String.format("eta=%.3g %s: s*=%d (every rise: %d), r=%s%n", c.eta(), form,
                        o.eosEndStep(), everyRise(losses), o.theoryMonotoneStep()));
                if (o.theoryMonotoneStep() != null) {
                    met++;
                    assertTrue(o.eosEndStep() <= o.theoryMonotoneStep(), "s* after r:\n" + report);
                }
            }
        }
        assertTrue(met >= 12, "the monotone threshold should be met on most runs:\n" + report);
    }

    @Test
    void bothFormsAgreeOnSStarAndItIsTheDirectFormsOld() {
        // before the fix the Gram form (which these runs use) said 100, the first re-sync, at η ≈ 3.2e4,
        // 3.2e5 and 1e6; the Direct form, which has no re-sync, never saw those rises
        long[] expected = {0, 0, 89, 67, 39, 48, 39, 39, 39};
        List<RunConfig> sweep = lowerBoundSweep();
        for (int i = 0; i < sweep.size(); i++) {
            RunConfig c = sweep.get(i);
            RunOutcome gram = run(c, Trainer.Form.GRAM, new ArrayList<>());
            List<Double> directLosses = new ArrayList<>();
            RunOutcome direct = run(c, Trainer.Form.DIRECT, directLosses);
            assertEquals(expected[i], gram.eosEndStep(), "eta " + c.eta());
            assertEquals(direct.eosEndStep(), gram.eosEndStep(), "eta " + c.eta());
            assertEquals(everyRise(directLosses), direct.eosEndStep(), "the Direct form had no rounding rises");
        }
    }

    @Test
    void lossesThatFreezeDoNotMoveSStar() {
        // 50,000 steps: at η = 10^4.5 the loss sits at 5.77e−15 from step 5,000 on, falling by ulps; at
        // η = 10^5.5 and 10^6 it stops moving altogether (W's update is below W's ulp: ~49,960 steps
        // repeat the same loss), while the Gram form's accumulated Σ η C still moves Z at a re-sync; at
        // η = 1e5 (loss 1e−9) a re-sync moved the loss by 1.5 τ (measured, downwards): the tolerance
        // alone would not cover re-syncs, comparing the recurrence's own loss does
        double[] etas = {Math.pow(10, 4.5), 1e5, Math.pow(10, 5.5), 1e6};
        long[] expected = {48, 39, 39, 39};
        for (int i = 0; i < etas.length; i++) {
            RunConfig c = lowerBoundSweep().get(0).withEta(etas[i]).withSteps(50_000);
            for (Trainer.Form form : new Trainer.Form[] {Trainer.Form.GRAM, Trainer.Form.DIRECT}) {
                List<Double> losses = new ArrayList<>();
                RunOutcome o = run(c, form, losses);
                assertEquals(expected[i], o.eosEndStep(), "eta " + c.eta() + " " + form);
                assertTrue(o.eosEndStep() <= o.theoryMonotoneStep());
                double last = losses.get(losses.size() - 1);
                assertTrue(i == 1 || last < 1e-14, "the loss is tiny: " + last);
            }
        }
    }

    @Test
    void aRealEdgeOfStabilityPhaseKeepsItsSStar() {
        // the paper's Fig. 2 XOR at η = 1e4: the loss rises to ≈37 and last rises at step 9
        RunConfig xor = Presets.bundled("fig2-xor-large-eta").config();
        List<Double> losses = new ArrayList<>();
        RunOutcome o = run(xor, Trainer.Form.AUTO, losses);
        assertEquals(9, o.eosEndStep());
        assertEquals(everyRise(losses), o.eosEndStep());
        // and the lower-bound preset at η = 1e4 (an EoS phase of some 40 steps)
        RunConfig lb = Presets.bundled("thm43-lower-bound-large-eta").config();
        List<Double> lbLosses = new ArrayList<>();
        RunOutcome lo = run(lb, Trainer.Form.AUTO, lbLosses);
        assertTrue(lo.eosEndStep() > 10, "s* " + lo.eosEndStep());
        assertNotNull(lo.theoryMonotoneStep());
        assertTrue(lo.eosEndStep() <= lo.theoryMonotoneStep());
    }

    @Test
    void theTrackerIgnoresRisesWithinTheTolerance() {
        PhaseTracker p = new PhaseTracker(Double.NaN, Double.NaN);
        double tau = 1e-12;
        p.accept(0, 1.0, 1.0, tau);
        p.accept(1, 2.0, 2.0, tau); // a real rise
        p.accept(2, 1e-15, 1e-15, tau);
        p.accept(3, 1e-15 * (1 + 1e-13), 1e-15 * (1 + 1e-13), tau); // rounding
        assertEquals(1, p.eosEndStep());
        p.accept(4, 1e-15 * (1 + 1e-11), 1e-15 * (1 + 1e-11), tau); // larger than the tolerance
        assertEquals(4, p.eosEndStep());
        // after a re-sync the comparable loss decides, and the reported one is the next reference
        p.accept(5, 2e-15, 1e-15, tau);
        assertEquals(4, p.eosEndStep());
        p.accept(6, 2e-15 * (1 + 1e-13), 2e-15 * (1 + 1e-13), tau);
        assertEquals(4, p.eosEndStep());
        // a loss that becomes infinite is a rise; NaN is not
        p.accept(7, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, tau);
        assertEquals(7, p.eosEndStep());
        PhaseTracker q = new PhaseTracker(Double.NaN, Double.NaN);
        q.accept(0, 1.0, 1.0, tau);
        q.accept(1, Double.NaN, Double.NaN, tau);
        assertEquals(0, q.eosEndStep());
    }
}
