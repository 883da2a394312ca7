package org.stepsizelab.core.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunOutcome;
import org.stepsizelab.core.StepRecord;
import org.stepsizelab.core.config.ConfigKey;

/** Divergence means a non-finite loss or weight, not a norm whose sum of squares overflowed. */
class HugeWeightsTest {
    @Test
    void initScale1e300IsNotADivergence() {
        Training t = Training.open(RunConfig.defaults().with(ConfigKey.INIT_SCALE, 1e300).with(ConfigKey.STEPS, 5L));
        StepRecord[] first = new StepRecord[1];
        RunOutcome o = t.run(r -> { if (first[0] == null) first[0] = r; }, () -> false);
        assertFalse(o.diverged());
        assertTrue(Double.isFinite(first[0].paramNorm()) && first[0].paramNorm() > 1e300);
        assertEquals(ScaledNorm.of(t.trainer().initialWeights()), first[0].paramNorm(), 1e-12 * first[0].paramNorm());
        assertEquals(5.0, ScaledNorm.of(new double[] {3e307 * 0 + 3, 4}), 1e-15);
        assertEquals(5e307, ScaledNorm.of(new double[] {3e307, 4e307}), 1e292);
    }
}
