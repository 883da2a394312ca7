package org.stepsizelab.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Shrinks an axis label that is longer than its axis. JFreeChart centres the label on its axis and
 * lets it run over the ends: in the stacked panel a short subplot's rotated label ("γ̄(w_t), M = 1"
 * in slide style at 1280×720) then ran into its neighbour's. The label keeps its font down to
 * {@value #MIN_SCALE} of its size; only then may it overflow. One per axis: the axis asks it for its
 * label font and draws its label through {@link #drawing}.
 */
final class AxisLabelFit {
    static final float MIN_SCALE = 0.6f;
    /** The part of the axis's length a label may take, leaving a little air at each end. */
    private static final double ROOM = 0.96;

    /** Set while an axis draws its label: the label's font, shrunk to fit; null otherwise. */
    private Font fitted;

    /** The font the axis reports: while its label draws, the fitted one. */
    Font labelFont(Font own) {
        return fitted != null ? fitted : own;
    }

    /** Runs the axis's own {@code drawLabel} with the label's font fitted to {@code dataArea}. */
    org.jfree.chart.axis.AxisState drawing(Font own, String label, Graphics2D g2, Rectangle2D dataArea,
            RectangleEdge edge, java.util.function.Supplier<org.jfree.chart.axis.AxisState> draw) {
        fitted = fitted(own, label, g2, dataArea, edge);
        try {
            return draw.get();
        } finally {
            fitted = null;
        }
    }

    /** The font to draw {@code label} with along {@code dataArea}'s side, or null when {@code font} fits. */
    static Font fitted(Font font, String label, Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        if (font == null || label == null || label.isEmpty() || dataArea == null) {
            return null;
        }
        double room = ROOM * (RectangleEdge.isLeftOrRight(edge) ? dataArea.getHeight() : dataArea.getWidth());
        double width = font.getStringBounds(label, g2.getFontRenderContext()).getWidth();
        if (!(room > 0) || width <= room) {
            return null;
        }
        float scale = (float) Math.max(MIN_SCALE, room / width);
        return font.deriveFont(font.getSize2D() * scale);
    }
}
