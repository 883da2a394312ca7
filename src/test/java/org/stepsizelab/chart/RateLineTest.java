package org.stepsizelab.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.PhaseInfo;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunHistory;
import org.stepsizelab.core.StepRecord;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.kernel.Kernels;

class RateLineTest {

    record Run(RunHistory history, PhaseInfo phase, List<StepRecord> records) {}

    static Run xor(long steps) {
        RunConfig cfg = RunConfig.defaults().withSteps(steps);
        Trainer t = new Trainer(cfg, Datasets.load(cfg).train(), null, Kernels.portable());
        RunHistory h = new RunHistory();
        List<StepRecord> all = new ArrayList<>();
        while (!t.done()) {
            StepRecord r = t.advance();
            h.append(r);
            all.add(r);
        }
        return new Run(h, PhaseInfo.of(t.phases(), steps), all);
    }

    @Test
    void anchoredAtTheFirstStepMeetingTheStableThreshold() {
        Run run = xor(3000);
        assertEquals(66L, run.phase().stableStep());
        RateLine.Line line = RateLine.of(run.history().snapshot(), run.phase());
        double l66 = run.records().get(66).loss();
        assertEquals(66, line.t0());
        assertEquals(3000, line.t1());
        assertEquals(1e4 * 66 * l66, line.c(), 1e-12 * line.c());
        assertEquals(l66, line.at(66), 1e-15);
        // the stable-phase loss stays within a small factor of C/(ηt): Θ(1/t)
        double ratio = run.records().get(3000).loss() / line.at(3000);
        assertTrue(ratio >= 1 && ratio < 2, "L(3000)·ηt/C = " + ratio);
    }

    @Test
    void noLineBeforeAStablePhaseExists() {
        Run run = xor(1);
        assertNull(RateLine.of(run.history().snapshot(), run.phase()));
    }

    @Test
    void drawnOnTheLossChartAndRemovedWhenOff() {
        Run run = xor(500);
        LabChart lab = ChartFactory.panel(ChartData.of("xor", run.history().snapshot(), run.phase()),
                ChartStyle.screen().withLogX(true));
        lab.setRateLine(true);
        XYDataset d = lab.plot(ChartKind.LOSS).getDataset(lab.rateLine().datasetIndex());
        assertEquals(65, d.getItemCount(0));
        assertEquals(66, d.getXValue(0, 0), 1e-9);
        assertEquals(500, d.getXValue(0, 64), 1e-9);
        assertTrue(PlacedLabels.on(lab.plot(ChartKind.LOSS)).text("rate-line").startsWith("C/(ηt), C = "));
        lab.setRateLine(false);
        assertNull(lab.plot(ChartKind.LOSS).getDataset(lab.rateLine().datasetIndex()));
        assertNull(PlacedLabels.on(lab.plot(ChartKind.LOSS)).text("rate-line"), "its label gone too");
    }

    /** The line rides on the panel's own update: no chart-change event (= redraw) of its own. */
    @Test
    void followsEachUpdateWithinItsSingleChartChangeEvent() {
        ChartData early = ChartData.of("xor", xor(100).history().snapshot(), xor(100).phase());
        Run run = xor(500);
        ChartData late = ChartData.of("xor", run.history().snapshot(), run.phase());
        LabChart lab = ChartFactory.panel(early, ChartStyle.screen().withLogX(true));
        java.util.concurrent.atomic.AtomicInteger events = new java.util.concurrent.atomic.AtomicInteger();
        lab.chart().addChangeListener(e -> events.incrementAndGet());
        lab.setRateLine(true);
        assertEquals(1, events.get(), "switching on: one redraw");
        assertEquals(100, lab.plot(ChartKind.LOSS).getDataset(lab.rateLine().datasetIndex()).getXValue(0, 64), 1e-9);
        lab.update(late);
        assertEquals(2, events.get(), "an update with the line on: still one redraw");
        XYDataset d = lab.plot(ChartKind.LOSS).getDataset(lab.rateLine().datasetIndex());
        assertEquals(500, d.getXValue(0, 64), 1e-9, "the line follows the new data");
        assertTrue(PlacedLabels.on(lab.plot(ChartKind.LOSS)).text("rate-line").startsWith("C/(ηt), C = "), "one label, replaced");
        lab.setRateLine(true);
        assertEquals(2, events.get(), "already on: nothing to redraw");
        lab.setRateLine(false);
        assertEquals(3, events.get());
        assertNull(lab.plot(ChartKind.LOSS).getDataset(lab.rateLine().datasetIndex()));
        lab.update(late);
        assertNull(lab.plot(ChartKind.LOSS).getDataset(lab.rateLine().datasetIndex()), "off stays off");
    }
}
