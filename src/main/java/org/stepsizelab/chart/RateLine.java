package org.stepsizelab.chart;

import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.stepsizelab.core.HistoryTable;
import org.stepsizelab.core.Metric;
import org.stepsizelab.core.PhaseInfo;

/**
 * The stable-phase rate L(w_t) ≲ 1/(η t) (docs/MATH.md §4, the paper's Fig. 2(b)) as a reference
 * line C/(η t) on the loss chart: slope −1 on log-log axes. Off until {@link #setShown} turns it on
 * ({@code run --rate-line}, the theory panel's check box).
 *
 * <p>C is read off the run itself, at the start of the stable phase: the first step s that met
 * Theorem 2.2's stable-phase threshold (from there on L = Θ(1/t)), or s* when the threshold was
 * never met; C = η·s·L(w_s), so the line passes through the loss there and shows whether the
 * curve keeps the 1/t slope after it.
 */
final class RateLine implements Overlay {
    /** The loss plot, or null when the panel has none (then the line is never drawn). */
    private final XYPlot plot;
    private final int index;
    private final OverlayLabel label;
    private boolean shown;

    RateLine(PanelPlots plots) {
        plot = plots.plot(ChartKind.LOSS);
        index = plot == null ? -1 : plots.addLayer(ChartKind.LOSS, null,
                PanelPlots.line(Palette.THEORY, plots.style().dotted()));
        label = plot == null ? null : new OverlayLabel(plot, plots.style(), "rate-line");
    }

    /** y = c/(η t) from t0 to t1. */
    public record Line(double t0, double t1, double c, double eta) {
        public double at(double t) {
            return c / (eta * t);
        }
    }

    /** The line for a run so far, or null when there is no stable phase to anchor it yet. */
    public static Line of(HistoryTable t, PhaseInfo p) {
        if (t.isEmpty() || p.lastStep() < 2) {
            return null;
        }
        long anchor = p.stableStep() != null ? p.stableStep() : p.eosEndStep();
        anchor = Math.max(1, anchor);
        long last = t.lastStep(t.size() - 1);
        if (last <= anchor) {
            return null;
        }
        int i = t.indexOfStep(anchor);
        double loss = t.value(Metric.LOSS, i);
        double eta = t.value(Metric.ETA, i);
        double at = t.firstStep(i); // the exact step of the row read (equal to anchor while the table is exact)
        if (!(loss > 0) || !(eta > 0) || !Double.isFinite(loss) || at < 1) {
            return null;
        }
        return new Line(at, last, eta * at * loss, eta);
    }

    boolean shown() {
        return shown;
    }

    void setShown(boolean on) {
        shown = on;
    }

    /** The index of the line's dataset on the loss plot (-1 without a loss chart). */
    int datasetIndex() {
        return index;
    }

    @Override
    public void update(ChartData data) {
        if (plot == null) {
            return;
        }
        label.clear();
        Line l = shown ? of(data.current().table(), data.phase()) : null;
        if (l == null) {
            if (plot.getDataset(index) != null) {
                plot.setDataset(index, null); // off: no dataset at all, so nothing enters the axis range
            }
            return;
        }
        XYSeries s = new XYSeries("C/(ηt)", false, true);
        int points = 64; // log-spaced: straight on log axes, smooth on linear ones
        for (int k = 0; k <= points; k++) {
            double t = l.t0() * Math.pow(l.t1() / l.t0(), (double) k / points);
            s.add(t, l.at(t), false);
        }
        plot.setDataset(index, new XYSeriesCollection(s));
        label.show("C/(ηt), C = " + Fmt.eng(l.c()), l.t1(), l.at(l.t1()), TextAnchor.BOTTOM_RIGHT);
    }
}
