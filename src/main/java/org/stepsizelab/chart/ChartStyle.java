package org.stepsizelab.chart;

import java.util.EnumSet;
import java.util.Set;

/**
 * How a panel looks: font size and line width (a "slide" style reads from the back of a room),
 * a log step axis, and which charts it stacks.
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
}
