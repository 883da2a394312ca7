package org.stepsizelab.core.dataview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunHistory;
import org.stepsizelab.core.config.ConfigKey;
import org.stepsizelab.core.training.ObservedWeights;
import org.stepsizelab.core.training.Training;
import org.stepsizelab.core.training.WeightStore;

/**
 * Scrubbing the data view goes through the run history's one weight store: it returns θ of the
 * asked step (the nearest kept one, labelled with its own step), for the two-layer net and an MLP,
 * in bounded memory.
 */
class WeightScrubTest {

    /** A run as the app's worker opens it: the one store as the trainer's tap, attached to the history. */
    private static ObservedWeights run(RunConfig cfg, long budget) {
        Training t = Training.open(cfg);
        WeightStore store = new WeightStore(t.model().parameterCount(), cfg.steps(), budget);
        t.trainer().addTap(store);
        RunHistory h = new RunHistory();
        h.attachWeights(new ObservedWeights(store, t.model(), t.train()));
        t.run(h::append, () -> false);
        return h.weights();
    }

    private static void scrubReturnsTheAskedStepsWeights(RunConfig cfg, int snapshots) {
        ObservedWeights w = run(cfg, 8L * Training.open(cfg).model().parameterCount() * snapshots);
        WeightStore store = w.store();
        long[] kept = store.keptSteps();
        assertEquals(cfg.steps(), kept[kept.length - 1], "the last step is always kept");
        assertTrue(kept.length <= snapshots + 1);
        for (int i = 0; i < store.denseSteps(); i++) {
            assertEquals(i, kept[i], "the first half: every step");
        }
        long[] asked = {0, 7, store.denseSteps() - 1, store.denseSteps() + 13, cfg.steps() / 2 + 1, cfg.steps() - 1,
            cfg.steps()};
        long[] label = new long[asked.length];
        for (int i = 0; i < asked.length; i++) {
            label[i] = store.nearest(asked[i]).step();
            // nearest means nearest
            for (long k : kept) {
                assertTrue(Math.abs(k - asked[i]) >= Math.abs(label[i] - asked[i]), asked[i] + " → " + label[i]);
            }
        }
        assertEquals(7, label[1], "inside the dense part: the step itself");
        // the truth: the same configuration trained again, θ at the labelled steps
        long[] sorted = java.util.Arrays.stream(label).distinct().sorted().toArray();
        List<WeightStore.Snapshot> truth = WeightReplay.at(cfg, Training.open(cfg).data(), sorted);
        for (int i = 0; i < asked.length; i++) {
            WeightStore.Snapshot s = store.nearest(asked[i]);
            WeightStore.Snapshot ref = truth.stream().filter(x -> x.step() == s.step()).findFirst().orElseThrow();
            assertArrayEquals(ref.theta(), s.theta(), 0.0, cfg.model() + ": θ at step " + s.step());
        }
    }

    @Test
    void scrubbingReturnsTheWeightsOfTheAskedStepTwoLayer() {
        scrubReturnsTheAskedStepsWeights(RunConfig.defaults().withSteps(3000), 200);
    }

    @Test
    void scrubbingReturnsTheWeightsOfTheAskedStepMlp() {
        RunConfig mlp = RunConfig.defaults().withSteps(1500).with(ConfigKey.MODEL, "mlp").with(ConfigKey.DEPTH, 3)
                .withWidth(8).withEta(1.0);
        scrubReturnsTheAskedStepsWeights(mlp, 120);
    }

    @Test
    void theLiveViewGetsTheNewestWeightsOnRequest() {
        int p = 40;
        WeightStore s = new WeightStore(p, 1_000_000, 8L * p * 100);
        for (long t = 0; t <= 5000; t++) {
            if (t == 4321) {
                s.requestLatest();
            }
            if (s.wants(t, false)) {
                double[] theta = new double[p];
                theta[0] = t;
                s.accept(t, theta);
            }
        }
        // step 4321 is not on the grid: it was handed over because the view asked
        WeightStore.Snapshot latest = s.latest();
        assertNotNull(latest);
        assertTrue(latest.step() >= 4321);
        assertEquals(latest.step(), latest.theta()[0]);
        assertEquals(latest.step(), s.nearest(latest.step()).step());
    }

    @Test
    void memoryStaysWithinTheBudgetForLongRuns() {
        // the paper's XOR for 10⁶ steps (P = 40) and a 1,000-image MNIST net (m = 100, d = 784: P = 78,400)
        for (int p : new int[] {40, 78_400}) {
            WeightStore s = new WeightStore(p, 1_000_000, WeightStore.DEFAULT_BUDGET_BYTES);
            double[] theta = new double[p];
            for (long t = 0; t <= 1_000_000; t++) {
                if (s.wants(t, t == 1_000_000)) {
                    s.accept(t, theta);
                }
            }
            long[] k = s.keptSteps();
            assertTrue(s.bytes() <= WeightStore.DEFAULT_BUDGET_BYTES + 8L * p, s.bytes() + " bytes");
            // with the JVM's overhead per snapshot: ≤ 70.4 MiB for XOR's small snapshots, ≈ 64 MiB for MNIST's
            assertTrue(s.heapBytes() <= (WeightStore.DEFAULT_BUDGET_BYTES / (8L * p) + 1) * (8L * p + WeightStore.OVERHEAD_BYTES),
                    s.heapBytes() + " bytes of heap");
            assertTrue(s.heapBytes() < 71L << 20);
            assertEquals(1_000_000, k[k.length - 1]);
            assertTrue(k.length >= s.capacity() * 9 / 10, "the plan fills the store: " + k.length + " of " + s.capacity());
        }
    }

    @Test
    void logSpacedFramesIncludeBothEnds() {
        long[] f = WeightReplay.logSpacedSteps(10_000, 30);
        assertEquals(0, f[0]);
        assertEquals(10_000, f[f.length - 1]);
        assertTrue(f[5] < 20, "the first frames fall in the EoS phase");
        for (int i = 1; i < f.length; i++) {
            assertTrue(f[i] > f[i - 1]);
        }
    }
}
