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
}
