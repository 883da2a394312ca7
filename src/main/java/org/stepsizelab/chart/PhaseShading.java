package org.stepsizelab.chart;

import java.awt.geom.Rectangle2D;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.ui.Layer;
import org.stepsizelab.core.PhaseInfo;

/**
 * The phases shaded on every chart (docs/MATH.md §4): the EoS phase [0, s*) in a warm tint, the
 * stable phase [s*, t] in a faint cool one. The top chart names them, EoS at its band's left edge and
 * the stable phase at its right, each at the top of the chart or, where a curve runs there, lower
 * down where none does ({@link PlacedLabels}: the EoS spike fills the top left of the loss chart).
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
        return PlacedLabels.on(plots.plot(plots.first())).text(STABLE);
    }

    static final String EOS = "phase.eos", STABLE = "phase.stable";
    /** The heights a phase's name tries, in order: 0 the top of the chart, 1 its bottom. */
    private static final double[] HEIGHTS = {0, 1, 0.125, 0.875, 0.25, 0.75, 0.375, 0.625, 0.5};
    /** Where across its band a phase's name tries to go: 0 at the band's own edge, 1 at the other. */
    private static final double[] ACROSS = {0, 0.5, 1};

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
        }
        PlacedLabels names = PlacedLabels.on(plots.plot(plots.first()));
        name(names, EOS, p.hasEos() ? "EoS phase" : null, eos.get(plots.first()), true);
        // no name for a stable phase that has not begun (its interval is empty), nor for one that is only
        // the last steps' sliver (the loss rose until just before the end: no stable phase was seen, and a
        // name in the corner would say otherwise)
        boolean seen = last > sStar && last - sStar >= 0.01 * (last - start);
        name(names, STABLE, p.lastStep() > 0 && seen ? "stable phase" : null, stable.get(plots.first()), false);
    }

    /**
     * Names a band: inside its left edge (EoS) or its right edge (stable phase), at the top of the
     * chart, else at the bottom, else further in across the band and at heights in between — the
     * first spot no curve crosses; left out (the legend names both phases) where there is none.
     */
    private void name(PlacedLabels names, String key, String text, IntervalMarker band, boolean left) {
        if (text == null) {
            names.remove(key);
            return;
        }
        List<PlacedLabels.Spot> spots = new java.util.ArrayList<>();
        for (double f : HEIGHTS) {
            for (double across : ACROSS) {
                spots.add((area, plot, w, h) -> {
                    ValueAxis x = plot.getDomainAxis();
                    double x0 = x.valueToJava2D(band.getStartValue(), area, plot.getDomainAxisEdge());
                    double x1 = x.valueToJava2D(band.getEndValue(), area, plot.getDomainAxisEdge());
                    if (!Double.isFinite(x0) || !Double.isFinite(x1)) {
                        return null;
                    }
                    x0 = Math.max(area.getMinX(), Math.min(area.getMaxX(), x0));
                    x1 = Math.max(area.getMinX(), Math.min(area.getMaxX(), x1));
                    double room = x1 - x0 - 6 - w; // how far the name can move inside the band
                    if (across > 0 && room <= 0) {
                        return null;
                    }
                    double bx = left ? x0 + 3 + across * room : x1 - 3 - w - across * room;
                    double by = area.getMinY() + 3 + f * (area.getHeight() - 6 - h);
                    return new Rectangle2D.Double(bx, by, w, h);
                });
            }
        }
        names.put(key, new PlacedLabels.Label(text, plots.style().font(0f), Palette.PHASE_LABEL, left ? 2 : 3, true,
                spots));
    }

    @Override
    public void addLegendItems(LegendItemCollection items) {
        Rectangle2D box = new Rectangle2D.Double(-6, -6, 12, 12);
        items.add(new LegendItem("EoS phase [0, s*)", null, null, null, box, Palette.EOS_SWATCH));
        items.add(new LegendItem("stable phase [s*, t]", null, null, null, box, Palette.STABLE_SWATCH));
    }
}
