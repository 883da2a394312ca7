package org.stepsizelab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The held-out split is evaluated often enough, and on the rows metrics.csv actually writes. */
class TestCadenceTest {

    @Test
    void atLeastEveryOnePercentAndOnWrittenRows() {
        assertEquals(10, Trainer.testCadence(1000, 1));
        assertEquals(7, Trainer.testCadence(1000, 7));     // 1% = 10 steps: every written row (7, 14, …)
        assertEquals(1000, Trainer.testCadence(100_000, 1));
        assertEquals(98, Trainer.testCadence(10_000, 7));    // a multiple of 7 within 1%
        assertEquals(1000, Trainer.testCadence(1000, 1000)); // rows sparser than 1%: each row
        assertEquals(1, Trainer.testCadence(50, 1));
    }

    @Test
    void everyWrittenRowOfAShortSplitRunHasTestValues() {
        for (long steps : new long[] {1000, 10_000}) {
            for (int every : new int[] {1, 3, 7, 70}) {
                long cadence = Trainer.testCadence(steps, every);
                assertEquals(0, cadence % every, "a multiple of --every");
                long rowsWritten = steps / every;
                long rowsWithTest = steps / cadence;
                // at least every 1% of the run, or every written row when rows are sparser
                assertEquals(true, rowsWithTest >= Math.min(100, rowsWritten), steps + "/" + every);
            }
        }
    }
}
