package org.stepsizelab.core.dataview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.kernel.Kernels;

/** Scrubbing returns the weights of the asked step, in bounded memory. */
class SnapshotStoreTest {

    /** Feeds a store the way the app's worker does: before each update, W_t if the store wants step t. */
    private static SnapshotStore record(Trainer t, SnapshotStore store) {
        while (!t.done()) {
            if (store.wants(t.step())) {
                store.put(t.step(), t.weights());
            }
            t.advance();
        }
        return store;
    }

    @Test
    void scrubbingReturnsTheWeightsOfTheAskedStep() {
        RunConfig cfg = RunConfig.defaults().withSteps(3000);
        DataSplit split = Datasets.load(cfg);
        Trainer t = new Trainer(cfg, split.train(), null, Kernels.best(4, 2, 20));
        SnapshotStore store = record(t, new SnapshotStore(40, 3000, 200 * (8 * 40 + SnapshotStore.OVERHEAD_BYTES)));
        assertEquals(200, store.capacity());
        long[] kept = store.keptSteps();
        assertEquals(100, store.headSteps());
        for (int i = 0; i < 100; i++) {
            assertEquals(i, kept[i], "the first half: every step");
        }
        assertEquals(3000, kept[kept.length - 1], "the last step is always kept");
        assertTrue(kept.length <= 200);
        // the replayed run's weights at kept and unkept steps: nearest() returns exactly W at its step
        long[] asked = {0, 7, 99, 150, 1234, 2999, 3000};
        long[] nearest = new long[asked.length];
        for (int i = 0; i < asked.length; i++) {
            nearest[i] = store.nearest(asked[i]).step();
        }
        List<SnapshotStore.Snapshot> truth = WeightReplay.at(cfg, split, nearest);
        for (int i = 0; i < asked.length; i++) {
            SnapshotStore.Snapshot s = store.nearest(asked[i]);
            SnapshotStore.Snapshot ref = truth.stream().filter(x -> x.step() == s.step()).findFirst().orElseThrow();
            assertArrayEquals(ref.weights(), s.weights(), 0.0, "W at step " + s.step());
        }
        assertEquals(7, store.nearest(7).step(), "inside the dense head: the step itself");
        // nearest means nearest
        long n = store.nearest(1234).step();
        for (long k : kept) {
            assertTrue(Math.abs(k - 1234) >= Math.abs(n - 1234));
        }
    }

    @Test
    void aShortRunKeepsEveryStep() {
        SnapshotStore s = new SnapshotStore(40, 500);
        for (long t = 0; t <= 500; t++) {
            assertTrue(s.wants(t));
            s.put(t, new double[40]);
        }
        assertEquals(501, s.size());
    }

    @Test
    void memoryStaysWithinTheBudgetForLongRuns() {
        // the paper's XOR for 10⁶ steps and a 1,000-image MNIST net (m = 100, d = 784)
        for (int params : new int[] {40, 78_400}) {
            SnapshotStore s = new SnapshotStore(params, 1_000_000);
            double[] w = new double[params];
            for (long t = 0; t <= 1_000_000; t++) {
                if (s.wants(t)) {
                    s.put(t, w);
                }
            }
            assertTrue(s.bytes() <= SnapshotStore.DEFAULT_BUDGET_BYTES, s.bytes() + " bytes");
            assertEquals(1_000_000, s.keptSteps()[s.size() - 1]);
            assertTrue(s.size() >= s.capacity() - 2, "the plan fills the store: " + s.size() + " of " + s.capacity());
            long[] k = s.keptSteps();
            // log-spaced after the head: gaps grow
            assertTrue(k[k.length - 2] - k[k.length - 3] > k[s.headSteps() + 1] - k[s.headSteps()]);
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
