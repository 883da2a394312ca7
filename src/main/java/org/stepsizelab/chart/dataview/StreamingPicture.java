package org.stepsizelab.chart.dataview;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.title.Title;
import org.jfree.data.Range;
import org.stepsizelab.chart.ChartStyle;
import org.stepsizelab.chart.export.ChartExporter;
import org.stepsizelab.chart.export.ExportSize;
import org.stepsizelab.core.dataview.DataViewScene;
import org.stepsizelab.core.dataview.NeuronLines;
import org.stepsizelab.core.dataview.PlaneFrame;

/**
 * The decision map's picture while a run streams, at a fraction of the chart's cost: the whole
 * {@link DataViewChart} is drawn once (the first picture, and again when the size, style, frame,
 * pinned boundaries or — by more than a factor of two — the colour scale change), and every later
 * picture starts from a copy of that one and redraws only what changes with the step, in the
 * chart's own layout: the map (written straight into the pixels by {@link MapRaster}), the neurons'
 * lines, the boundaries, the points and rings, the two title lines and the colour legend. Axes,
 * legend and layout stay those of the chart, so the picture does not jump when the run stops and the
 * full chart (the exporter's picture of the same scene) replaces it.
 *
 * <p>Draws into a caller's {@code TYPE_INT_ARGB_PRE} image (a reused buffer). Not thread-safe: one
 * drawing thread.
 */
public final class StreamingPicture {
    /** What the copied chart was drawn for; a new picture reuses it only when all of these agree. */
    private record Key(int width, int height, ChartStyle style, PlaneFrame frame, List<DataViewChart.Overlay> overlays,
            boolean test) {}

    private Key key;
    private double chromeScale;
    private int[] chrome;
    private Rectangle2D dataArea;
    private double verticalSlack;
    private PlacedTitle title;
    private PlacedTitle summary;
    private Rectangle2D titleArea;
    private Rectangle2D summaryArea;
    private ScaleLegend legend;
    /** The chart's own rendering hints (it adds them to the exporter's when it draws). */
    private RenderingHints chartHints;

    /**
     * Draws the picture of {@code s} (a scene with a map) over the whole of {@code target}.
     *
     * @return true when drawn from the kept chart (the streaming path), false when the whole chart was drawn
     */
    public boolean draw(DataViewScene s, ChartStyle style, List<DataViewChart.Overlay> overlays, BufferedImage target) {
        if (s.grid() == null) {
            throw new IllegalArgumentException("the streaming picture draws 2-D maps only");
        }
        if (target.getType() != BufferedImage.TYPE_INT_ARGB_PRE) {
            throw new IllegalArgumentException("the streaming picture draws into TYPE_INT_ARGB_PRE images");
        }
        Key k = new Key(target.getWidth(), target.getHeight(), style, s.frame(), List.copyOf(overlays), s.test() != null);
        double scale = DataViewChart.colourScale(s);
        boolean reuse = chrome != null && k.equals(key) && scale <= 2 * chromeScale && scale >= chromeScale / 2;
        if (!reuse) {
            full(s, style, overlays, target, k);
            return false;
        }
        fast(s, style, overlays, target, scale);
        return true;
    }

    /** The height the last whole chart left empty above and below its square plot. */
    public double verticalSlack() {
        return verticalSlack;
    }

    /** The next picture draws the whole chart again. */
    public void forget() {
        key = null;
        chrome = null;
    }

    /**
     * Draws the whole chart into {@code target} and keeps it and its layout for the next pictures
     * (when the layout cannot be read, nothing is kept and the next picture is a whole chart again).
     */
    private void full(DataViewScene s, ChartStyle style, List<DataViewChart.Overlay> overlays, BufferedImage target,
            Key k) {
        key = null;
        chrome = null;
        JFreeChart chart = DataViewChart.of(s, style, overlays);
        ChartRenderingInfo info = new ChartRenderingInfo(); // where the plot's data area lies
        ChartExporter.renderInto(chart, target, new ExportSize(target.getWidth(),
                target.getHeight(), 1), info);
        verticalSlack = DataViewChart.verticalSlack(chart);
        PlacedTitle main = chart.getTitle() instanceof PlacedTitle p ? p : null;
        PlacedTitle sub = null;
        ScaleLegend scaleLegend = null;
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof PlacedTitle p) {
                sub = p;
            } else if (t instanceof ScaleLegend sl) {
                scaleLegend = sl;
            }
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        if (main == null || main.drawnArea() == null || sub == null || sub.drawnArea() == null || scaleLegend == null
                || scaleLegend.drawnArea() == null || !(area.getWidth() > 2 && area.getHeight() > 2)) {
            return;
        }
        title = main;
        summary = sub;
        titleArea = main.drawnArea();
        summaryArea = sub.drawnArea();
        legend = scaleLegend;
        chartHints = (RenderingHints) chart.getRenderingHints().clone();
        dataArea = (Rectangle2D) area.clone();
        int[] px = pixels(target);
        chrome = px.clone();
        chromeScale = DataViewChart.colourScale(s);
        key = k;
    }

    /** Copy of the kept chart, then the parts that change with the step. */
    private void fast(DataViewScene s, ChartStyle style, List<DataViewChart.Overlay> overlays, BufferedImage target,
            double scale) {
        int w = target.getWidth(), h = target.getHeight();
        int[] px = pixels(target);
        System.arraycopy(chrome, 0, px, 0, chrome.length);
        DivergingScale colours = new DivergingScale(scale);
        PlaneFrame f = s.frame();
        // the map's rectangle, rounded as the chart's image annotation rounds it
        double x0 = sx(f.xMin()), x1 = sx(f.xMax()), y0 = sy(f.yMax()), y1 = sy(f.yMin());
        int mx = (int) Math.round(Math.min(x0, x1)), my = (int) Math.round(Math.min(y0, y1));
        int mw = (int) Math.round(Math.abs(x1 - x0)), mh = (int) Math.round(Math.abs(y1 - y0));
        // the pixels the plot's outline touches keep the kept chart's (outline over the map): redrawing
        // the outline there would darken it
        int ix0 = (int) Math.ceil(dataArea.getMinX() + 0.5), iy0 = (int) Math.ceil(dataArea.getMinY() + 0.5);
        int ix1 = (int) Math.floor(dataArea.getMaxX() - 0.5), iy1 = (int) Math.floor(dataArea.getMaxY() - 0.5);
        MapRaster.fill(s.grid(), colours, px, w, h, mx, my, mw, mh, ix0, iy0, ix1, iy1);
        Graphics2D g = target.createGraphics();
        try {
            ChartExporter.quality(g);
            g.addRenderingHints(chartHints);
            Shape clip = g.getClip();
            g.clip(dataArea);
            // the chart's background annotations in its order: neurons' lines, pinned boundaries, boundary
            // one path per colour: two passes of the rasteriser over the plot instead of one per line
            // (where lines cross, their translucent colours are not laid twice, unlike the chart's)
            g.setStroke(DataViewChart.neuronStroke(style));
            for (int sign = -1; sign <= 1; sign += 2) {
                Path2D.Double path = new Path2D.Double();
                Color colour = null;
                for (NeuronLines.Line l : DataViewChart.shownLines(s.neurons())) {
                    if ((l.sign() > 0) == (sign > 0)) {
                        path.moveTo(sx(l.x1()), sy(l.y1()));
                        path.lineTo(sx(l.x2()), sy(l.y2()));
                        colour = DataViewChart.neuronColour(l);
                    }
                }
                if (colour != null) {
                    g.setPaint(colour);
                    g.draw(path);
                }
            }
            for (DataViewChart.Overlay o : overlays) {
                g.setPaint(o.colour());
                g.setStroke(DataViewChart.overlayStroke(style));
                g.draw(DataViewChart.path(toScreen(o.contour())));
            }
            g.setPaint(Color.BLACK);
            g.setStroke(DataViewChart.contourStroke(style));
            g.draw(DataViewChart.path(toScreen(s.contour())));
            points(g, s, style);
            g.setClip(clip);
            // the two title lines and the colour legend, in the places the chart gave them
            redraw(g, title, titleArea, DataViewChart.title(s), w, h);
            redraw(g, summary, summaryArea, DataViewChart.summary(s), w, h);
            Rectangle2D la = legend.drawnArea();
            g.setPaint(Color.WHITE);
            g.fill(la);
            legend.rescale(colours);
            legend.draw(g, la);
        } finally {
            g.dispose();
        }
    }

    /**
     * The markers in the chart's order (its renderer draws the last series first): rings of the
     * misclassified points, test points (hollow), training points (filled); outlines 1 px.
     */
    private void points(Graphics2D g, DataViewScene s, ChartStyle style) {
        float size = DataViewChart.pointSize(style);
        g.setStroke(new BasicStroke(1f));
        g.setPaint(Color.BLACK);
        Shape ring = DataViewChart.ringShape(size);
        for (DataViewScene.Points p : s.test() == null ? List.of(s.train()) : List.of(s.train(), s.test())) {
            for (int i = 0; i < p.n(); i++) {
                if (!(p.margins()[i] > 0)) {
                    g.draw(at(ring, p.xy()[2 * i], p.xy()[2 * i + 1]));
                }
            }
        }
        if (s.test() != null) {
            marks(g, s.test(), size, false);
        }
        marks(g, s.train(), size, true);
    }

    private void marks(Graphics2D g, DataViewScene.Points p, float size, boolean filled) {
        for (int sign = -1; sign <= 1; sign += 2) { // the −1 series is drawn before the +1 series
            Shape shape = DataViewChart.pointShape(sign > 0, size);
            g.setPaint(sign > 0 ? DivergingScale.POSITIVE_POINT : DivergingScale.NEGATIVE_POINT);
            for (int i = 0; i < p.n(); i++) {
                if ((p.y()[i] > 0) == (sign > 0)) {
                    Shape m = at(shape, p.xy()[2 * i], p.xy()[2 * i + 1]);
                    if (filled) {
                        g.fill(m);
                    }
                    g.draw(m);
                }
            }
        }
    }

    private Shape at(Shape shape, double x, double y) {
        return AffineTransform.getTranslateInstance(sx(x), sy(y)).createTransformedShape(shape);
    }

    /** Fills a title's band white and draws its new text there (centred, as the chart centres it). */
    private static void redraw(Graphics2D g, PlacedTitle t, Rectangle2D area, String text, int w, int h) {
        // the whole width: a longer text of an earlier picture may reach beyond this title's area
        g.setPaint(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, area.getY(), w, area.getHeight()));
        t.setText(text);
        t.arrange(g, new RectangleConstraint(w, new Range(0, w), LengthConstraintType.RANGE, h, new Range(0, h),
                LengthConstraintType.RANGE));
        t.draw(g, area); // centred in the area, as the chart centres it in the whole width
    }

    private List<double[]> toScreen(List<double[]> segments) {
        List<double[]> out = new ArrayList<>(segments.size());
        for (double[] seg : segments) {
            out.add(new double[] {sx(seg[0]), sy(seg[1]), sx(seg[2]), sy(seg[3])});
        }
        return out;
    }

    /** Screen x of data x (the chart's axes span exactly the frame). */
    private double sx(double x) {
        PlaneFrame f = key.frame();
        return dataArea.getX() + (x - f.xMin()) / f.width() * dataArea.getWidth();
    }

    private double sy(double y) {
        PlaneFrame f = key.frame();
        return dataArea.getMaxY() - (y - f.yMin()) / f.height() * dataArea.getHeight();
    }

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }
}
