package org.stepsizelab.chart.dataview;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.stepsizelab.chart.ChartStyle;
import org.stepsizelab.chart.Fmt;
import org.stepsizelab.core.dataview.ImageScene;
import org.stepsizelab.core.dataview.Margins;

/**
 * Draws an {@link ImageScene} into the chart's plot area in three bands: the training images (the
 * +1 class, then the −1 class), the neurons' weights, the margin histogram. Pure Java2D, so it looks
 * the same on screen, in PNG, SVG (embedded images) and PDF.
 */
final class ImageViewPlot extends Plot {
    private static final long serialVersionUID = 1L;
    private static final Color GREY = new Color(0x888888);
    private static final Color TEXT = new Color(0x222222);

    private final transient ImageScene scene;
    private final transient ChartStyle style;

    ImageViewPlot(ImageScene scene, ChartStyle style) {
        this.scene = scene;
        this.style = style;
        setBackgroundPaint(Color.WHITE);
        setOutlineVisible(false);
    }

    @Override
    public String getPlotType() {
        return "Image view";
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        if (info != null) {
            info.setPlotArea(area);
            info.setDataArea(area);
        }
        drawBackground(g2, area);
        Shape clip = g2.getClip();
        g2.clip(area);
        double x = area.getX() + 4, w = area.getWidth() - 8;
        double h = area.getHeight();
        double gap = style.fontSize() * 0.5;
        double imagesH = h * 0.46, neuronsH = h * 0.27, histH = h - imagesH - neuronsH - 2 * gap;
        double y = area.getY();
        drawImages(g2, new Rectangle2D.Double(x, y, w, imagesH));
        y += imagesH + gap;
        drawNeurons(g2, new Rectangle2D.Double(x, y, w, neuronsH));
        y += neuronsH + gap;
        drawHistogram(g2, new Rectangle2D.Double(x, y, w, histH));
        g2.setClip(clip);
    }

    /** The sample: a heading, then one block per class with its label at the left. */
    private void drawImages(Graphics2D g2, Rectangle2D r) {
        double top = heading(g2, r, "Images framed by y_i f(x_i): blue > 0, red ≤ 0, width ∝ size");
        ImageScene.Sample s = scene.sample();
        int plus = 0;
        for (double y : s.y()) {
            plus += y > 0 ? 1 : 0;
        }
        int minus = s.size() - plus;
        double h = r.getMaxY() - top;
        Font label = ImageViewChart.font(style, -1, Font.PLAIN);
        double labelW = g2.getFontMetrics(label).stringWidth("y = −1") + 8;
        int blocks = (plus > 0 ? 1 : 0) + (minus > 0 ? 1 : 0);
        if (blocks == 0) {
            return;
        }
        double blockH = h / blocks;
        double y = top;
        for (int b = 0; b < 2; b++) {
            int from = b == 0 ? 0 : plus, count = b == 0 ? plus : minus;
            if (count == 0) {
                continue;
            }
            Rectangle2D block = new Rectangle2D.Double(r.getX() + labelW, y, r.getWidth() - labelW, blockH);
            g2.setFont(label);
            g2.setPaint(TEXT);
            g2.drawString(b == 0 ? "y = +1" : "y = −1", (float) r.getX(),
                    (float) (y + blockH / 2 + g2.getFontMetrics().getAscent() / 2.0));
            Cells cells = Cells.fit(count, block);
            for (int k = 0; k < count; k++) {
                int i = from + k;
                Rectangle2D cell = cells.cell(k);
                double q = scene.sampleMargins()[i];
                double rel = scene.marginScale() > 0 && Double.isFinite(q) ? Math.abs(q) / scene.marginScale() : 0;
                double frameW = Math.max(1, (0.04 + 0.14 * rel) * cell.getWidth());
                Color c = q > 0 ? DivergingScale.POSITIVE_POINT : DivergingScale.NEGATIVE_POINT;
                BufferedImage img = ImageViewChart.picture(s.pixels()[i], scene.shape(), s.lo(), s.hi());
                framed(g2, img, cell, frameW, c);
            }
            y += blockH;
        }
    }

    /** The neurons' input weights, framed by the sign of a_j (grey for an MLP's first layer). */
    private void drawNeurons(Graphics2D g2, Rectangle2D r) {
        List<ImageScene.NeuronImage> ns = scene.neurons();
        String which = scene.layerName().equals("W") ? "w_j" : "rows of " + scene.layerName();
        String count = ns.size() < scene.layerRows() ? " (" + ns.size() + " of " + scene.layerRows()
                + ", largest ‖w_j‖)" : "";
        boolean signs = !ns.isEmpty() && !Double.isNaN(ns.get(0).sign());
        double top = heading(g2, r, "What each neuron looks at: " + which + count
                + (signs ? ", frame a_j" : ""));
        if (ns.isEmpty()) {
            return;
        }
        Cells cells = Cells.fit(ns.size(), new Rectangle2D.Double(r.getX(), top, r.getWidth(), r.getMaxY() - top));
        for (int k = 0; k < ns.size(); k++) {
            ImageScene.NeuronImage n = ns.get(k);
            Rectangle2D cell = cells.cell(k);
            Color c = Double.isNaN(n.sign()) ? GREY : n.sign() > 0 ? DivergingScale.POSITIVE_POINT
                    : DivergingScale.NEGATIVE_POINT;
            framed(g2, ImageViewChart.weights(n.weights(), scene.shape()), cell, Math.max(1, 0.05 * cell.getWidth()), c);
        }
    }

    /** Bars of the margin histogram; zero dashed; the minimum as a thick line with its value. */
    private void drawHistogram(Graphics2D g2, Rectangle2D r) {
        Margins.Histogram hist = scene.histogram();
        double top = heading(g2, r, "Margins y_i f(x_i) over the " + Fmt.count(scene.n()) + " training points");
        Font tick = ImageViewChart.font(style, -2, Font.PLAIN);
        FontMetrics fm = g2.getFontMetrics(tick);
        double axisH = fm.getHeight() + 4;
        Rectangle2D plot = new Rectangle2D.Double(r.getX() + fm.stringWidth("0000") + 6, top + fm.getHeight(),
                r.getWidth() - fm.stringWidth("0000") - 12, r.getMaxY() - top - fm.getHeight() - axisH);
        if (plot.getHeight() < 8 || plot.getWidth() < 20) {
            return;
        }
        double lo = Math.min(0, hist.lo()), hi = Math.max(0, hist.hi());
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        int max = 1;
        for (int c : hist.counts()) {
            max = Math.max(max, c);
        }
        double lo0 = lo, span = hi - lo;
        java.util.function.DoubleUnaryOperator px = v -> plot.getX() + (v - lo0) / span * plot.getWidth();
        double bw = hist.binWidth();
        for (int b = 0; b < hist.counts().length; b++) {
            if (hist.counts()[b] == 0) {
                continue;
            }
            double a = hist.lo() + b * bw, e = a + bw;
            double x0 = px.applyAsDouble(a), x1 = px.applyAsDouble(e);
            double bh = plot.getHeight() * hist.counts()[b] / max;
            g2.setPaint((a + e) / 2 > 0 ? DivergingScale.POSITIVE_POINT : DivergingScale.NEGATIVE_POINT);
            g2.fill(new Rectangle2D.Double(x0, plot.getMaxY() - bh, Math.max(1, x1 - x0 - 0.5), bh));
        }
        g2.setPaint(GREY);
        g2.setStroke(new BasicStroke(1f));
        g2.draw(new Line2D.Double(plot.getX(), plot.getMaxY(), plot.getMaxX(), plot.getMaxY()));
        g2.draw(new Line2D.Double(plot.getX(), plot.getY(), plot.getX(), plot.getMaxY()));
        g2.setFont(tick);
        g2.setPaint(TEXT);
        g2.drawString(Fmt.count(max), (float) (plot.getX() - fm.stringWidth(Fmt.count(max)) - 4),
                (float) (plot.getY() + fm.getAscent()));
        g2.drawString("0", (float) (plot.getX() - fm.stringWidth("0") - 4), (float) plot.getMaxY());
        // zero, dashed
        double z = px.applyAsDouble(0);
        g2.setPaint(TEXT);
        g2.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f));
        g2.draw(new Line2D.Double(z, plot.getY(), z, plot.getMaxY()));
        // ticks at the ends and at zero
        float ty = (float) (plot.getMaxY() + fm.getAscent() + 2);
        tickLabel(g2, fm, Fmt.eng(lo), px.applyAsDouble(lo), ty, plot);
        tickLabel(g2, fm, Fmt.eng(hi), px.applyAsDouble(hi), ty, plot);
        if (z - plot.getX() > fm.stringWidth("00000") && plot.getMaxX() - z > fm.stringWidth("00000")) {
            tickLabel(g2, fm, "0", z, ty, plot);
        }
        if (Double.isFinite(hist.min()) && hist.total() > hist.nonFinite()) {
            double m = px.applyAsDouble(hist.min());
            g2.setPaint(Color.BLACK);
            g2.setStroke(new BasicStroke(Math.max(2f, style.lineWidth() * 1.4f)));
            g2.draw(new Line2D.Double(m, plot.getY() - fm.getHeight() * 0.3, m, plot.getMaxY()));
            String text = "min = " + Fmt.eng(hist.min());
            float tx = (float) Math.min(plot.getMaxX() - fm.stringWidth(text), m + 4);
            g2.drawString(text, tx, (float) (plot.getY() - fm.getHeight() * 0.3 + fm.getAscent()));
        }
    }

    private static void tickLabel(Graphics2D g2, FontMetrics fm, String text, double x, float y, Rectangle2D plot) {
        int w = fm.stringWidth(text);
        double left = Math.max(plot.getX() - 4, Math.min(plot.getMaxX() - w + 4, x - w / 2.0));
        g2.drawString(text, (float) left, y);
    }

    /** Draws a band's heading and returns the y where its content starts. */
    private double heading(Graphics2D g2, Rectangle2D r, String text) {
        Font f = ImageViewChart.font(style, -2, Font.BOLD);
        g2.setFont(f);
        g2.setPaint(TEXT);
        FontMetrics fm = g2.getFontMetrics();
        String shown = text;
        while (shown.length() > 8 && fm.stringWidth(shown) > r.getWidth()) {
            shown = shown.substring(0, shown.length() - 2);
        }
        if (!shown.equals(text)) {
            shown = shown.substring(0, shown.length() - 1) + "…";
        }
        g2.drawString(shown, (float) r.getX(), (float) (r.getY() + fm.getAscent()));
        return r.getY() + fm.getHeight() + 2;
    }

    /** An image scaled into a cell (crisp pixels) inside a frame of the given width and colour. */
    private static void framed(Graphics2D g2, BufferedImage img, Rectangle2D cell, double frameW, Color c) {
        double pad = Math.max(1, cell.getWidth() * 0.04);
        Rectangle2D outer = new Rectangle2D.Double(cell.getX() + pad, cell.getY() + pad,
                cell.getWidth() - 2 * pad, cell.getHeight() - 2 * pad);
        if (outer.getWidth() < 3) {
            return;
        }
        g2.setPaint(c);
        g2.fill(outer);
        double fw = Math.min(frameW, outer.getWidth() / 3);
        int ix = (int) Math.round(outer.getX() + fw), iy = (int) Math.round(outer.getY() + fw);
        int iw = (int) Math.round(outer.getMaxX() - fw) - ix, ih = (int) Math.round(outer.getMaxY() - fw) - iy;
        if (iw < 1 || ih < 1) {
            return;
        }
        Object old = g2.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g2.drawImage(img, ix, iy, iw, ih, null);
        if (old != null) {
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, old);
        }
    }

    /** Square cells for n items in a rectangle: the column count that makes them largest. */
    record Cells(Rectangle2D area, int cols, double size) {
        static Cells fit(int n, Rectangle2D area) {
            int bestCols = 1;
            double best = 0;
            for (int c = 1; c <= n; c++) {
                int rows = (n + c - 1) / c;
                double s = Math.min(area.getWidth() / c, area.getHeight() / rows);
                if (s > best) {
                    best = s;
                    bestCols = c;
                }
            }
            return new Cells(area, bestCols, best);
        }

        Rectangle2D cell(int k) {
            return new Rectangle2D.Double(area.getX() + (k % cols) * size, area.getY() + (k / cols) * size, size, size);
        }
    }
}
