package org.stepsizelab.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;

/**
 * The names overlays write on a plot (the phases, Theorem 2.2's thresholds), placed when the plot is
 * drawn, where no curve is: each label lists the spots it may take in the order it prefers them, and
 * {@link LabelPlacement} picks the first that lies inside the data area, crosses no drawn series of any
 * of the plot's datasets and overlaps no label placed before it (labels are placed by priority). So a
 * name never sits on a curve at whatever size the panel is drawn (a 1280×720 projector, an export);
 * a name the legend carries too is left out rather than drawn on one.
 *
 * <p>One per plot ({@link #on}, on the renderer of its runs); overlays {@link #put} and
 * {@link #remove} their labels in their {@code update}, inside the panel's single change event.
 */
final class PlacedLabels extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    /** Pixels between a label's text and the edge of its box. */
    static final double PAD_X = 3, PAD_Y = 1;

    /** A place a label may take: its box for this data area, plot and text size (w × h, padding in), or null. */
    @FunctionalInterface
    interface Spot {
        Rectangle2D box(Rectangle2D area, XYPlot plot, double w, double h);
    }

    /**
     * A label: lower {@code priority} is placed first; an {@code optional} one (its name is in the
     * legend as well) is left out when every spot it may take touches a curve or another label.
     */
    record Label(String text, Font font, Paint paint, int priority, boolean optional, List<Spot> spots) {
        Label {
            spots = List.copyOf(spots);
        }
    }

    private final Map<String, Label> labels = new HashMap<>();
    /** Where each label went in the last drawing (for tests and callers that need the room). */
    private final transient Map<String, Rectangle2D> placed = new HashMap<>();

    private PlacedLabels() {}

    /**
     * The plot's labels, added on first use as a foreground annotation of the runs' renderer (drawn
     * after every dataset), so the plot's own annotation list stays the other overlays'.
     */
    static PlacedLabels on(XYPlot plot) {
        XYItemRenderer runs = plot.getRenderer(0);
        if (runs instanceof org.jfree.chart.renderer.xy.AbstractXYItemRenderer r) {
            for (Object a : r.getAnnotations()) {
                if (a instanceof PlacedLabels p) {
                    return p;
                }
            }
        }
        PlacedLabels p = new PlacedLabels();
        runs.addAnnotation(p, org.jfree.chart.ui.Layer.FOREGROUND);
        return p;
    }

    void put(String key, Label label) {
        labels.put(key, label);
    }

    void remove(String key) {
        labels.remove(key);
        placed.remove(key);
    }

    /** The text of a label, or null when it has none. */
    String text(String key) {
        Label l = labels.get(key);
        return l == null ? null : l.text();
    }

    /** The box (padding included) a label took in the last drawing, or null (not drawn). */
    Rectangle2D placed(String key) {
        Rectangle2D r = placed.get(key);
        return r == null ? null : (Rectangle2D) r.clone();
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        placed.clear();
        if (labels.isEmpty() || plot.getOrientation() != PlotOrientation.VERTICAL) {
            return;
        }
        LabelPlacement.Obstacles curves = curves(plot, dataArea);
        List<Rectangle2D> taken = new ArrayList<>();
        List<Map.Entry<String, Label>> order = new ArrayList<>(labels.entrySet());
        order.sort(Comparator.comparingInt((Map.Entry<String, Label> e) -> e.getValue().priority())
                .thenComparing(Map.Entry::getKey));
        Font oldFont = g2.getFont();
        Paint oldPaint = g2.getPaint();
        for (Map.Entry<String, Label> e : order) {
            Label l = e.getValue();
            FontMetrics fm = g2.getFontMetrics(l.font());
            double w = fm.stringWidth(l.text()) + 2 * PAD_X;
            double h = fm.getAscent() + fm.getDescent() + 2 * PAD_Y;
            List<Rectangle2D> boxes = new ArrayList<>();
            for (Spot s : l.spots()) {
                boxes.add(s.box(dataArea, plot, w, h));
            }
            boxes.removeIf(Objects::isNull);
            if (boxes.isEmpty()) {
                continue;
            }
            int i = l.optional() ? LabelPlacement.firstFree(boxes, dataArea, curves, taken)
                    : LabelPlacement.choose(boxes, dataArea, curves, taken);
            if (i < 0) {
                continue; // nowhere free: the legend names it
            }
            Rectangle2D box = boxes.get(i);
            taken.add(box);
            placed.put(e.getKey(), box);
            g2.setFont(l.font());
            g2.setPaint(l.paint());
            g2.drawString(l.text(), (float) (box.getX() + PAD_X), (float) (box.getY() + PAD_Y + fm.getAscent()));
        }
        g2.setFont(oldFont);
        g2.setPaint(oldPaint);
    }

    /** Every series the plot draws, as segments (lines) and points (shapes) in pixels of this data area. */
    static LabelPlacement.Obstacles curves(XYPlot plot, Rectangle2D area) {
        LabelPlacement.Obstacles o = new LabelPlacement.Obstacles(area);
        RectangleEdge xEdge = plot.getDomainAxisEdge(), yEdge = plot.getRangeAxisEdge();
        for (int i = 0; i < plot.getDatasetCount(); i++) {
            XYDataset d = plot.getDataset(i);
            XYItemRenderer r = d == null ? null : plot.getRendererForDataset(d);
            ValueAxis xa = plot.getDomainAxisForDataset(i), ya = plot.getRangeAxisForDataset(i);
            if (r == null || xa == null || ya == null) {
                continue;
            }
            for (int s = 0; s < d.getSeriesCount(); s++) {
                if (!r.isSeriesVisible(s)) {
                    continue;
                }
                boolean lines = true, shapes = false;
                if (r instanceof XYLineAndShapeRenderer lr) {
                    lines = lr.getItemLineVisible(s, 0);
                    shapes = lr.getItemShapeVisible(s, 0);
                }
                Stroke stroke = r.getItemStroke(s, 0);
                double half = (stroke instanceof BasicStroke b ? b.getLineWidth() / 2 : 1) + 0.5;
                Shape shape = shapes ? r.getItemShape(s, 0) : null;
                double radius = shape == null ? half : Math.max(shape.getBounds2D().getWidth(),
                        shape.getBounds2D().getHeight()) / 2;
                double px = Double.NaN, py = Double.NaN;
                for (int k = 0; k < d.getItemCount(s); k++) {
                    double x = xa.valueToJava2D(d.getXValue(s, k), area, xEdge);
                    double y = ya.valueToJava2D(d.getYValue(s, k), area, yEdge);
                    if (!(Double.isFinite(x) && Double.isFinite(y))) {
                        px = py = Double.NaN; // a gap: the line breaks here
                        continue;
                    }
                    if (lines) {
                        if (Double.isNaN(px)) {
                            o.point(x, y, half);
                        } else {
                            o.segment(px, py, x, y, half);
                        }
                    }
                    if (shapes) {
                        o.point(x, y, radius);
                    }
                    px = x;
                    py = y;
                }
            }
        }
        return o;
    }

    @Override
    public boolean equals(Object o) {
        return o == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
