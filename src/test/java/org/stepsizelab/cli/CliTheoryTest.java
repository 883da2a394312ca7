package org.stepsizelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepsizelab.cli.CliRunner.cli;

import org.junit.jupiter.api.Test;

class CliTheoryTest {

    @Test
    void xorSummaryShowsConstantsStepsAndTheFailedSeparability() {
        CliRunner.Result r = cli("theory", "--steps", "2000");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().matches("(?s).*η/m\\s+500\\s.*"), r.out());
        assertTrue(r.out().matches("(?s).*γ\\s+0\\s+data margin.*"), r.out());
        // s* = 9 and the stable threshold first met at step 66 (docs/MATH.md §5's run)
        assertTrue(r.out().matches("(?s).*s\\*\\s+9\\s.*"), r.out());
        assertTrue(r.out().matches("(?s).*\\ns\\s+66\\s.*"), r.out());
        assertTrue(r.out().contains("FAILS   data linearly separable"), r.out());
    }

    @Test
    void reluWithoutARunSaysTheoremTwoTwoDoesNotApply() {
        CliRunner.Result r = cli("theory", "--activation", "relu", "--leak", "0", "--no-run");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("FAILS   φ is smooth"), r.out());
        assertTrue(r.out().contains("Theorem 2.2 (its thresholds need β)"), r.out());
        assertTrue(r.out().matches("(?s).*\\ns\\s+undefined.*"), r.out());
    }

    @Test
    void badOptionIsExitCodeTwo() {
        CliRunner.Result r = cli("theory", "--activation", "swish");
        assertEquals(2, r.code(), r.toString());
    }
}
