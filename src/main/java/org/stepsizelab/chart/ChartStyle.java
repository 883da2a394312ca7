package org.stepsizelab.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Stroke;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a panel looks: font size and line width (a "slide" style reads from the back of a room),
 * a log step axis, and which charts it stacks. With {@link Palette} the one source of the charts'
 * fonts and strokes: overlays ask here rather than building their own.
 */
public record ChartStyle(float fontSize, float lineWidth, boolean logX, Set<ChartKind> kinds) {

    public ChartStyle {
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("a panel needs at least one chart");
        }
        kinds = Set.copyOf(kinds);
    }

    /** For a screen: 13 pt text, 1.6 px lines, loss/norm/margin/accuracy. */
    public static ChartStyle screen() {
        return new ChartStyle(13f, 1.6f, false,
                EnumSet.of(ChartKind.LOSS, ChartKind.NORM, ChartKind.MARGIN, ChartKind.ACCURACY));
    }

    /** For slides and projectors: larger text, thicker lines. */
    public static ChartStyle slide() {
        return screen().withSlide(true);
    }

    public boolean slideStyle() {
        return fontSize >= 18f;
    }

    public ChartStyle withSlide(boolean on) {
        return new ChartStyle(on ? 20f : 13f, on ? 3.0f : 1.6f, logX, kinds);
    }

    public ChartStyle withLogX(boolean on) {
        return new ChartStyle(fontSize, lineWidth, on, kinds);
    }

    public ChartStyle withKinds(Set<ChartKind> k) {
        return new ChartStyle(fontSize, lineWidth, logX, k);
    }

    public ChartStyle withKind(ChartKind k, boolean shown) {
        EnumSet<ChartKind> set = EnumSet.copyOf(kinds);
        if (shown) {
            set.add(k);
        } else {
            set.remove(k);
        }
        return set.isEmpty() ? this : withKinds(set);
    }

    /** The charts' font, {@code delta} points larger (or smaller) than the style's size. */
    public Font font(float delta) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(fontSize + delta));
    }

    /** The font of the labels overlays put on the plot (threshold names). */
    public Font labelFont() {
        return font(-2f);
    }

    /** A run's line, {@code scale} times the style's width. */
    public Stroke line(float scale) {
        return new BasicStroke(lineWidth * scale, BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL);
    }

    /** A dashed line of the given width: dashes of {@code dash}, gaps of 0.7 dash. */
    public static Stroke dashed(float width, float dash) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {dash, dash * 0.7f}, 0f);
    }

    /** A dotted theory line at the style's width (the rate lines). */
    public Stroke dotted() {
        float w = lineWidth;
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {2f * w, 3f * w}, 0f);
    }

    /** A thin dash-dot line in a run's colour: a curve derived from the run (its running average). */
    public Stroke dashDot() {
        float w = lineWidth;
        return new BasicStroke(0.8f * w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {6f * w, 2f * w, 1f * w, 2f * w}, 0f);
    }

    /**
     * A hairline of one whole pixel (grid lines, plot outlines): JFreeChart's default 0.5 is drawn
     * with crisp edges, which SVG viewers round away on the top and right sides.
     */
    public static final Stroke HAIRLINE = new BasicStroke(1f);
    /** The short line of a run's legend entry. */
    public static final Stroke LEGEND_LINE = new BasicStroke(3f);
}
