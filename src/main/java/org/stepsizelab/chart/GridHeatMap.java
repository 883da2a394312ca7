package org.stepsizelab.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.stepsizelab.core.Num;
import org.stepsizelab.core.theory.GridAxis;
import org.stepsizelab.core.theory.GridCells;
import org.stepsizelab.core.theory.GridMetric;
import org.stepsizelab.core.theory.GridSweep;

/**
 * A grid sweep's heat map (JFreeChart only: the app shows it, the exporter writes it): one square
 * per cell over the first two axes, coloured by the median of a metric over the cell's seeds on
 * the sequential colour-blind-safe ramp of {@link Palette}, with the value written in the cell.
 * Cells sit at equal steps, which is a log axis for log-spaced values (the axis label says so), a
 * linear one for evenly spaced values, and categories otherwise. Losses are coloured on a log
 * scale. Cells with no value (all runs diverged, none finished) are grey.
 */
public final class GridHeatMap {
    private GridHeatMap() {}

    /** Heat maps need one or two axes (seeds are summarized within a cell). */
    public static boolean drawable(GridSweep grid) {
        return grid.axes().size() <= 2;
    }

    public static JFreeChart of(GridSweep grid, List<GridCells.Cell> cells, GridMetric metric, SweepCharts.Look look) {
        if (!drawable(grid)) {
            throw new IllegalArgumentException("a heat map needs one or two axes, got " + grid.axes().size());
        }
        GridAxis ax = grid.axes().get(0);
        GridAxis ay = grid.axes().size() > 1 ? grid.axes().get(1) : null;
        int nx = ax.size(), ny = ay == null ? 1 : ay.size();
        double[][] xyz = new double[3][nx * ny];
        double[] medians = new double[nx * ny];
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (GridCells.Cell c : cells) {
            int[] at = grid.coordinates(c.cell());
            int k = at[0] * ny + (ay == null ? 0 : at[1]);
            double v = c.stat(metric).median();
            medians[k] = v;
            if (metric.logScale()) { // colour by log10: the legend's strips are then evenly spread
                v = metric.logScaled(v);
            }
            xyz[0][k] = at[0];
            xyz[1][k] = ay == null ? 0 : at[1];
            xyz[2][k] = v;
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(metric.column(), xyz);
        if (metric == GridMetric.TEST_ACCURACY && lo <= hi) { // accuracy lives in [0, 1]: never a legend above 1
            lo = Math.min(lo, 0.5);
            hi = 1;
        }
        Scale scale = new Scale(lo, hi);

        XYBlockRenderer r = new XYBlockRenderer();
        r.setBlockWidth(1);
        r.setBlockHeight(1);
        r.setPaintScale(scale);
        r.setDefaultToolTipGenerator((dataset, series, item) -> tooltip(grid, cells, metric, dataset.getXValue(series, item),
                dataset.getYValue(series, item)));

        Font tick = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(look.fontSize()));
        Font label = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(look.fontSize() * 1.1f));
        XYPlot plot = new XYPlot(data, axis(ax, tick, label), ay == null ? flat(tick) : axis(ay, tick, label), r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        // the value in each cell, in a colour that reads on its square
        Font cellFont = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(look.fontSize() * (nx * ny > 64 ? 0.8f : 1f)));
        for (int k = 0; k < nx * ny; k++) {
            double v = xyz[2][k];
            double shown = medians[k];
            XYTextAnnotation t = new XYTextAnnotation(Double.isNaN(v) ? "–" : cellText(metric, shown), xyz[0][k], xyz[1][k]);
            t.setFont(cellFont);
            Color bg = (Color) scale.getPaint(v);
            t.setPaint(luminance(bg) < 0.45 ? Color.WHITE : Color.BLACK);
            plot.addAnnotation(t);
        }

        String seeds = grid.seedsPerCell() > 1 ? ", median over " + grid.seedsPerCell() + " seeds" : "";
        JFreeChart chart = new JFreeChart(metric.title() + seeds,
                new Font(Font.SANS_SERIF, Font.BOLD, Math.round(look.fontSize() * 1.2f)), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.addSubtitle(legend(scale, metric, tick, label, look));
        String note = note(cells, metric);
        if (!note.isEmpty()) {
            chart.addSubtitle(new TextTitle(note, tick));
        }
        return chart;
    }

    /** The axis-value indices of the cell under a chart point (x, y in data units), or null outside the grid. */
    public static int[] coordinatesAt(GridSweep grid, double x, double y) {
        int i = (int) Math.round(x), j = (int) Math.round(y);
        int nx = grid.axes().get(0).size(), ny = grid.axes().size() > 1 ? grid.axes().get(1).size() : 1;
        if (i < 0 || i >= nx || j < 0 || j >= ny) {
            return null;
        }
        return grid.axes().size() > 1 ? new int[] {i, j} : new int[] {i};
    }

    private static ValueAxis axis(GridAxis a, Font tick, Font label) {
        String[] names = new String[a.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = a.label(i);
        }
        String how = switch (a.spacing()) {
            case LOG -> " (log scale)";
            case LINEAR -> "";
            case CATEGORIES -> "";
        };
        SymbolAxis s = new SymbolAxis(symbolOf(a) + how, names);
        s.setGridBandsVisible(false);
        s.setTickLabelFont(tick);
        s.setLabelFont(label);
        s.setRange(-0.5, a.size() - 0.5);
        s.setAxisLineVisible(false);
        return s;
    }

    private static ValueAxis flat(Font tick) {
        SymbolAxis s = new SymbolAxis("", new String[] {""});
        s.setRange(-0.5, 0.5);
        s.setTickLabelFont(tick);
        s.setGridBandsVisible(false);
        return s;
    }

    /** The paper's symbol for the common keys, the key itself otherwise. */
    static String symbolOf(GridAxis a) {
        return switch (a.key().key()) {
            case "eta" -> "η";
            case "width" -> "width m";
            case "leak" -> "leak c";
            case "steps" -> "T (steps)";
            default -> a.key().key();
        };
    }

    private static PaintScaleLegend legend(Scale scale, GridMetric metric, Font tick, Font label, SweepCharts.Look look) {
        NumberAxis axis = new NumberAxis(metric.symbol() + (metric.logScale() ? " (log scale)" : ""));
        if (metric.logScale()) { // the scale runs in log10: label whole decades as 10ᵏ
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            axis.setNumberFormatOverride(new DecadeFormat());
        }
        axis.setRange(scale.lo, scale.hi);
        axis.setTickLabelFont(tick);
        axis.setLabelFont(label);
        PaintScaleLegend l = new PaintScaleLegend(scale, axis);
        l.setPosition(RectangleEdge.RIGHT);
        l.setAxisLocation(org.jfree.chart.axis.AxisLocation.TOP_OR_RIGHT);
        l.setStripWidth(4 * look.lineWidth() + 10);
        l.setMargin(new RectangleInsets(10, 12, 10, 6));
        l.setFrame(BlockBorder.NONE);
        l.setSubdivisionCount(128);
        return l;
    }

    private static String note(List<GridCells.Cell> cells, GridMetric metric) {
        int empty = 0, diverged = 0;
        for (GridCells.Cell c : cells) {
            empty += Double.isNaN(c.stat(metric).median()) ? 1 : 0;
            diverged += c.diverged();
        }
        StringBuilder sb = new StringBuilder();
        if (diverged > 0) {
            sb.append(diverged).append(" diverged run(s) left out");
        }
        if (empty > 0) {
            sb.append(sb.length() > 0 ? "; " : "").append(empty).append(" cell(s) without a value (–)");
        }
        return sb.toString();
    }

    private static String tooltip(GridSweep grid, List<GridCells.Cell> cells, GridMetric metric, double x, double y) {
        int[] at = coordinatesAt(grid, x, y);
        if (at == null) {
            return null;
        }
        GridCells.Cell c = cells.get(grid.cellAt(at));
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < at.length; k++) {
            sb.append(grid.axes().get(k).key().key()).append(" = ").append(grid.axes().get(k).label(at[k])).append("  ");
        }
        GridCells.Stat s = c.stat(metric);
        sb.append(metric.symbol()).append(": ").append(Double.isNaN(s.median()) ? "none" : Num.compact(s.median()));
        if (s.count() > 1) {
            sb.append(" (").append(Num.compact(s.min())).append(" to ").append(Num.compact(s.max())).append(")");
        }
        return sb.append(" — click to open the run").toString();
    }

    static String cellText(GridMetric metric, double v) {
        if (metric == GridMetric.EOS_END) {
            return Long.toString(Math.round(v));
        }
        if (metric == GridMetric.TEST_ACCURACY) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return Num.compact(v);
    }

    private static double luminance(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255.0;
    }

    /** Legend ticks of a log10 scale: 10⁻³ for −3. */
    static final class DecadeFormat extends TickFormat {
        private final SweepCharts.PowerOfTenFormat powers = new SweepCharts.PowerOfTenFormat();

        @Override
        public StringBuffer format(double v, StringBuffer sb, java.text.FieldPosition pos) {
            return powers.format(Math.pow(10, v), sb, pos);
        }
    }

    /** Values (log10 values for a log metric) to the sequential ramp; NaN to the no-value grey. */
    public static final class Scale implements PaintScale, java.io.Serializable {
        final double lo, hi;

        Scale(double lo, double hi) {
            if (!(lo <= hi)) { // no finite value at all
                lo = 0;
                hi = 1;
            }
            if (lo == hi) { // one value: a band around it, so the legend has a range
                double d = Math.max(Math.abs(lo) * 0.05, 0.05);
                lo -= d;
                hi += d;
            }
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        public double getLowerBound() {
            return lo;
        }

        @Override
        public double getUpperBound() {
            return hi;
        }

        @Override
        public Paint getPaint(double v) {
            if (Double.isNaN(v)) {
                return Palette.NO_VALUE;
            }
            return Palette.sequential((v - lo) / (hi - lo));
        }
    }

}
