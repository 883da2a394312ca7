package org.stepsizelab.core.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunHistory;
import org.stepsizelab.core.config.ConfigKey;
import org.stepsizelab.core.model.NeuronMetrics;

/** The bounded weight store: dense first, log-spaced after, the last step always, never over budget. */
class WeightStoreTest {

    private static void feed(WeightStore s, int p, long steps) {
        for (long t = 0; t <= steps; t++) {
            if (s.wants(t, t == steps)) {
                double[] theta = new double[p];
                theta[0] = t;
                s.accept(t, theta);
            }
        }
    }

    @Test
    void keepsEveryEarlyStepThenALogGridAndTheLast() {
        int p = 40; // XOR, m = 20, d = 2: 320 bytes a snapshot
        WeightStore s = new WeightStore(p, 1_000_000, 320 * 1000);
        assertEquals(1000, s.capacity());
        feed(s, p, 1_000_000);
        long[] kept = s.keptSteps();
        assertTrue(kept.length <= s.capacity() + 1, "within budget: " + kept.length);
        for (int t = 0; t < s.denseSteps(); t++) {
            assertEquals(t, kept[t]);
        }
        assertEquals(1_000_000, kept[kept.length - 1]);
        assertTrue(kept.length > 900, "the grid uses the budget: " + kept.length);
        for (int i = (int) s.denseSteps() + 1; i < kept.length - 1; i++) {
            assertTrue(kept[i] > kept[i - 1]);
            assertTrue((double) kept[i + 1] / kept[i] < 1.02, "log-spaced: " + kept[i] + " → " + kept[i + 1]);
        }
        assertEquals(123.0, s.at(123)[0]);
        assertNull(s.at(kept[kept.length - 2] + 1));
        assertEquals(kept[kept.length - 2], s.nearestAtOrBefore(kept[kept.length - 2] + 1));
        assertTrue(s.bytes() <= 8L * p * (s.capacity() + 1));
    }

    @Test
    void theAppsHistoryGivesWeightsPredictionsAndNeuronMetrics() {
        RunConfig cfg = RunConfig.defaults().with(ConfigKey.STEPS, 50L);
        Training t = Training.open(cfg);
        WeightStore store = new WeightStore(t.model().parameterCount(), cfg.steps(), WeightStore.DEFAULT_BUDGET_BYTES);
        t.trainer().addTap(store);
        RunHistory h = new RunHistory();
        h.attachWeights(new ObservedWeights(store, t.model(), t.train()));
        t.run(h::append, () -> false);
        assertEquals(51, store.keptSteps().length);
        assertArrayEquals(t.trainer().weights(), store.at(50));
        double[] f = h.weights().predict(50, t.train().x(), t.train().n());
        for (int i = 0; i < f.length; i++) {
            assertTrue(t.train().y()[i] * f[i] > 0, "XOR fit after 50 steps at η = 10⁴");
        }
        NeuronMetrics nm = h.weights().neuronMetrics(10);
        assertNotNull(nm);
        assertEquals(10, nm.step());
        assertEquals(20, nm.neurons());
    }

    /** The neuron chart's snapshots are log-spaced: a densely kept 10⁴-step run keeps its first steps (the EoS phase). */
    @Test
    void spreadIsLogSpacedWithTheFirstStepsAndTheNewest() {
        WeightStore s = new WeightStore(2, 10_000, WeightStore.DEFAULT_BUDGET_BYTES);
        for (long t = 0; t <= 10_000; t++) {
            s.accept(t, new double[] {t, -t});
        }
        java.util.List<WeightStore.Snapshot> spread = s.spread(400);
        assertTrue(spread.size() <= 400 && spread.size() > 300, "size " + spread.size());
        for (int k = 0; k < 10; k++) {
            assertEquals(k, spread.get(k).step(), "the first steps are all there");
        }
        assertEquals(10_000, spread.get(spread.size() - 1).step(), "the newest");
        for (int k = 1; k < spread.size(); k++) {
            assertTrue(spread.get(k).step() > spread.get(k - 1).step(), "increasing");
        }
        // about as many between 10 and 100 as between 1,000 and 10,000 (log spacing), not 1 against 360
        long early = spread.stream().filter(x -> x.step() >= 10 && x.step() < 100).count();
        long late = spread.stream().filter(x -> x.step() >= 1_000 && x.step() < 10_000).count();
        assertTrue(early > 0.7 * late && late > 0.7 * early, early + " in [10, 100), " + late + " in [1000, 10000)");
        assertTrue(s.spread(11).size() <= 11, "at most max");
        WeightStore few = new WeightStore(2, 10, 1 << 20);
        for (long t = 0; t < 3; t++) {
            few.accept(t, new double[2]);
        }
        assertEquals(3, few.spread(5).size(), "all when they fit");
    }
}
