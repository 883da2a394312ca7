package org.stepsizelab.chart.dataview;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.stepsizelab.chart.ChartStyle;
import org.stepsizelab.chart.Fmt;
import org.stepsizelab.core.dataview.DataViewScene;
import org.stepsizelab.core.dataview.DecisionGrid;
import org.stepsizelab.core.dataview.NeuronLines;

/**
 * The data view as a JFreeChart (no JavaFX), so the window, the exporter (PNG, SVG, PDF, clipboard)
 * and the command line draw the same picture: the decision map f(W_t; x) in a diverging palette with
 * its f = 0 contour, each neuron's line w_jᵀx = 0 (dashed, blue for a_j = +1, red for a_j = −1), the
 * training points by label (filled), the test points hollow, and a black ring around every
 * misclassified point. For d > 2 the points are projected (see {@code Projection}) and no map is drawn.
 */
public final class DataViewChart {
    /** At most this many neuron lines are drawn (those of the largest ‖w_j‖). */
    public static final int MAX_NEURON_LINES = 64;

    private DataViewChart() {}

    /** An earlier boundary drawn over this one (a pinned run's last state), in its run colour. */
    public record Overlay(String label, Color colour, List<double[]> contour) {}

    public static JFreeChart of(DataViewScene s, ChartStyle style) {
        return of(s, style, List.of());
    }

    public static JFreeChart of(DataViewScene s, ChartStyle style, List<Overlay> overlays) {
        boolean plane = s.grid() != null;
        NumberAxis xAxis = axis(plane ? "x₁" : (s.projection().uIsMaxMargin() ? "uᵀx (max-margin direction u)"
                : "uᵀx (principal direction u)"), style);
        NumberAxis yAxis = axis(plane ? "x₂" : "vᵀx (principal direction v ⊥ u)", style);
        xAxis.setRange(s.frame().xMin(), s.frame().xMax());
        yAxis.setRange(s.frame().yMin(), s.frame().yMax());
        xAxis.setTickUnit(new NumberTickUnit(niceStep(s.frame().width() / 6)));
        yAxis.setTickUnit(new NumberTickUnit(niceStep(s.frame().height() / 6)));

        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        float size = pointSize(style);
        addPoints(data, r, s.train(), "train", true, size);
        if (s.test() != null) {
            addPoints(data, r, s.test(), "test", false, size);
        }
        XYSeries wrong = new XYSeries("misclassified", false, true);
        ringWrong(wrong, s.train());
        if (s.test() != null) {
            ringWrong(wrong, s.test());
        }
        int w = data.getSeriesCount();
        data.addSeries(wrong);
        r.setSeriesShape(w, ringShape(size));
        r.setSeriesPaint(w, Color.BLACK);
        r.setSeriesShapesFilled(w, false);
        r.setSeriesStroke(w, new BasicStroke(style.lineWidth()));
        r.setUseOutlinePaint(false);
        r.setDrawOutlines(true);

        XYPlot plot = new EqualAspectPlot(data, xAxis, yAxis, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        DivergingScale colours = new DivergingScale(colourScale(s));
        if (plane) {
            r.addAnnotation(new PlaneImageAnnotation(heatImage(s.grid(), colours), s.frame()), Layer.BACKGROUND);
            addNeuronLines(r, s.neurons(), style);
            for (Overlay o : overlays) {
                r.addAnnotation(new XYShapeAnnotation(path(o.contour()), overlayStroke(style), o.colour()),
                        Layer.BACKGROUND);
            }
            r.addAnnotation(new XYShapeAnnotation(path(s.contour()), contourStroke(style), Color.BLACK),
                    Layer.BACKGROUND);
        }

        JFreeChart chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.BOLD, Math.round(style.fontSize() + 1)),
                plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setTitle(new PlacedTitle(title(s), new Font(Font.SANS_SERIF, Font.BOLD, Math.round(style.fontSize() + 1))));
        chart.addSubtitle(new PlacedTitle(summary(s), font(style, -1)));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(font(style, -2));
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        if (plane) {
            chart.addSubtitle(scaleLegend(colours, style));
        }
        return chart;
    }

    /**
     * The height a drawing of {@code chart} (one of {@link #of}) left empty above and below its
     * square plot: a picture that much shorter holds the same plot (0 for other charts).
     */
    public static double verticalSlack(JFreeChart chart) {
        return chart != null && chart.getPlot() instanceof EqualAspectPlot p ? p.verticalSlack() : 0;
    }

    static String title(DataViewScene s) {
        String what = s.grid() != null ? "f(W_t; x)" : "points by y_i f(W_t; x_i)";
        return what + " at t = " + Fmt.count(s.step());
    }

    static String summary(DataViewScene s) {
        DataViewScene.Points t = s.train();
        String text = "misclassified " + Fmt.count(t.misclassified()) + " of " + Fmt.count(t.n())
                + "   ·   min y_i f(x_i) = " + Fmt.eng(t.minMargin());
        if (s.test() != null) {
            text += "   ·   test errors " + Fmt.count(s.test().misclassified()) + " of " + Fmt.count(s.test().n());
        }
        return text;
    }

    /**
     * The |f| at which the colours saturate: the largest |f| at a training point, so the map's
     * contrast follows the run as f grows (the map beyond the points saturates); the grid's largest
     * |f| when every point sits at f = 0.
     */
    static double colourScale(DataViewScene s) {
        double sc = s.trainScale();
        if (!(sc > 0) && s.grid() != null) {
            sc = s.grid().maxAbs();
        }
        return sc > 0 ? sc : 1;
    }

    /** The map as an image, one pixel per grid cell, row 0 of the grid at the bottom. */
    static BufferedImage heatImage(DecisionGrid g, DivergingScale colours) {
        BufferedImage img = new BufferedImage(g.cols(), g.rows(), BufferedImage.TYPE_INT_RGB);
        int[] line = new int[g.cols()];
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                line[c] = colours.rgb(g.value(c, r));
            }
            img.setRGB(0, g.rows() - 1 - r, g.cols(), 1, line, 0, g.cols());
        }
        return img;
    }

    private static void addPoints(XYSeriesCollection data, XYLineAndShapeRenderer r, DataViewScene.Points p,
            String kind, boolean filled, float size) {
        XYSeries pos = new XYSeries("y = +1 (" + kind + ")", false, true);
        XYSeries neg = new XYSeries("y = −1 (" + kind + ")", false, true);
        for (int i = 0; i < p.n(); i++) {
            (p.y()[i] > 0 ? pos : neg).add(p.xy()[2 * i], p.xy()[2 * i + 1]);
        }
        for (XYSeries s : List.of(pos, neg)) {
            int k = data.getSeriesCount();
            data.addSeries(s);
            boolean positive = s == pos;
            r.setSeriesShape(k, pointShape(positive, size));
            r.setSeriesPaint(k, positive ? DivergingScale.POSITIVE_POINT : DivergingScale.NEGATIVE_POINT);
            r.setSeriesShapesFilled(k, filled);
            r.setSeriesStroke(k, new BasicStroke(filled ? 1f : 1.8f));
            r.setSeriesOutlinePaint(k, Color.WHITE);
        }
    }

    private static void ringWrong(XYSeries wrong, DataViewScene.Points p) {
        for (int i = 0; i < p.n(); i++) {
            if (!(p.margins()[i] > 0)) {
                wrong.add(p.xy()[2 * i], p.xy()[2 * i + 1]);
            }
        }
    }

    private static void addNeuronLines(XYLineAndShapeRenderer r, List<NeuronLines.Line> lines, ChartStyle style) {
        Stroke dash = neuronStroke(style);
        for (NeuronLines.Line l : shownLines(lines)) {
            r.addAnnotation(new XYLineAnnotation(l.x1(), l.y1(), l.x2(), l.y2(), dash, neuronColour(l)),
                    Layer.BACKGROUND);
        }
    }

    // The marks' geometry and strokes, shared with the streaming picture (which draws them without a chart).

    /** The lines drawn: all, or the {@link #MAX_NEURON_LINES} of largest ‖w_j‖. */
    static List<NeuronLines.Line> shownLines(List<NeuronLines.Line> lines) {
        if (lines.size() <= MAX_NEURON_LINES) {
            return lines;
        }
        List<NeuronLines.Line> shown = new ArrayList<>(lines);
        shown.sort(Comparator.comparingDouble(NeuronLines.Line::norm).reversed());
        return shown.subList(0, MAX_NEURON_LINES);
    }

    static Color neuronColour(NeuronLines.Line l) {
        Color c = l.sign() > 0 ? DivergingScale.POSITIVE_POINT : DivergingScale.NEGATIVE_POINT;
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), 170);
    }

    static Stroke neuronStroke(ChartStyle style) {
        return new BasicStroke(Math.max(1f, style.lineWidth() * 0.7f), BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f);
    }

    static Stroke contourStroke(ChartStyle style) {
        return new BasicStroke(style.lineWidth() * 1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static Stroke overlayStroke(ChartStyle style) {
        return new BasicStroke(style.lineWidth() * 1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
                1f, new float[] {6f, 4f}, 0f);
    }

    /** A point marker's size in px. */
    static float pointSize(ChartStyle style) {
        return style.fontSize() * 0.62f;
    }

    /** ● for y = +1, ■ for y = −1, centred on 0. */
    static Shape pointShape(boolean positive, float size) {
        return positive ? new Ellipse2D.Double(-size / 2, -size / 2, size, size)
                : new Rectangle2D.Double(-size * 0.45, -size * 0.45, size * 0.9, size * 0.9);
    }

    /** The ring around a misclassified point, centred on 0. */
    static Shape ringShape(float size) {
        float ring = size * 1.9f;
        return new Ellipse2D.Double(-ring / 2, -ring / 2, ring, ring);
    }

    /** Segments {x1, y1, x2, y2} as one path (in whatever coordinates they are given). */
    static Path2D.Double path(List<double[]> segments) {
        Path2D.Double path = new Path2D.Double();
        for (double[] seg : segments) {
            path.moveTo(seg[0], seg[1]);
            path.lineTo(seg[2], seg[3]);
        }
        return path;
    }

    private static PaintScaleLegend scaleLegend(DivergingScale colours, ChartStyle style) {
        NumberAxis a = new NumberAxis("f");
        a.setRange(-colours.scale(), colours.scale());
        a.setTickLabelFont(font(style, -3));
        a.setLabelFont(font(style, -2));
        PaintScaleLegend legend = new ScaleLegend(colours, a);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(style.fontSize() * 0.8);
        legend.setMargin(new RectangleInsets(8, 4, 8, 4));
        legend.setSubdivisionCount(64);
        legend.setBackgroundPaint(Color.WHITE);
        return legend;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}: about six ticks per axis. */
    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double k : new double[] {1, 2, 5, 10}) {
            if (k * p >= raw) {
                return k * p;
            }
        }
        return 10 * p;
    }

    private static NumberAxis axis(String label, ChartStyle style) {
        NumberAxis a = new NumberAxis(label);
        a.setLabelFont(font(style, 0));
        a.setTickLabelFont(font(style, -2));
        a.setAutoRange(false);
        return a;
    }

    private static Font font(ChartStyle style, float delta) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(style.fontSize() + delta));
    }
}
