package org.stepsizelab.chart;

import java.awt.geom.Rectangle2D;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.stepsizelab.core.PhaseInfo;

/**
 * The phases shaded on every chart (docs/MATH.md §4): the EoS phase [0, s*) in a warm tint, the
 * stable phase [s*, t] in a faint cool one. The top chart names them, EoS at its left edge and the
 * stable phase at its right, so the two names never overlap.
 */
final class PhaseShading implements Overlay {
    private final PanelPlots plots;
    private final Map<ChartKind, IntervalMarker> eos = new EnumMap<>(ChartKind.class);
    private final Map<ChartKind, IntervalMarker> stable = new EnumMap<>(ChartKind.class);

    PhaseShading(PanelPlots plots) {
        this.plots = plots;
        for (ChartKind k : plots.kinds()) {
            IntervalMarker e = new IntervalMarker(0, 0, Palette.EOS_TINT);
            IntervalMarker s = new IntervalMarker(0, 0, Palette.STABLE_TINT);
            for (IntervalMarker m : List.of(e, s)) {
                m.setLabelFont(plots.style().font(0f));
                m.setLabelPaint(Palette.PHASE_LABEL);
                m.setLabelBackgroundColor(Palette.LABEL_CLEAR);
                boolean left = m == e;
                m.setLabelAnchor(left ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
                m.setLabelTextAnchor(left ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
                m.setLabelOffset(new RectangleInsets(4, 6, 4, 6));
                plots.plot(k).addDomainMarker(0, m, Layer.BACKGROUND, false);
            }
            eos.put(k, e);
            stable.put(k, s);
        }
    }

    /** The shaded EoS interval of a chart, as drawn. */
    IntervalMarker eosMarker(ChartKind kind) {
        return eos.get(kind);
    }

    /** The name on the stable phase's shading of the top chart, or null while it has none. */
    String stableLabel() {
        return stable.get(plots.first()).getLabel();
    }

    /** Pixels the stable phase's name takes at the top right of the top chart (0 without a name). */
    double stableLabelHeight() {
        return stableLabel() == null ? 0 : plots.style().font(0f).getSize2D() * 1.3 + 8;
    }

    @Override
    public void update(ChartData d) {
        PhaseInfo p = d.phase();
        double start = plots.style().logX() ? 1 : 0;
        double last = Math.max(p.lastStep(), start);
        double sStar = Math.max(start, p.eosEndStep());
        for (ChartKind k : plots.kinds()) {
            IntervalMarker e = eos.get(k);
            e.setStartValue(start);
            e.setEndValue(p.hasEos() ? sStar : start);
            IntervalMarker s = stable.get(k);
            s.setStartValue(p.hasEos() ? sStar : start);
            s.setEndValue(p.lastStep() < 0 ? start : last);
            if (k == plots.first()) {
                e.setLabel(p.hasEos() ? "EoS phase" : null);
                // no name for a stable phase that has not begun (its interval is empty), nor for one that
                // is only the last steps' sliver (the loss rose until just before the end: no stable
                // phase was seen, and a name in the corner would say otherwise)
                boolean seen = last > sStar && last - sStar >= 0.01 * (last - start);
                s.setLabel(p.lastStep() > 0 && seen ? "stable phase" : null);
            }
        }
    }

    @Override
    public void addLegendItems(LegendItemCollection items) {
        Rectangle2D box = new Rectangle2D.Double(-6, -6, 12, 12);
        items.add(new LegendItem("EoS phase [0, s*)", null, null, null, box, Palette.EOS_SWATCH));
        items.add(new LegendItem("stable phase [s*, t]", null, null, null, box, Palette.STABLE_SWATCH));
    }
}
