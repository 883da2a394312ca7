package org.stepsizelab.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.TextAnchor;

/**
 * The one text label an overlay keeps on a plot (the rate line's "C/(ηt), C = …", Theorem 3.2's
 * note), in the theory colour and the panel's font one point smaller. It is placed with the plot's
 * other names ({@link PlacedLabels}): first where the overlay asks (its anchor at a point of its
 * line), else the nearest of some spots around that point where no curve and no other label is —
 * at a fixed place the rate line's label sat on the loss curve it runs beside — and failing those,
 * the first free place of a grid over the chart.
 */
final class OverlayLabel {
    /** Where to try, in box widths and heights from the asked place, in order. */
    private static final double[][] OFFSETS = {
        {0, 0}, {0, -1}, {0, 1}, {0, -2}, {0, 2}, {-0.5, -1}, {-0.5, 1}, {-1, 0}, {-1, -1}, {-1, 1},
        {0, -3}, {0, 3}, {-1, -2}, {-1, 2}, {-2, 0},
    };
    /** The fallback grid: heights from the top (0) to the bottom (1), and from the right (0) leftwards. */
    private static final double[] ROWS = {0, 1, 0.15, 0.85, 0.3, 0.7, 0.5};
    private static final double[] ACROSS = {0, 0.25, 0.5, 0.75, 1};
    /** After the theorems' threshold names (0, 1) and the phase names (2, 3). */
    private static final int PRIORITY = 4;

    private final XYPlot plot;
    private final ChartStyle style;
    private final String key;

    OverlayLabel(XYPlot plot, ChartStyle style, String key) {
        this.plot = plot;
        this.style = style;
        this.key = key;
    }

    /** Takes the label off (the panel's update fires the plot's one change event). */
    void clear() {
        PlacedLabels.on(plot).remove(key);
    }

    /** Shows {@code text} with its {@code anchor} (a right anchor: top or bottom) at (x, y) of the plot's axes, if free. */
    void show(String text, double x, double y, TextAnchor anchor) {
        show(text, x, y, anchor, false);
    }

    /**
     * As {@link #show(String, double, double, TextAnchor)}; an {@code optional} label (a note the
     * THEORY panel gives too) is left out where every spot lies on a curve, instead of drawn on one.
     */
    void show(String text, double x, double y, TextAnchor anchor, boolean optional) {
        boolean below = anchor == TextAnchor.TOP_RIGHT || anchor == TextAnchor.TOP_LEFT || anchor == TextAnchor.TOP_CENTER;
        List<PlacedLabels.Spot> spots = new ArrayList<>();
        for (double[] o : OFFSETS) {
            spots.add((area, p, w, h) -> {
                double px = p.getDomainAxis().valueToJava2D(x, area, p.getDomainAxisEdge());
                double py = p.getRangeAxis().valueToJava2D(y, area, p.getRangeAxisEdge());
                if (!Double.isFinite(px) || !Double.isFinite(py)) {
                    return null;
                }
                double bx = px - w + o[0] * w;
                double by = (below ? py : py - h) + o[1] * h;
                bx = Math.max(area.getMinX() + 2, Math.min(area.getMaxX() - 2 - w, bx));
                by = Math.max(area.getMinY() + 2, Math.min(area.getMaxY() - 2 - h, by));
                return new Rectangle2D.Double(bx, by, w, h);
            });
        }
        // then anywhere on the chart, rows from the top and the bottom inwards, right to left
        for (double row : ROWS) {
            for (double across : ACROSS) {
                spots.add((area, p, w, h) -> {
                    double bx = area.getMaxX() - 2 - w - across * Math.max(0, area.getWidth() - 4 - w);
                    double by = area.getMinY() + 2 + row * Math.max(0, area.getHeight() - 4 - h);
                    return new Rectangle2D.Double(bx, by, w, h);
                });
            }
        }
        PlacedLabels.on(plot).put(key, new PlacedLabels.Label(text, style.font(-1f), Palette.THEORY, PRIORITY, optional, spots));
    }
}
