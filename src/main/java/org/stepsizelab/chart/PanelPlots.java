package org.stepsizelab.chart;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYDataset;

/**
 * The plots of a panel, one per {@link ChartKind}, on one shared step axis, styled from
 * {@link ChartStyle} and {@link Palette}. Dataset 0 of each plot holds the runs; overlays add their
 * own datasets with {@link #addLayer}, which hands out the next free index, so no class needs to
 * know another's index.
 */
final class PanelPlots {
    private final ChartStyle style;
    private final List<ChartKind> kinds;
    private final ValueAxis domainAxis;
    private final Map<ChartKind, XYPlot> plots = new EnumMap<>(ChartKind.class);
    private final Map<ChartKind, EnvelopeDataset> runs = new EnumMap<>(ChartKind.class);
    /** The next free dataset index per plot (0 is the runs'). */
    private final Map<ChartKind, Integer> nextLayer = new EnumMap<>(ChartKind.class);

    PanelPlots(List<ChartKind> kinds, ChartStyle style) {
        this.style = style;
        this.kinds = List.copyOf(kinds);
        this.domainAxis = makeDomainAxis();
        for (ChartKind k : kinds) {
            plots.put(k, makePlot(k));
        }
    }

    ChartStyle style() {
        return style;
    }

    List<ChartKind> kinds() {
        return kinds;
    }

    /** The top chart: the one that names the phases and η changes. */
    ChartKind first() {
        return kinds.get(0);
    }

    ValueAxis domainAxis() {
        return domainAxis;
    }

    /** The plot of a kind, or null when the panel does not show it. */
    XYPlot plot(ChartKind kind) {
        return plots.get(kind);
    }

    /** The runs' dataset of a kind (dataset 0 of its plot). */
    EnvelopeDataset runs(ChartKind kind) {
        return runs.get(kind);
    }

    Iterable<EnvelopeDataset> allRuns() {
        return runs.values();
    }

    /**
     * Adds an overlay's dataset (null for none yet) and renderer to a plot at the next free index,
     * and returns that index: the overlay's own, whatever datasets it or others set later.
     */
    int addLayer(ChartKind kind, XYDataset dataset, XYItemRenderer renderer) {
        XYPlot plot = plots.get(kind);
        int index = nextLayer.merge(kind, 1, Integer::sum);
        plot.setDataset(index, dataset);
        plot.setRenderer(index, renderer);
        return index;
    }

    /** A renderer for an overlay's one line (no shapes, no legend entry of its own). */
    static XYLineAndShapeRenderer line(java.awt.Paint paint, java.awt.Stroke stroke) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDefaultSeriesVisibleInLegend(false);
        r.setSeriesPaint(0, paint);
        r.setSeriesStroke(0, stroke);
        return r;
    }

    private ValueAxis makeDomainAxis() {
        ValueAxis axis;
        if (style.logX()) {
            LogAxis log = new SafeLogAxis("step t (log scale)", true);
            log.setSmallestValue(1);
            log.setBase(10);
            axis = log;
        } else {
            NumberAxis num = new NumberAxis("step t");
            num.setAutoRangeIncludesZero(false);
            // steps are whole numbers: a one-step run reads "0  1", never "0 0 0 … 1 1 1"
            num.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            num.setAutoRangeMinimumSize(1);
            num.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
            axis = num;
        }
        axis.setLowerMargin(0);
        axis.setUpperMargin(0.01);
        styleAxis(axis);
        return axis;
    }

    private XYPlot makePlot(ChartKind k) {
        ValueAxis range;
        if (k.logY) {
            // the loss chart leaves room for the threshold labels (see LabelRoomAxis)
            LogAxis log = k == ChartKind.LOSS ? new LabelRoomAxis(k.axisLabel) : new SafeLogAxis(k.axisLabel);
            log.setSmallestValue(1e-300);
            log.setBase(10);
            log.setAutoRangeMinimumSize(1e-300);
            range = log;
        } else {
            NumberAxis num = new SafeNumberAxis(k.axisLabel);
            num.setAutoRangeIncludesZero(false);
            if (k.fixedRange != null) {
                num.setRange(k.fixedRange);
                num.setAutoRange(false);
            }
            range = num;
        }
        range.setLowerMargin(0.06);
        range.setUpperMargin(0.06);
        styleAxis(range);
        EnvelopeDataset ds = new EnvelopeDataset(k.logY);
        runs.put(k, ds);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true);
        r.setDefaultSeriesVisibleInLegend(false);
        // no per-point hit-test entities: the hover readout reads the history, and a redraw of a
        // long run would otherwise build one entity object per drawn point
        r.setDefaultCreateEntities(false);
        XYPlot plot = new XYPlot(ds, null, range, r);
        plot.setBackgroundPaint(Palette.BACKGROUND);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setDomainGridlineStroke(ChartStyle.HAIRLINE);
        plot.setRangeGridlineStroke(ChartStyle.HAIRLINE);
        plot.setOutlinePaint(Palette.OUTLINE);
        plot.setOutlineStroke(ChartStyle.HAIRLINE);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return plot;
    }

    private void styleAxis(ValueAxis axis) {
        axis.setLabelFont(style.font(1f));
        axis.setTickLabelFont(style.font(-1f));
        axis.setLabelPaint(Palette.AXIS_LABEL);
        axis.setTickLabelPaint(Palette.TICK_LABEL);
    }
}
