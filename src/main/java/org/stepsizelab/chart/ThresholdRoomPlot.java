package org.stepsizelab.chart;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;

/**
 * The loss chart's plot. Theorem 2.2's threshold lines carry labels, one standing on its line and
 * one hanging under it; a threshold near the top or bottom of the auto-ranged value axis would cut
 * its label off. So just before drawing, when the size of the plot is known, the axis is widened
 * (quietly: no change event, auto range stays on) until each label fits inside the data area.
 * A range the user zoomed to is left as it is.
 */
final class ThresholdRoomPlot extends XYPlot {
    private static final long serialVersionUID = 1L;

    /** The value whose label stands above its line, the one whose label hangs below (NaN: none). */
    private double labelAbove = Double.NaN;
    private double labelBelow = Double.NaN;
    /** Pixels a label needs between its line and the edge of the data area. */
    private double labelHeight;

    ThresholdRoomPlot(XYDataset dataset, ValueAxis rangeAxis, XYItemRenderer renderer) {
        super(dataset, null, rangeAxis, renderer);
    }

    /** Which lines carry labels (NaN for none) and how tall a label is; takes effect at the next draw. */
    void setLabels(double above, double below, double height) {
        labelAbove = above;
        labelBelow = below;
        labelHeight = height;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState,
            PlotRenderingInfo info) {
        makeRoom(g2, area);
        super.draw(g2, area, anchor, parentState, info);
    }

    /** The data area's height as {@link XYPlot#draw} will compute it. */
    private double dataHeight(Graphics2D g2, Rectangle2D area) {
        Rectangle2D a = (Rectangle2D) area.clone();
        getInsets().trim(a);
        AxisSpace space = calculateAxisSpace(g2, a);
        Rectangle2D data = space.shrink(a, null);
        getAxisOffset().trim(data);
        return data.getHeight();
    }

    private void makeRoom(Graphics2D g2, Rectangle2D area) {
        ValueAxis axis = getRangeAxis();
        boolean any = Double.isFinite(labelAbove) || Double.isFinite(labelBelow);
        if (!any || axis == null || !axis.isAutoRange()) {
            return;
        }
        double h = dataHeight(g2, area);
        double a = labelHeight / h; // the fraction of the axis a label needs
        if (!(h > 0) || !(a < 0.45)) {
            return; // a plot too small for its labels: nothing to win
        }
        boolean log = axis instanceof LogAxis;
        double lo = toAxis(axis.getLowerBound(), log), hi = toAxis(axis.getUpperBound(), log);
        double oldLo = lo, oldHi = hi;
        for (int pass = 0; pass < 2; pass++) { // widening one end shrinks the other's share: settle twice
            if (Double.isFinite(labelBelow) && (labelBelow > 0 || !log)) {
                double y = toAxis(labelBelow, log);
                if (y >= lo && y <= hi && (y - lo) < a * (hi - lo)) {
                    lo = (y - a * hi) / (1 - a);
                }
            }
            if (Double.isFinite(labelAbove) && (labelAbove > 0 || !log)) {
                double y = toAxis(labelAbove, log);
                if (y >= lo && y <= hi && (hi - y) < a * (hi - lo)) {
                    hi = (y - a * lo) / (1 - a);
                }
            }
        }
        if (lo != oldLo || hi != oldHi) {
            axis.setRange(new Range(fromAxis(lo, log), fromAxis(hi, log)), false, false);
        }
    }

    private static double toAxis(double v, boolean log) {
        return log ? Math.log10(v) : v;
    }

    private static double fromAxis(double v, boolean log) {
        return log ? Math.pow(10, v) : v;
    }
}
