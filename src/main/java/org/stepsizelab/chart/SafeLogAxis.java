package org.stepsizelab.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

/**
 * A log axis for the lab's charts. It accepts a degenerate data range (one point, or a loss that
 * no longer changes in double precision) by widening it to a factor of 2 each way, and when the
 * visible range holds fewer than two whole decades it labels 1–2–5 values (0.2, 0.5, …) instead of
 * leaving the axis without numbers. A step axis ({@code integers}) labels whole numbers only: a
 * run of one or two steps never reads "0.5, 1, 1.5".
 */
class SafeLogAxis extends LogAxis {
    private static final double[][] MANTISSAS = {{1, 2, 5}, {1, 1.5, 2, 3, 4, 5, 6, 7, 8, 9}};
    private final boolean integers;

    SafeLogAxis(String label) {
        this(label, false);
    }

    SafeLogAxis(String label, boolean integers) {
        super(label);
        this.integers = integers;
        setBase(10);
        setStandardTickUnits(decades());
    }

    /** Whole decades only (10⁻³, 10⁻², …; every 2nd, 5th, … when space is short). */
    private static org.jfree.chart.axis.TickUnits decades() {
        org.jfree.chart.axis.TickUnits units = new org.jfree.chart.axis.TickUnits();
        for (double u : new double[] {1, 2, 3, 5, 10, 20, 25, 50, 100}) {
            units.add(new org.jfree.chart.axis.NumberTickUnit(u, new java.text.DecimalFormat("0")));
        }
        return units;
    }

    @Override
    public void setRange(Range range, boolean turnOffAutoRange, boolean notify) {
        double lo = range.getLowerBound(), hi = range.getUpperBound();
        if (!(hi > lo * (1 + 1e-9)) && hi > 0) {
            range = new Range(hi / 2, hi * 2);
        } else if (!(hi > lo)) {
            range = new Range(1, 10);
        }
        super.setRange(range, turnOffAutoRange, notify);
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        List ticks = super.refreshTicksVertical(g2, dataArea, edge);
        return labelled(ticks) >= 2 ? ticks
                : fineTicks(edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT);
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        List ticks = super.refreshTicksHorizontal(g2, dataArea, edge);
        return labelled(ticks) >= 2 ? ticks
                : fineTicks(edge == RectangleEdge.BOTTOM ? TextAnchor.TOP_CENTER : TextAnchor.BOTTOM_CENTER);
    }

    @SuppressWarnings("rawtypes")
    private static int labelled(List ticks) {
        int n = 0;
        for (Object o : ticks) {
            if (o instanceof ValueTick && ((ValueTick) o).getTickType() == TickType.MAJOR) {
                boolean has = o instanceof LogTick ? ((LogTick) o).getAttributedLabel() != null
                        : ((Tick) o).getText() != null && !((Tick) o).getText().isEmpty();
                if (has) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Ticks at m·10^k inside the range, the coarsest mantissa set giving at least two. */
    private List<NumberTick> fineTicks(TextAnchor anchor) {
        double lo = getLowerBound(), hi = getUpperBound();
        List<NumberTick> out = new ArrayList<>();
        if (!(lo > 0) || !(hi > lo)) {
            return out;
        }
        for (double[] mantissas : MANTISSAS) {
            out.clear();
            for (int k = (int) Math.floor(Math.log10(lo)); k <= (int) Math.ceil(Math.log10(hi)); k++) {
                for (double m : mantissas) {
                    double v = m * Math.pow(10, k);
                    if (v >= lo && v <= hi && (!integers || v == Math.rint(v))) {
                        out.add(new NumberTick(TickType.MAJOR, v, Fmt.eng(v), anchor, anchor, 0.0));
                    }
                }
            }
            if (out.size() >= 2) {
                return out;
            }
        }
        out.clear();
        double first = integers ? Math.ceil(lo) : lo, last = integers ? Math.floor(hi) : hi;
        for (double v : first < last ? new double[] {first, last} : new double[] {first}) {
            if (v >= lo && v <= hi) {
                out.add(new NumberTick(TickType.MAJOR, v, Fmt.eng(v), anchor, anchor, 0.0));
            }
        }
        return out;
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
