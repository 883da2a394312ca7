package org.stepsizelab.chart;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.File;
import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.EtaChange;
import org.stepsizelab.core.HistoryTable;
import org.stepsizelab.core.PhaseInfo;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunHistory;
import org.stepsizelab.core.Runs;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.kernel.Kernels;

class ChartFactoryTest {
    static HistoryTable xor;
    static PhaseInfo phase;

    @BeforeAll
    static void runXor() {
        RunConfig cfg = RunConfig.defaults();
        DataSplit split = Datasets.load(cfg);
        Trainer tr = new Trainer(cfg, split.train(), split.test(), Kernels.portable());
        RunHistory h = new RunHistory();
        Runs.drive(tr, h::append, () -> false);
        xor = h.snapshot();
        phase = PhaseInfo.of(tr.phases(), 10_000);
    }

    private static ChartData data() {
        return new ChartData(null, new ChartSeries("η=10⁴, m=20", xor), phase,
                List.of(new EtaChange(5000, 100)), List.of(new ChartSeries("pinned", xor.compactedTo(500))));
    }

    @Test
    void panelStacksTheChartsWithLogLossAndPhaseShading() {
        LabChart c = ChartFactory.panel(data(), ChartStyle.screen());
        assertEquals(4, c.combinedPlot().getSubplots().size());
        assertInstanceOf(LogAxis.class, c.plot(ChartKind.LOSS).getRangeAxis());
        assertEquals("L(w_t)", c.plot(ChartKind.LOSS).getRangeAxis().getLabel());
        assertEquals("‖w_t‖", c.plot(ChartKind.NORM).getRangeAxis().getLabel());
        assertEquals("γ̄(w_t)", c.plot(ChartKind.MARGIN).getRangeAxis().getLabel());
        for (ChartKind k : c.kinds()) {
            IntervalMarker eos = c.eosMarker(k);
            assertEquals(0, eos.getStartValue());
            assertEquals(phase.eosEndStep(), eos.getEndValue(), "EoS shading on " + k);
            assertTrue(c.pointCount(k) > 0, k + " has points");
            assertSame(c.domainAxis(), c.plot(k).getDomainAxis(), "one shared step axis");
        }
        // series 0 = the run, 1 = the pinned overlay
        assertEquals(2, c.dataset(ChartKind.LOSS).getSeriesCount());
        // the shading is drawn, not just placed: a non-empty EoS interval, then the stable phase to the last step
        IntervalMarker eos = c.eosMarker(ChartKind.LOSS);
        assertTrue(eos.getEndValue() > eos.getStartValue(), "the EoS phase is shaded");
        assertEquals("stable phase", c.stableMarkerLabel());
    }

    @Test
    void lossChartCarriesBothTheoremThresholdsAndTheStepsThatMetThem() {
        LabChart c = ChartFactory.panel(data(), ChartStyle.screen());
        XYDataset th = c.plot(ChartKind.LOSS).getDataset(c.thresholds().datasetIndex());
        assertEquals(3, th.getSeriesCount());
        assertEquals(phase.monotoneThreshold(), th.getYValue(0, 0));
        assertEquals(phase.stableThreshold(), th.getYValue(1, 0));
        assertNotNull(phase.monotoneStep());
        assertEquals(phase.monotoneStep().doubleValue(), th.getXValue(2, 0));
        assertEquals(1, c.plot(ChartKind.LOSS).getDomainMarkers(0, org.jfree.chart.ui.Layer.FOREGROUND).size(),
                "the η change is marked");
    }

    @Test
    void aMillionStepHistoryDrawsAboutTwoPointsPerColumnAndKeepsTheSpike() {
        RunHistory h = new RunHistory();
        for (long t = 0; t < 1_000_000; t++) {
            double loss = t == 777_777 ? 1e6 : 1.0 / (1 + t);
            h.append(new org.stepsizelab.core.StepRecord(t, loss, Math.log(t + 2), 0.01, 1, Double.NaN,
                    Double.NaN, Double.NaN, 1));
        }
        LabChart c = ChartFactory.panel(ChartData.of("big", h.snapshot(), PhaseInfo.NONE), ChartStyle.screen());
        c.setColumns(1000);
        int pts = c.pointCount(ChartKind.LOSS);
        assertTrue(pts <= 2 * 1000 + 8, "points " + pts);
        XYDataset d = c.dataset(ChartKind.LOSS);
        double max = 0;
        for (int i = 0; i < d.getItemCount(0); i++) {
            max = Math.max(max, d.getYValue(0, i));
        }
        assertEquals(1e6, max, "the one-step spike survives decimation");
    }

    @Test
    void logStepAxisAndSingleChartsAndSlideStyle() throws Exception {
        LabChart log = ChartFactory.panel(data(), ChartStyle.screen().withLogX(true));
        assertInstanceOf(LogAxis.class, log.domainAxis());
        XYDataset d = log.dataset(ChartKind.LOSS);
        for (int i = 0; i < d.getItemCount(0); i++) {
            assertTrue(d.getXValue(0, i) >= 1, "no step 0 on a log axis");
        }
        LabChart single = ChartFactory.single(ChartKind.NORM, data(), ChartStyle.slide());
        assertNull(single.combinedPlot());
        XYPlot p = (XYPlot) single.chart().getPlot();
        assertEquals("‖w_t‖", p.getRangeAxis().getLabel());
        assertTrue(p.getRangeAxis().getTickLabelFont().getSize() > 15);
        BufferedImage img = ChartFactory.panelChart(data(), ChartStyle.screen().withLogX(true)).createBufferedImage(1400, 900);
        assertEquals(1400, img.getWidth());
        if (System.getProperty("chart.png") != null) {
            javax.imageio.ImageIO.write(img, "png", new File(System.getProperty("chart.png")));
        }
    }
}
