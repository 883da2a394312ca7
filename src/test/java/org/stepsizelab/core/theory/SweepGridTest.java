package org.stepsizelab.core.theory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.RunConfig;

class SweepGridTest {

    @Test
    void logSpacedHitsTheDecades() {
        assertArrayEquals(new double[] {1, 10, 100, 1000, 10000}, SweepGrid.logSpaced(1, 1e4, 5), 1e-9);
        assertArrayEquals(new double[] {3}, SweepGrid.logSpaced(3, 3, 1), 0);
        assertThrows(IllegalArgumentException.class, () -> SweepGrid.logSpaced(0, 10, 3));
        assertThrows(IllegalArgumentException.class, () -> SweepGrid.logSpaced(10, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> SweepGrid.logSpaced(1, 10, 1));
    }

    @Test
    void stepsScheduleUsesEtaProportionalToT() {
        List<RunConfig> runs = SweepGrid.overSteps(RunConfig.defaults(), new long[] {1000, 8000}, 0.5);
        assertEquals(1000, runs.get(0).steps());
        assertEquals(500, runs.get(0).eta());
        assertEquals(8000, runs.get(1).steps());
        assertEquals(4000, runs.get(1).eta());
        List<RunConfig> fixed = SweepGrid.overStepsFixedEta(RunConfig.defaults(), new long[] {1000, 8000}, 1);
        assertEquals(1, fixed.get(1).eta());
        assertEquals(8000, fixed.get(1).steps());
    }
}
