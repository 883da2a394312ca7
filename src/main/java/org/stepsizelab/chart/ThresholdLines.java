package org.stepsizelab.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.stepsizelab.core.HistoryTable;
import org.stepsizelab.core.PhaseInfo;

/**
 * Theorem 2.2's two loss thresholds on the loss chart (docs/MATH.md §4): dashed horizontal lines, a
 * diamond at the first step that met each, and a name beside each line — the monotone one standing on
 * its line, the stable one hanging under it, so the two never collide. A name goes at the line's right
 * end, or where a curve runs there, at its left end or between ({@link PlacedLabels}: on a log step
 * axis a 1/t loss passes under the right end of the lower line at a projector's size). The loss axis
 * ({@link LabelRoomAxis}) is told where the labels are so it leaves them room.
 */
final class ThresholdLines implements Overlay {
    private final PanelPlots plots;
    private final PhaseShading phases;
    private final XYSeriesCollection lines = new XYSeriesCollection();
    static final String MONOTONE = "thm22.monotone", STABLE = "thm22.stable";
    /** Where along its line a name tries to go, in order: 1 the right end, 0 the left end. */
    private static final double[] ALONG = {1, 0, 0.5, 0.25, 0.75};
    /** The index of the lines' dataset on the loss plot (-1 when the panel has no loss chart). */
    private final int index;
    /** Whether the last update drew the lines (a network without Theorem 2.2's constants, an MLP, has none). */
    private boolean drawn;

    ThresholdLines(PanelPlots plots, PhaseShading phases) {
        this.plots = plots;
        this.phases = phases;
        index = plots.plot(ChartKind.LOSS) == null ? -1 : plots.addLayer(ChartKind.LOSS, lines, renderer());
    }

    /** The dataset index of the lines: series 0 monotone, 1 stable, 2 the steps that met them. */
    int datasetIndex() {
        return index;
    }

    private XYLineAndShapeRenderer renderer() {
        XYLineAndShapeRenderer tr = new XYLineAndShapeRenderer();
        tr.setDefaultSeriesVisibleInLegend(false);
        tr.setSeriesLinesVisible(0, true);
        tr.setSeriesLinesVisible(1, true);
        tr.setSeriesLinesVisible(2, false);
        tr.setSeriesShapesVisible(0, false);
        tr.setSeriesShapesVisible(1, false);
        tr.setSeriesShapesVisible(2, true);
        tr.setSeriesStroke(0, ChartStyle.dashed(1.4f, 4f));
        tr.setSeriesStroke(1, ChartStyle.dashed(1.4f, 10f));
        tr.setSeriesShape(2, diamond(plots.style().fontSize() * 0.55f));
        for (int i = 0; i < 3; i++) {
            tr.setSeriesPaint(i, Palette.THEORY);
        }
        return tr;
    }

    @Override
    public void update(ChartData d) {
        XYPlot loss = plots.plot(ChartKind.LOSS);
        if (loss == null) {
            return;
        }
        lines.removeAllSeries();
        PlacedLabels names = PlacedLabels.on(loss);
        names.remove(MONOTONE);
        names.remove(STABLE);
        LabelRoomAxis axis = (LabelRoomAxis) loss.getRangeAxis();
        axis.setLabels(Double.NaN, Double.NaN, 0, 0);
        XYSeries mono = new XYSeries("monotone", false, true);
        XYSeries stab = new XYSeries("stable", false, true);
        XYSeries met = new XYSeries("met", false, true);
        PhaseInfo p = d.phase();
        HistoryTable t = d.current().table();
        boolean logX = plots.style().logX();
        drawn = !t.isEmpty() && Double.isFinite(p.monotoneThreshold());
        if (drawn) {
            // the thresholds are those of the η in force since p.thresholdsFrom() (a running run's η may change)
            double x0 = Math.max(Math.max(t.firstStep(0), p.thresholdsFrom()), logX ? 1 : 0);
            double x1 = Math.max(t.lastStep(t.size() - 1), x0 + 1);
            if (p.monotoneThreshold() > 0) {
                mono.add(x0, p.monotoneThreshold(), false);
                mono.add(x1, p.monotoneThreshold(), false);
            }
            if (p.stableThreshold() > 0) {
                stab.add(x0, p.stableThreshold(), false);
                stab.add(x1, p.stableThreshold(), false);
            }
            if (p.monotoneStep() != null && (!logX || p.monotoneStep() > 0)) {
                met.add(p.monotoneStep().doubleValue(), p.monotoneThreshold(), false);
            }
            if (p.stableStep() != null && (!logX || p.stableStep() > 0)) {
                met.add(p.stableStep().doubleValue(), p.stableThreshold(), false);
            }
            label(names, MONOTONE, p.monotoneThreshold(), "Thm 2.2: monotone below", true);
            label(names, STABLE, p.stableThreshold(), "Thm 2.2: stable phase below", false);
            // a label's text plus its offsets (2 px each side) and a little air; the stable phase
            // names itself in the top right corner, where the upper label ends
            double height = plots.style().labelFont().getSize2D() * 1.3 + 6;
            axis.setLabels(p.monotoneThreshold() > 0 ? p.monotoneThreshold() : Double.NaN,
                    p.stableThreshold() > 0 ? p.stableThreshold() : Double.NaN, height,
                    phases.stableLabelHeight());
        }
        lines.addSeries(mono);
        lines.addSeries(stab);
        lines.addSeries(met);
    }

    /**
     * Names a threshold line: standing on it ({@code above}) or hanging under it, at its right end
     * first, else at its left end or between; failing all of those, on the other side of the line.
     * Placed when drawn, before the phases' names.
     */
    private void label(PlacedLabels names, String key, double y, String text, boolean above) {
        if (!(y > 0)) {
            return;
        }
        List<PlacedLabels.Spot> spots = new ArrayList<>();
        for (boolean side : new boolean[] {above, !above}) {
            for (double f : ALONG) {
                spots.add((area, plot, w, h) -> {
                    double line = plot.getRangeAxis().valueToJava2D(y, area, plot.getRangeAxisEdge());
                    if (!Double.isFinite(line)) {
                        return null;
                    }
                    double bx = area.getMinX() + 4 + f * (area.getWidth() - 8 - w);
                    double by = side ? line - 1.5 - h : line + 1.5;
                    return new Rectangle2D.Double(bx, by, w, h);
                });
            }
        }
        names.put(key, new PlacedLabels.Label(text, plots.style().labelFont(), Palette.THEORY, above ? 0 : 1, false, spots));
    }

    @Override
    public void addLegendItems(LegendItemCollection items) {
        if (index >= 0 && drawn) { // no legend entry for lines that are not drawn
            items.add(new LegendItem("Thm 2.2 thresholds, ◆ first step meeting them", null, null, null,
                    new Rectangle2D.Double(-9, -0.5, 18, 1), ChartStyle.dashed(2f, 6f), Palette.THEORY));
        }
    }

    private static java.awt.Shape diamond(float s) {
        java.awt.geom.Path2D.Double p = new java.awt.geom.Path2D.Double();
        p.moveTo(0, -s);
        p.lineTo(s, 0);
        p.lineTo(0, s);
        p.lineTo(-s, 0);
        p.closePath();
        return p;
    }
}
