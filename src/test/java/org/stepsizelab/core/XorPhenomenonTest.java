package org.stepsizelab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.kernel.Kernels;

/** docs/MATH.md §5 / the paper's Fig. 2: XOR, leaky softplus c = ½, m = 20, 10⁴ steps, small vs large η. */
class XorPhenomenonTest {

    private static List<StepRecord> run(RunConfig cfg, RunOutcome[] outcome) {
        DataSplit split = Datasets.load(cfg);
        Trainer t = new Trainer(cfg, split.train(), split.test(), Kernels.portable());
        List<StepRecord> records = new ArrayList<>();
        outcome[0] = Runs.drive(t, records::add, () -> false);
        return records;
    }

    @Test
    void smallStepsizeIsMonotoneAndSlowLargeStepsizeIsUnstableThenFast() {
        RunConfig base = RunConfig.defaults();
        assertEquals("xor", base.dataset());
        assertEquals(10_000, base.steps());
        RunOutcome[] small = new RunOutcome[1], large = new RunOutcome[1];
        List<StepRecord> s = run(base.withEta(1), small);
        List<StepRecord> l = run(base.withEta(1e4), large);
        assertEquals(10_001, s.size());
        assertEquals(10_001, l.size());

        // η = 1: monotone loss, still above 1e−2 after 10⁴ steps
        for (int t = 1; t < s.size(); t++) {
            assertTrue(s.get(t).loss() <= s.get(t - 1).loss(), "η=1 rose at step " + t);
        }
        double smallFinal = s.get(10_000).loss();
        assertTrue(smallFinal > 1e-2, "η=1 final loss " + smallFinal);
        assertEquals(0, small[0].eosEndStep());

        // η = 10⁴: the loss first rises far above L(0) …
        double l0 = l.get(0).loss();
        double peak = l.stream().mapToDouble(StepRecord::loss).max().orElseThrow();
        assertTrue(peak > 10 * l0, "peak " + peak + " vs L(0) " + l0);
        // … the last rise comes early (s* small but positive) and from s* on the loss never rises again
        long sStar = large[0].eosEndStep();
        assertTrue(sStar > 0 && sStar < 100, "s* = " + sStar);
        assertTrue(l.get((int) sStar).loss() > l.get((int) sStar - 1).loss(), "s* is a step whose loss rose");
        for (int t = (int) sStar + 1; t < l.size(); t++) {
            assertTrue(l.get(t).loss() <= l.get(t - 1).loss(), "η=1e4 rose at step " + t + " after s*");
        }
        // … to a final loss at least 1000× below the small-stepsize run, with a positive normalized margin
        double largeFinal = l.get(10_000).loss();
        assertEquals(largeFinal, large[0].finalLoss());
        assertTrue(largeFinal * 1000 <= smallFinal, "η=1e4 final " + largeFinal + " vs η=1 " + smallFinal);
        assertTrue(l.get(10_000).normalizedMargin() > 0, "final normalized margin " + l.get(10_000).normalizedMargin());
        assertEquals(1.0, l.get(10_000).accuracy());
        // the stable phase's norm grows (like log t): larger at the end than at s*
        assertTrue(l.get(10_000).paramNorm() > l.get((int) sStar).paramNorm());
        // Theorem 2.2's thresholds are met, the stable one no earlier than the monotone one
        assertNotNull(large[0].theoryMonotoneStep());
        assertNotNull(large[0].theoryStableStep());
        assertTrue(large[0].theoryStableStep() >= large[0].theoryMonotoneStep());
        assertNull(large[0].divergedAtStep());
    }
}
