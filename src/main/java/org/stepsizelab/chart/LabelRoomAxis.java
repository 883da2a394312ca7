package org.stepsizelab.chart;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The loss chart's value axis: a log axis that leaves room at its ends for the labels of
 * Theorem 2.2's threshold lines (one stands on its line, one hangs under it). A threshold near the
 * top or bottom of the auto-ranged axis would cut its label off; instead of widening the range, the
 * axis maps its range onto a slightly shorter stretch of the data area, with empty bands at the ends
 * just tall enough for the labels. The mapping is a pure function of the data area, so nothing
 * changes while the chart draws, auto range stays on, and a range the user zoomed to is mapped
 * plainly.
 */
class LabelRoomAxis extends SafeLogAxis {
    private static final long serialVersionUID = 1L;

    /** The value whose label stands above its line, the one whose label hangs below (NaN: none). */
    private double labelAbove = Double.NaN;
    private double labelBelow = Double.NaN;
    /** Pixels a label needs between its line and the edge of the data area. */
    private double labelHeight;
    /** Pixels at the top already taken by another label (the stable phase's name). */
    private double topTaken;

    LabelRoomAxis(String label) {
        super(label);
    }

    /** Which lines carry labels (NaN for none), how tall a label is, and what the top already holds. */
    void setLabels(double above, double below, double height, double topTaken) {
        labelAbove = above;
        labelBelow = below;
        labelHeight = height;
        this.topTaken = topTaken;
    }

    @Override
    public double valueToJava2D(double value, Rectangle2D area, RectangleEdge edge) {
        return super.valueToJava2D(value, inner(area, edge), edge);
    }

    @Override
    public double java2DToValue(double java2DValue, Rectangle2D area, RectangleEdge edge) {
        return super.java2DToValue(java2DValue, inner(area, edge), edge);
    }

    /** The stretch of a vertical data area the range is mapped onto. */
    private Rectangle2D inner(Rectangle2D area, RectangleEdge edge) {
        boolean any = Double.isFinite(labelAbove) || Double.isFinite(labelBelow);
        if (!any || !isAutoRange() || !RectangleEdge.isLeftOrRight(edge) || !(area.getHeight() > 0)) {
            return area;
        }
        double h = area.getHeight();
        double top = labelHeight + topTaken; // the label above, under the phase's name
        if (!(top < 0.45 * h)) {
            return area; // a plot too small for its labels: nothing to win
        }
        double fb = fraction(labelBelow), fa = fraction(labelAbove); // from the bottom, 0..1 (NaN: none)
        double b = 0, t = 0;
        for (int pass = 0; pass < 2; pass++) { // one band shrinks the other's share: settle twice
            if (fb >= 0 && fb < 1) {
                b = Math.max(0, (labelHeight - fb * (h - t)) / (1 - fb));
            }
            if (fa > 0 && fa <= 1) {
                t = Math.max(0, (top - (1 - fa) * (h - b)) / fa);
            }
        }
        if (b + t <= 0 || b + t > 0.45 * h) {
            return area;
        }
        return new Rectangle2D.Double(area.getX(), area.getY() + t, area.getWidth(), h - b - t);
    }

    /** Where a value lies on the range, 0 at the bottom and 1 at the top; NaN outside or for none. */
    private double fraction(double v) {
        if (!(v > 0)) {
            return Double.NaN;
        }
        double lo = Math.log10(getLowerBound()), hi = Math.log10(getUpperBound());
        double f = (Math.log10(v) - lo) / (hi - lo);
        return f >= 0 && f <= 1 ? f : Double.NaN;
    }
}
