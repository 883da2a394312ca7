package org.stepsizelab.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * A panel of stacked charts sharing one step axis, with the handles needed to feed it new data:
 * {@link #update(ChartData)} swaps in new history, phases and overlays in one change event. Built
 * by {@link ChartFactory}; no JavaFX here, so the headless exporter uses the same charts.
 *
 * <p>The plots come from {@link PanelPlots}; each run is one series of dataset 0 per chart (the
 * current run first, then the pinned ones); everything else is an {@link Overlay}, redrawn in
 * {@link #update} in the order listed in the constructor.
 */
public final class LabChart {
    private final PanelPlots plots;
    private final JFreeChart chart;
    private final CombinedDomainXYPlot combined;
    private final PhaseShading phases;
    private final ThresholdLines thresholds;
    private final RateLine rateLine;
    private final AvgBound avgBound;
    private final List<Overlay> overlays;
    private ChartData data = ChartData.empty();
    private int columns = 1600;

    LabChart(List<ChartKind> kinds, ChartStyle style, boolean single) {
        plots = new PanelPlots(kinds, style);
        phases = new PhaseShading(plots);
        thresholds = new ThresholdLines(plots, phases);
        rateLine = new RateLine(plots);
        avgBound = new AvgBound(plots);
        // the order of redrawing: the threshold labels make room under the phase's name
        overlays = List.of(phases, thresholds, new EtaMarkers(plots), rateLine, avgBound);
        ValueAxis domainAxis = plots.domainAxis();
        if (single) {
            combined = null;
            XYPlot p = plots.plot(kinds.get(0));
            p.setDomainAxis(domainAxis);
            p.setDomainPannable(true);
            chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, p, false);
        } else {
            combined = new CombinedDomainXYPlot(domainAxis);
            combined.setGap(style.fontSize() * 0.8);
            combined.setDomainPannable(true);
            for (ChartKind k : kinds) {
                combined.add(plots.plot(k), k.weight);
            }
            chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, combined, false);
        }
        chart.setBackgroundPaint(Palette.BACKGROUND);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(4, 4, 4, 12));
        LegendTitle legend = new LegendTitle(this::legendItems);
        legend.setItemFont(style.font(-1f));
        legend.setPosition(RectangleEdge.TOP);
        legend.setBackgroundPaint(Palette.BACKGROUND);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        chart.addSubtitle(legend);
        domainAxis.addChangeListener(e -> refreshWindow());
    }

    public JFreeChart chart() {
        return chart;
    }

    public ChartStyle style() {
        return plots.style();
    }

    public List<ChartKind> kinds() {
        return plots.kinds();
    }

    /** The shared step axis: zooming it zooms every chart. */
    public ValueAxis domainAxis() {
        return plots.domainAxis();
    }

    /** The combined plot, or null for a single chart. */
    public CombinedDomainXYPlot combinedPlot() {
        return combined;
    }

    public XYPlot plot(ChartKind kind) {
        return plots.plot(kind);
    }

    /** The runs' dataset of a chart. */
    public EnvelopeDataset dataset(ChartKind kind) {
        return plots.runs(kind);
    }

    /** Points drawn in a chart (all series): what a redraw costs. */
    public int pointCount(ChartKind kind) {
        EnvelopeDataset d = plots.runs(kind);
        return d == null ? 0 : d.pointCount();
    }

    /** The shaded EoS interval [start, s*) of a chart, as drawn. */
    public IntervalMarker eosMarker(ChartKind kind) {
        return phases.eosMarker(kind);
    }

    /** The name shown on the stable phase's shading of the first chart, or null. */
    public String stableMarkerLabel() {
        return phases.stableLabel();
    }

    ThresholdLines thresholds() {
        return thresholds;
    }

    RateLine rateLine() {
        return rateLine;
    }

    AvgBound avgBound() {
        return avgBound;
    }

    public ChartData data() {
        return data;
    }

    /** Horizontal resolution to decimate to (the chart's width in pixels). */
    public void setColumns(int pixels) {
        int c = Math.max(100, pixels);
        if (c != columns) {
            columns = c;
            refreshWindow();
        }
    }

    /** Shows new data: one chart-change event for the whole update. */
    public void update(ChartData d) {
        quietly(() -> {
            data = d;
            chart.setTitle(d.title() == null ? null : new TextTitle(d.title(), style().font(4f)));
            for (ChartKind k : kinds()) {
                plots.runs(k).replaceSources(sources(k, d));
                String label = k.axisLabel(d);
                if (!label.equals(plots.plot(k).getRangeAxis().getLabel())) {
                    plots.plot(k).getRangeAxis().setLabel(label);
                }
            }
            refreshWindow();
            for (Overlay o : overlays) {
                o.update(d);
            }
        });
    }

    /**
     * Shows or hides the C/(ηt) reference line on the loss chart. Once on, it follows every
     * {@link #update} within that update's single chart-change event.
     */
    public void setRateLine(boolean on) {
        if (on != rateLine.shown()) {
            rateLine.setShown(on);
            quietly(() -> rateLine.update(data));
        }
    }

    public boolean rateLineShown() {
        return rateLine.shown();
    }

    /** The C/(ηt) line as drawn on the loss chart, or null while none is drawn. */
    public org.jfree.data.xy.XYDataset rateLineDataset() {
        XYPlot loss = plots.plot(ChartKind.LOSS);
        return loss == null ? null : loss.getDataset(rateLine.datasetIndex());
    }

    /**
     * Shows or hides Theorem 3.2's running average of the loss with its bound; the bound itself
     * only when {@code theoremApplies} (the theory report's assumptions hold). Follows every update.
     */
    public void setAvgBound(boolean on, boolean theoremApplies) {
        if (on != avgBound.shown() || theoremApplies != avgBound.applies()) {
            avgBound.setShown(on, theoremApplies);
            quietly(() -> avgBound.update(data));
        }
    }

    public boolean avgBoundShown() {
        return avgBound.shown();
    }

    public boolean avgBoundApplies() {
        return avgBound.applies();
    }

    /** Runs a change with the chart's notification off: at most one chart-change event. */
    private void quietly(Runnable change) {
        boolean notify = chart.isNotify();
        chart.setNotify(false);
        try {
            change.run();
        } finally {
            chart.setNotify(notify);
        }
    }

    /** Each run's series of this chart, then the current run's extras, with their colours and lines. */
    private List<EnvelopeDataset.Source> sources(ChartKind k, ChartData d) {
        List<EnvelopeDataset.Source> out = new ArrayList<>();
        List<ChartSeries> runs = runs(d);
        for (int i = 0; i < runs.size(); i++) {
            ChartSeries s = runs.get(i);
            out.add(new EnvelopeDataset.Source(i + ":" + s.label(), s.table(), k.metric, null));
        }
        // extra series of the current run, after every run's main series so colours stay by index
        out.addAll(k.extras(d.current().table()));
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plots.plot(k).getRenderer(0);
        for (int i = 0; i < out.size(); i++) {
            boolean extra = i >= runs.size();
            r.setSeriesPaint(i, extra ? k.extraPaint() : Palette.run(runs.get(i).colorOr(i)));
            r.setSeriesStroke(i, extra ? ChartStyle.dashed(style().lineWidth(), 6f) : style().line(i == 0 ? 1f : 0.85f));
        }
        return out;
    }

    private static List<ChartSeries> runs(ChartData d) {
        List<ChartSeries> runs = new ArrayList<>();
        runs.add(d.current());
        runs.addAll(d.pinned());
        return runs;
    }

    /** Re-decimates every chart to the visible window of steps. */
    private void refreshWindow() {
        ValueAxis axis = plots.domainAxis();
        boolean auto = axis.isAutoRange();
        double lo = axis.getLowerBound(), hi = axis.getUpperBound();
        for (EnvelopeDataset d : plots.allRuns()) {
            d.setWindow(auto, lo, hi, columns, style().logX());
        }
    }

    private LegendItemCollection legendItems() {
        LegendItemCollection items = new LegendItemCollection();
        Rectangle2D lineShape = new Rectangle2D.Double(-9, -0.5, 18, 1);
        List<ChartSeries> runs = runs(data);
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).label() == null || runs.get(i).label().isEmpty()) {
                continue;
            }
            items.add(new LegendItem(runs.get(i).label(), null, null, null, lineShape,
                    ChartStyle.LEGEND_LINE, Palette.run(runs.get(i).colorOr(i))));
        }
        for (Overlay o : overlays) {
            o.addLegendItems(items);
        }
        return items;
    }
}
