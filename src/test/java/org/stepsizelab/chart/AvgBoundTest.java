package org.stepsizelab.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jfree.chart.LegendItem;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.RunHistory;
import org.stepsizelab.core.StepRecord;

/** Theorem 3.2's overlay: the running average of the loss, and the bound C(1+η²)/(ηt) fitted to it. */
class AvgBoundTest {
    static RateLineTest.Run run;

    @BeforeAll
    static void xor() {
        run = RateLineTest.xor(10_000); // the paper's XOR at η = 10⁴
    }

    @Test
    void theAverageIsTheMeanOfTheEarlierLossesAndTheConstantIsTheSmallestThatBoundsIt() {
        AvgBound.Curves k = AvgBound.of(run.history().snapshot());
        List<StepRecord> r = run.records();
        double[] prefix = new double[r.size() + 1];
        for (int i = 0; i < r.size(); i++) {
            prefix[i + 1] = prefix[i] + r.get(i).loss();
        }
        assertEquals(1, k.t()[0]);
        assertEquals(10_000, k.t()[k.t().length - 1], "the last point is (1/T)Σ_{k<T} L(w_k)");
        assertTrue(k.t().length > 100, "enough points for a smooth curve: " + k.t().length);
        double eta = 1e4, c = 0;
        for (int t = 1; t <= 10_000; t++) {
            c = Math.max(c, prefix[t] / t * eta * t / (1 + eta * eta));
        }
        assertEquals(c, k.c(), 1e-12 * c, "the smallest C that keeps the bound above the average");
        for (int i = 0; i < k.t().length; i++) {
            int t = (int) k.t()[i];
            assertEquals(prefix[t] / t, k.average()[i], 1e-12 * prefix[t] / t, "average at t = " + t);
            assertTrue(k.bound(t) >= k.average()[i] * (1 - 1e-12), "bound above the average at t = " + t);
        }
        // the claim of the theorem's shape on the real run: after the oscillating phase the sum of the
        // losses hardly grows, so the average falls like 1/t (t·average grows by under 10 % from 10³ to 10⁴)
        assertTrue(prefix[10_000] < 1.1 * prefix[1000], "Σ L: " + prefix[1000] + " → " + prefix[10_000]);
    }

    @Test
    void aCompactedHistoryGivesNearlyTheSameAverage() {
        RunHistory small = new RunHistory(256); // 10⁴ steps in at most 256 buckets
        run.records().forEach(small::append);
        AvgBound.Curves exact = AvgBound.of(run.history().snapshot());
        AvgBound.Curves approx = AvgBound.of(small.snapshot());
        double a = exact.average()[exact.t().length - 1], b = approx.average()[approx.t().length - 1];
        assertEquals(a, b, 0.02 * a, "the average at the last step");
        assertEquals(exact.c(), approx.c(), 0.02 * exact.c());
    }

    @Test
    void drawnWithItsBoundOnlyWhereTheTheoremAppliesInOneRedrawEach() {
        LabChart lab = ChartFactory.panel(ChartData.of("xor", run.history().snapshot(), run.phase()),
                ChartStyle.screen().withLogX(true));
        XYPlot loss = lab.plot(ChartKind.LOSS);
        AvgBound overlay = lab.avgBound();
        assertNull(loss.getDataset(overlay.averageIndex()), "off by default");
        AtomicInteger events = new AtomicInteger();
        lab.chart().addChangeListener(e -> events.incrementAndGet());

        lab.setAvgBound(true, true);
        assertEquals(1, events.get());
        assertNotNull(loss.getDataset(overlay.averageIndex()));
        assertEquals(2, loss.getDataset(overlay.boundIndex()).getItemCount(0));
        assertTrue(legend(lab).contains("Thm 3.2 bound C(1+η²)/(ηt)"), legend(lab).toString());
        assertTrue(label(loss).startsWith("Thm 3.2: C(1+η²)/(ηt), C = "), label(loss));

        lab.setAvgBound(true, false); // XOR is not separable: the theorem does not apply
        assertEquals(2, events.get());
        assertNotNull(loss.getDataset(overlay.averageIndex()), "the average is data: still drawn");
        assertNull(loss.getDataset(overlay.boundIndex()), "no bound where the theorem does not apply");
        assertTrue(label(loss).contains("does not apply"), label(loss));
        assertTrue(!legend(lab).contains("Thm 3.2 bound C(1+η²)/(ηt)"));

        lab.setAvgBound(false, false);
        assertEquals(3, events.get());
        assertNull(loss.getDataset(overlay.averageIndex()));
        assertTrue(loss.getAnnotations().isEmpty());
        // its layers are its own: the rate line and the thresholds keep theirs
        assertTrue(overlay.averageIndex() != lab.rateLine().datasetIndex()
                && overlay.boundIndex() != lab.thresholds().datasetIndex());
    }

    private static List<String> legend(LabChart lab) {
        List<String> out = new java.util.ArrayList<>();
        var items = ((org.jfree.chart.title.LegendTitle) lab.chart().getSubtitle(0)).getSources()[0].getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            out.add(((LegendItem) items.get(i)).getLabel());
        }
        return out;
    }

    private static String label(XYPlot loss) {
        String t = PlacedLabels.on(loss).text("avg-bound");
        return t == null ? "" : t;
    }
}
