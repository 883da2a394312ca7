package org.stepsizelab.chart;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.data.Range;

/**
 * A linear value axis that never shows a degenerate range. With one point (‖w‖ of a one-step run)
 * or a series constant in double precision, JFreeChart would widen the range only by its minimum
 * auto-range size (10⁻⁸), and every tick would then print the same number ("9.033389E1" five
 * times). A range narrower than a millionth of its values (below what tick labels can tell apart)
 * is widened to ±5 % of its value instead.
 */
final class SafeNumberAxis extends NumberAxis {

    SafeNumberAxis(String label) {
        super(label);
    }

    @Override
    public void setRange(Range range, boolean turnOffAutoRange, boolean notify) {
        double lo = range.getLowerBound(), hi = range.getUpperBound();
        double scale = Math.max(Math.abs(lo), Math.abs(hi));
        // (a range around zero keeps JFreeChart's width: its labels differ, 5E-9 and so on)
        if (Double.isFinite(scale) && scale > 0 && hi - lo <= 1e-6 * scale) {
            double mid = 0.5 * (lo + hi);
            double pad = 0.05 * Math.abs(mid);
            range = new Range(mid - pad, mid + pad);
        }
        super.setRange(range, turnOffAutoRange, notify);
    }

    /** Fits the label to the axis's length (see {@link AxisLabelFit}). */
    private final transient AxisLabelFit fit = new AxisLabelFit();

    @Override
    public java.awt.Font getLabelFont() {
        return fit == null ? super.getLabelFont() : fit.labelFont(super.getLabelFont());
    }

    @Override
    protected org.jfree.chart.axis.AxisState drawLabel(String label, java.awt.Graphics2D g2,
            java.awt.geom.Rectangle2D plotArea, java.awt.geom.Rectangle2D dataArea,
            org.jfree.chart.ui.RectangleEdge edge, org.jfree.chart.axis.AxisState state) {
        return fit.drawing(super.getLabelFont(), label, g2, dataArea, edge,
                () -> super.drawLabel(label, g2, plotArea, dataArea, edge, state));
    }
}
