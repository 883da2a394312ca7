package org.stepsizelab.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.PhaseInfo;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunHistory;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.kernel.Kernels;

/** What a drawn panel looks like: labels inside the plot, whole-number steps, visible outlines. */
class ChartLayoutTest {

    static ChartData xor(long steps, double eta) {
        RunConfig cfg = RunConfig.defaults().withSteps(steps).withEta(eta);
        Trainer t = new Trainer(cfg, Datasets.load(cfg).train(), null, Kernels.portable());
        RunHistory h = new RunHistory();
        while (!t.done()) {
            h.append(t.advance());
        }
        return ChartData.of("xor", h.snapshot(), PhaseInfo.of(t.phases(), steps));
    }

    /** Draws like the exporter and returns the rendering info (data areas of the sub-plots). */
    static ChartRenderingInfo draw(LabChart lab, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        lab.chart().draw(g, new Rectangle2D.Double(0, 0, w, h), info);
        g.dispose();
        return info;
    }

    /**
     * XOR stopped at step 70, just after the loss met the stable-phase threshold (step 66): the
     * threshold sits at the bottom of the loss axis, where its label hangs under the line.
     */
    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void thresholdLabelsFitInsideTheLossPlot(boolean slide) {
        ChartData d = xor(70, 1e4);
        ChartStyle style = ChartStyle.screen().withLogX(true).withSlide(slide);
        LabChart lab = ChartFactory.panel(d, style);
        ChartRenderingInfo info = draw(lab, 960, 540);
        XYPlot loss = lab.plot(ChartKind.LOSS);
        Rectangle2D area = info.getPlotInfo().getSubplotInfo(0).getDataArea();
        double label = (style.fontSize() - 2) * 1.2; // the text alone, without its offsets
        double stable = loss.getRangeAxis().valueToJava2D(d.phase().stableThreshold(), area, RectangleEdge.LEFT);
        double mono = loss.getRangeAxis().valueToJava2D(d.phase().monotoneThreshold(), area, RectangleEdge.LEFT);
        assertTrue(area.getMaxY() - stable >= label,
                "room under the stable-phase line: " + (area.getMaxY() - stable) + " px, label " + label);
        assertTrue(mono - area.getMinY() >= label, "room over the monotone line: " + (mono - area.getMinY()));
        // the room is made without turning auto range off, so new data still rescales the axis
        assertTrue(loss.getRangeAxis().isAutoRange());
    }

    /** A run of η = 10⁹ diverges at once; stopped after one step its step axis spans 0..1. */
    @Test
    void aOneStepRunHasWholeNumberStepTicks() {
        ChartData d = xor(1, 1e9);
        LabChart lab = ChartFactory.panel(d, ChartStyle.screen());
        draw(lab, 800, 600);
        NumberAxis axis = (NumberAxis) lab.domainAxis();
        double unit = axis.getTickUnit().getSize();
        assertTrue(unit >= 1 && unit == Math.rint(unit), "tick unit " + unit);
        assertTrue(axis.getUpperBound() - axis.getLowerBound() >= 1, "at least one step wide");
    }

    @Test
    void aShortRunOnALogStepAxisLabelsWholeStepsOnceEach() {
        for (long steps : new long[] {1, 2, 3}) {
            LabChart lab = ChartFactory.panel(xor(steps, 1e9), ChartStyle.screen().withLogX(true));
            ChartRenderingInfo info = draw(lab, 800, 600);
            PlotRenderingInfo plot = info.getPlotInfo();
            Rectangle2D area = plot.getSubplotInfo(plot.getSubplotCount() - 1).getDataArea();
            Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
            @SuppressWarnings("unchecked")
            List<Tick> ticks = ((SafeLogAxis) lab.domainAxis()).refreshTicksHorizontal(g, area, RectangleEdge.BOTTOM);
            Set<String> seen = new HashSet<>();
            int labelled = 0;
            for (Tick t : ticks) {
                String text = t.getText();
                if (text == null || text.isEmpty()) {
                    continue;
                }
                labelled++;
                double v = ((ValueTick) t).getValue();
                assertEquals(Math.rint(v), v, steps + " steps: tick at " + v);
                assertTrue(seen.add(text), steps + " steps: label " + text + " twice");
            }
            assertTrue(labelled >= 1, steps + " steps: some step is labelled");
        }
    }

    @Test
    void everyPlotHasAWholePixelOutline() {
        LabChart single = ChartFactory.single(ChartKind.LOSS, xor(50, 1e4), ChartStyle.screen());
        XYPlot p = (XYPlot) single.chart().getPlot();
        assertTrue(p.isOutlineVisible());
        assertTrue(((BasicStroke) p.getOutlineStroke()).getLineWidth() >= 1f);
        String svg = org.stepsizelab.chart.export.ChartExporter.svg(single.chart(),
                new org.stepsizelab.chart.export.ExportSize(800, 500, 1));
        assertFalse(svg.contains("stroke-width:0.5;stroke:rgb(170,170,170)"), "no half-pixel outline in SVG");
        assertTrue(svg.contains("stroke-width:1.0;stroke:rgb(170,170,170)"), "the outline is drawn");
    }
}
