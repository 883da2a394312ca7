package org.stepsizelab.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.stepsizelab.core.EtaChange;
import org.stepsizelab.core.HistoryTable;
import org.stepsizelab.core.Metric;
import org.stepsizelab.core.PhaseInfo;

/**
 * A panel of stacked charts sharing one step axis, with the handles needed to feed it new data:
 * {@link #update(ChartData)} swaps in new history, phases and overlays in one change event. Built
 * by {@link ChartFactory}; no JavaFX here, so the headless exporter uses the same charts.
 */
public final class LabChart {
    private static final Color GRID = new Color(0xDDDDDD);
    static final Stroke OUTLINE = new BasicStroke(1f);

    private final ChartStyle style;
    private final List<ChartKind> kinds;
    private final JFreeChart chart;
    private final CombinedDomainXYPlot combined;
    private final ValueAxis domainAxis;
    private final Map<ChartKind, XYPlot> plots = new EnumMap<>(ChartKind.class);
    private final Map<ChartKind, EnvelopeDataset> datasets = new EnumMap<>(ChartKind.class);
    private final Map<ChartKind, IntervalMarker> eosMarkers = new EnumMap<>(ChartKind.class);
    private final Map<ChartKind, IntervalMarker> stableMarkers = new EnumMap<>(ChartKind.class);
    private final Map<ChartKind, List<ValueMarker>> etaMarkers = new EnumMap<>(ChartKind.class);
    private final XYSeriesCollection thresholds = new XYSeriesCollection();
    private final List<ValueMarker> thresholdLabels = new ArrayList<>();
    private ChartData data = ChartData.empty();
    private int columns = 1600;
    /** Whether the C/(ηt) line is shown, and its label as last drawn (see {@link RateLine}). */
    private boolean rateLine;
    private org.jfree.chart.annotations.XYTextAnnotation rateLabel;

    LabChart(List<ChartKind> kinds, ChartStyle style, boolean single) {
        this.style = style;
        this.kinds = List.copyOf(kinds);
        this.domainAxis = makeDomainAxis();
        for (ChartKind k : kinds) {
            plots.put(k, makePlot(k));
        }
        if (single) {
            combined = null;
            XYPlot p = plots.get(kinds.get(0));
            p.setDomainAxis(domainAxis);
            p.setDomainPannable(true);
            chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, p, false);
        } else {
            combined = new CombinedDomainXYPlot(domainAxis);
            combined.setGap(style.fontSize() * 0.8);
            combined.setDomainPannable(true);
            for (ChartKind k : kinds) {
                combined.add(plots.get(k), k.weight);
            }
            chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, combined, false);
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(4, 4, 4, 12));
        LegendTitle legend = new LegendTitle(this::legendItems);
        legend.setItemFont(font(-1f));
        legend.setPosition(RectangleEdge.TOP);
        legend.setBackgroundPaint(Color.WHITE);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        chart.addSubtitle(legend);
        domainAxis.addChangeListener(e -> refreshWindow());
    }

    public JFreeChart chart() {
        return chart;
    }

    public ChartStyle style() {
        return style;
    }

    public List<ChartKind> kinds() {
        return kinds;
    }

    /** The shared step axis: zooming it zooms every chart. */
    public ValueAxis domainAxis() {
        return domainAxis;
    }

    /** The combined plot, or null for a single chart. */
    public CombinedDomainXYPlot combinedPlot() {
        return combined;
    }

    public XYPlot plot(ChartKind kind) {
        return plots.get(kind);
    }

    public EnvelopeDataset dataset(ChartKind kind) {
        return datasets.get(kind);
    }

    /** Points drawn in a chart (all series): what a redraw costs. */
    public int pointCount(ChartKind kind) {
        EnvelopeDataset d = datasets.get(kind);
        return d == null ? 0 : d.pointCount();
    }

    /** The shaded EoS interval [start, s*) of a chart, as drawn. */
    public IntervalMarker eosMarker(ChartKind kind) {
        return eosMarkers.get(kind);
    }

    /** The name shown on the stable phase's shading of the first chart, or null. */
    public String stableMarkerLabel() {
        return stableMarkers.get(kinds.get(0)).getLabel();
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
        boolean notify = chart.isNotify();
        chart.setNotify(false);
        try {
            data = d;
            if (d.title() != null) {
                chart.setTitle(new TextTitle(d.title(), font(4f)));
            } else {
                chart.setTitle((TextTitle) null);
            }
            for (ChartKind k : kinds) {
                datasets.get(k).replaceSources(sources(k, d));
            }
            refreshWindow();
            updatePhase(d);
            updateThresholds(d);
            updateEtaMarkers(d.etaChanges());
            if (rateLine) {
                drawRateLine();
            }
        } finally {
            chart.setNotify(notify);
        }
    }

    /**
     * Shows or hides the C/(ηt) reference line on the loss chart. Once on, it follows every
     * {@link #update} within that update's single chart-change event.
     */
    public void setRateLine(boolean on) {
        if (on == rateLine) {
            return;
        }
        rateLine = on;
        boolean notify = chart.isNotify();
        chart.setNotify(false);
        try {
            drawRateLine();
        } finally {
            chart.setNotify(notify);
        }
    }

    public boolean rateLineShown() {
        return rateLine;
    }

    private void drawRateLine() {
        XYPlot loss = plots.get(ChartKind.LOSS);
        if (loss != null) {
            rateLabel = RateLine.draw(loss, data, style, rateLine, rateLabel);
        }
    }

    private List<EnvelopeDataset.Source> sources(ChartKind k, ChartData d) {
        List<EnvelopeDataset.Source> out = new ArrayList<>();
        List<ChartSeries> runs = new ArrayList<>();
        runs.add(d.current());
        runs.addAll(d.pinned());
        for (int i = 0; i < runs.size(); i++) {
            ChartSeries s = runs.get(i);
            String key = i + ":" + s.label();
            switch (k) {
                case LOSS:
                    out.add(new EnvelopeDataset.Source(key, s.table(), Metric.LOSS, null));
                    break;
                case NORM:
                    out.add(new EnvelopeDataset.Source(key, s.table(), Metric.NORM, null));
                    break;
                case MARGIN:
                    out.add(new EnvelopeDataset.Source(key, s.table(), Metric.MARGIN, null));
                    break;
                case ACCURACY:
                    out.add(new EnvelopeDataset.Source(key, s.table(), Metric.ACCURACY, null));
                    break;
                case SHARPNESS:
                    out.add(new EnvelopeDataset.Source(key, s.table(), Metric.SHARPNESS, null));
                    break;
                default:
                    throw new AssertionError(k);
            }
        }
        // extra series of the current run, after every run's main series so colours stay by index
        if (k == ChartKind.ACCURACY && d.current().table().hasAny(Metric.TEST_ACCURACY)) {
            out.add(new EnvelopeDataset.Source("test", d.current().table(), Metric.TEST_ACCURACY, null));
        }
        if (k == ChartKind.SHARPNESS) {
            out.add(new EnvelopeDataset.Source("2/η", d.current().table(), Metric.ETA, v -> 2.0 / v));
        }
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) plots.get(k).getRenderer(0);
        for (int i = 0; i < out.size(); i++) {
            boolean extra = i >= runs.size();
            r.setSeriesPaint(i, extra ? (k == ChartKind.SHARPNESS ? Palette.THEORY : Palette.run(0))
                    : Palette.run(runs.get(i).colorOr(i)));
            r.setSeriesStroke(i, extra ? dashed(style.lineWidth(), 6f) : line(i == 0 ? 1f : 0.85f));
        }
        return out;
    }

    private void updatePhase(ChartData d) {
        PhaseInfo p = d.phase();
        double start = style.logX() ? 1 : 0;
        double last = Math.max(p.lastStep(), start);
        double sStar = Math.max(start, p.eosEndStep());
        for (ChartKind k : kinds) {
            IntervalMarker eos = eosMarkers.get(k);
            eos.setStartValue(start);
            eos.setEndValue(p.hasEos() ? sStar : start);
            IntervalMarker stable = stableMarkers.get(k);
            stable.setStartValue(p.hasEos() ? sStar : start);
            stable.setEndValue(p.lastStep() < 0 ? start : last);
            if (k == kinds.get(0)) {
                eos.setLabel(p.hasEos() ? "EoS phase" : null);
                // no name for a stable phase that has not begun (its interval is empty)
                stable.setLabel(p.lastStep() > 0 && last > sStar ? "stable phase" : null);
            }
        }
    }

    private void updateThresholds(ChartData d) {
        thresholds.removeAllSeries();
        if (plots.containsKey(ChartKind.LOSS)) {
            for (ValueMarker m : thresholdLabels) {
                plots.get(ChartKind.LOSS).removeRangeMarker(0, m, Layer.FOREGROUND, false);
            }
        }
        thresholdLabels.clear();
        if (plots.get(ChartKind.LOSS) instanceof ThresholdRoomPlot room) {
            room.setLabels(Double.NaN, Double.NaN, 0, 0);
        }
        XYSeries mono = new XYSeries("monotone", false, true);
        XYSeries stab = new XYSeries("stable", false, true);
        XYSeries met = new XYSeries("met", false, true);
        PhaseInfo p = d.phase();
        HistoryTable t = d.current().table();
        if (!plots.containsKey(ChartKind.LOSS) || t.isEmpty() || !Double.isFinite(p.monotoneThreshold())) {
            thresholds.addSeries(mono);
            thresholds.addSeries(stab);
            thresholds.addSeries(met);
            return;
        }
        double x0 = Math.max(t.firstStep(0), style.logX() ? 1 : 0);
        double x1 = Math.max(t.lastStep(t.size() - 1), x0 + 1);
        if (p.monotoneThreshold() > 0) {
            mono.add(x0, p.monotoneThreshold(), false);
            mono.add(x1, p.monotoneThreshold(), false);
        }
        if (p.stableThreshold() > 0) {
            stab.add(x0, p.stableThreshold(), false);
            stab.add(x1, p.stableThreshold(), false);
        }
        if (p.monotoneStep() != null && (!style.logX() || p.monotoneStep() > 0)) {
            met.add(p.monotoneStep().doubleValue(), p.monotoneThreshold(), false);
        }
        if (p.stableStep() != null && (!style.logX() || p.stableStep() > 0)) {
            met.add(p.stableStep().doubleValue(), p.stableThreshold(), false);
        }
        thresholds.addSeries(mono);
        thresholds.addSeries(stab);
        thresholds.addSeries(met);
        XYPlot loss = plots.get(ChartKind.LOSS);
        thresholdLabel(loss, x1, p.monotoneThreshold(), "Thm 2.2: monotone below", true);
        thresholdLabel(loss, x1, p.stableThreshold(), "Thm 2.2: stable phase below", false);
        if (loss instanceof ThresholdRoomPlot room) {
            // a label's text plus its offsets (2 px each side) and a little air
            double height = labelFont().getSize2D() * 1.3 + 6;
            // the stable phase names itself in the top right corner, where the upper label ends
            IntervalMarker stable = stableMarkers.get(ChartKind.LOSS);
            double named = stable.getLabel() == null ? 0 : font(0f).getSize2D() * 1.3 + 8;
            room.setLabels(p.monotoneThreshold() > 0 ? p.monotoneThreshold() : Double.NaN,
                    p.stableThreshold() > 0 ? p.stableThreshold() : Double.NaN, height, named);
        }
    }

    /**
     * Names a threshold line at its right end, above or below it so the two labels never collide.
     * A label-only range marker (its own line is invisible; the dashed series draws the line), so
     * other features may manage the plot's annotations freely.
     */
    private void thresholdLabel(XYPlot plot, double x, double y, String text, boolean above) {
        if (!(y > 0)) {
            return;
        }
        ValueMarker m = new ValueMarker(y, new Color(0, 0, 0, 0), new BasicStroke(0.1f));
        m.setLabel(text);
        m.setLabelFont(labelFont());
        m.setLabelPaint(Palette.THEORY);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        m.setLabelAnchor(above ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.BOTTOM_RIGHT);
        m.setLabelTextAnchor(above ? TextAnchor.BOTTOM_RIGHT : TextAnchor.TOP_RIGHT);
        m.setLabelOffset(new RectangleInsets(2, 2, 2, 6));
        plot.addRangeMarker(0, m, Layer.FOREGROUND, false);
        thresholdLabels.add(m);
    }

    private void updateEtaMarkers(List<EtaChange> changes) {
        for (ChartKind k : kinds) {
            XYPlot plot = plots.get(k);
            List<ValueMarker> old = etaMarkers.get(k);
            if (old.size() == changes.size()) {
                continue;
            }
            for (ValueMarker m : old) {
                plot.removeDomainMarker(0, m, Layer.FOREGROUND, false);
            }
            old.clear();
            for (EtaChange c : changes) {
                ValueMarker m = new ValueMarker(c.step(), Palette.BLACK, dashed(1.2f, 2f));
                if (k == kinds.get(0)) {
                    m.setLabel("η→" + Fmt.eng(c.eta()));
                    m.setLabelFont(font(-1f));
                    m.setLabelBackgroundColor(new Color(255, 255, 255, 200));
                    m.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
                    m.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
                }
                plot.addDomainMarker(0, m, Layer.FOREGROUND, false);
                old.add(m);
            }
        }
    }

    /** Re-decimates every chart to the visible window of steps. */
    private void refreshWindow() {
        boolean auto = domainAxis.isAutoRange();
        double lo = domainAxis.getLowerBound(), hi = domainAxis.getUpperBound();
        for (EnvelopeDataset d : datasets.values()) {
            d.setWindow(auto, lo, hi, columns, style.logX());
        }
    }

    private LegendItemCollection legendItems() {
        LegendItemCollection items = new LegendItemCollection();
        Rectangle2D lineShape = new Rectangle2D.Double(-9, -0.5, 18, 1);
        List<ChartSeries> runs = new ArrayList<>();
        runs.add(data.current());
        runs.addAll(data.pinned());
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).label() == null || runs.get(i).label().isEmpty()) {
                continue;
            }
            items.add(new LegendItem(runs.get(i).label(), null, null, null, lineShape,
                    new BasicStroke(3f), Palette.run(runs.get(i).colorOr(i))));
        }
        Rectangle2D box = new Rectangle2D.Double(-6, -6, 12, 12);
        items.add(new LegendItem("EoS phase [0, s*)", null, null, null, box, new Color(0xE6, 0x9F, 0x00, 120)));
        items.add(new LegendItem("stable phase [s*, t]", null, null, null, box, new Color(0x56, 0xB4, 0xE9, 70)));
        if (plots.containsKey(ChartKind.LOSS)) {
            items.add(new LegendItem("Thm 2.2 thresholds, ◆ first step meeting them", null, null, null,
                    lineShape, dashed(2f, 6f), Palette.THEORY));
        }
        return items;
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
            LogAxis log = new SafeLogAxis(k.axisLabel);
            log.setSmallestValue(1e-300);
            log.setBase(10);
            log.setAutoRangeMinimumSize(1e-300);
            range = log;
        } else {
            NumberAxis num = new SafeNumberAxis(k.axisLabel);
            num.setAutoRangeIncludesZero(false);
            if (k == ChartKind.ACCURACY) {
                num.setRange(-0.02, 1.02);
                num.setAutoRange(false);
            }
            range = num;
        }
        range.setLowerMargin(0.06);
        range.setUpperMargin(0.06);
        styleAxis(range);
        EnvelopeDataset ds = new EnvelopeDataset(k.logY);
        datasets.put(k, ds);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setDrawSeriesLineAsPath(true);
        r.setDefaultSeriesVisibleInLegend(false);
        // no per-point hit-test entities: the hover readout reads the history, and a redraw of a
        // long run would otherwise build one entity object per drawn point
        r.setDefaultCreateEntities(false);
        XYPlot plot = k == ChartKind.LOSS ? new ThresholdRoomPlot(ds, range, r) : new XYPlot(ds, null, range, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setOutlinePaint(new Color(0xAAAAAA));
        // a whole pixel: JFreeChart's default 0.5 is drawn with crisp edges, which SVG viewers
        // round away on the top and right sides (left and bottom are hidden under the axis lines)
        plot.setOutlineStroke(OUTLINE);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

        IntervalMarker eos = new IntervalMarker(0, 0, Palette.EOS_TINT);
        IntervalMarker stable = new IntervalMarker(0, 0, Palette.STABLE_TINT);
        for (IntervalMarker m : List.of(eos, stable)) {
            m.setLabelFont(font(0f));
            m.setLabelPaint(new Color(0x555555));
            m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
            boolean left = m == eos;
            // EoS names itself at its left edge, the stable phase at its right: no overlap
            m.setLabelAnchor(left ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(left ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
            m.setLabelOffset(new RectangleInsets(4, 6, 4, 6));
            plot.addDomainMarker(0, m, Layer.BACKGROUND, false);
        }
        eosMarkers.put(k, eos);
        stableMarkers.put(k, stable);
        etaMarkers.put(k, new ArrayList<>());

        if (k == ChartKind.LOSS) {
            XYLineAndShapeRenderer tr = new XYLineAndShapeRenderer();
            tr.setDefaultSeriesVisibleInLegend(false);
            tr.setSeriesLinesVisible(0, true);
            tr.setSeriesLinesVisible(1, true);
            tr.setSeriesLinesVisible(2, false);
            tr.setSeriesShapesVisible(0, false);
            tr.setSeriesShapesVisible(1, false);
            tr.setSeriesShapesVisible(2, true);
            tr.setSeriesStroke(0, dashed(1.4f, 4f));
            tr.setSeriesStroke(1, dashed(1.4f, 10f));
            float s = style.fontSize() * 0.55f;
            tr.setSeriesShape(2, new java.awt.geom.Path2D.Double(diamond(s)));
            for (int i = 0; i < 3; i++) {
                tr.setSeriesPaint(i, Palette.THEORY);
            }
            plot.setDataset(1, thresholds);
            plot.setRenderer(1, tr);
        }
        return plot;
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

    private void styleAxis(ValueAxis axis) {
        axis.setLabelFont(font(1f));
        axis.setTickLabelFont(font(-1f));
        axis.setLabelPaint(new Color(0x222222));
        axis.setTickLabelPaint(new Color(0x333333));
    }

    private Font labelFont() {
        return font(-2f);
    }

    private Font font(float delta) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(style.fontSize() + delta));
    }

    private Stroke line(float scale) {
        return new BasicStroke(style.lineWidth() * scale, BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL);
    }

    private static Stroke dashed(float width, float dash) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {dash, dash * 0.7f}, 0f);
    }
}
