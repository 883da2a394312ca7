package org.stepsizelab.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What one update of a streaming panel costs: each chart's series are decimated once, not twice. */
class RedrawCostTest {

    @Test
    void anUpdateDecimatesEachChartOnce() {
        ChartData small = ChartLayoutTest.xor(200, 1e4);
        ChartData more = ChartLayoutTest.xor(400, 1e4);
        for (boolean logX : new boolean[] {false, true}) {
            LabChart lab = ChartFactory.panel(small, ChartStyle.screen().withLogX(logX));
            AtomicInteger decimations = new AtomicInteger();
            for (ChartKind k : lab.kinds()) {
                lab.dataset(k).addChangeListener(e -> decimations.incrementAndGet());
            }
            lab.update(more); // the step axis grows from 200 to 400 steps
            assertEquals(lab.kinds().size(), decimations.get(), "log x " + logX);
            assertTrue(lab.domainAxis().getUpperBound() >= 400, "the axis followed the data");
        }
    }
}
