package org.stepsizelab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.kernel.Kernels;

/** A run whose values overflow stops at that step, keeps what it measured and says so. */
class DivergenceTest {

    @Test
    void hugeStepsizeWithExponentialLossDivergesAndKeepsItsRecords() {
        RunConfig cfg = new RunConfig("xor", "identity", 0, 1, 20, 1e150, 1000, 0, 1.0, "exponential", 1.0,
                null, null, null, null, null, 0, true, null, 1, 0);
        DataSplit split = Datasets.load(cfg);
        Trainer t = new Trainer(cfg, split.train(), null, Kernels.portable());
        List<StepRecord> records = new ArrayList<>();
        RunOutcome o = Runs.drive(t, records::add, () -> false);

        assertTrue(o.diverged());
        long at = o.divergedAtStep();
        assertTrue(at > 0 && at < 1000, "diverged at " + at);
        assertEquals(at + 1, records.size(), "every step up to the divergence is kept");
        assertEquals(at, o.lastStep());
        StepRecord last = records.get(records.size() - 1);
        assertFalse(Double.isFinite(last.loss()) && Double.isFinite(last.paramNorm()));
        for (int i = 0; i < records.size() - 1; i++) {
            assertTrue(Double.isFinite(records.get(i).loss()), "finite before the divergence, step " + i);
        }
    }
}
