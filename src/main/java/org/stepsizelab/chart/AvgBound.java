package org.stepsizelab.chart;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.stepsizelab.core.HistoryTable;
import org.stepsizelab.core.Metric;

/**
 * Theorem 3.2 on the loss chart (docs/MATH.md §4): the running average of the loss,
 * (1/t) Σ_{k<t} L(w_k), and the theorem's bound C·(1 + η²)/(η t) with C fitted as the smallest
 * constant that keeps the bound above the average at every step of the run so far. The Õ of the
 * theorem hides log factors and its constant, so the claim the picture tests is the shape: the
 * average falls like 1/t even while the loss oscillates. Off until {@link #setShown} turns it on
 * ({@code run --avg-bound}, the theory panel's check box).
 *
 * <p>The bound is drawn only when the theorem applies (α > 0, φ' ≤ 1, ‖x_i‖ ≤ 1, data separable
 * through the origin: the theory report decides) and η was not changed during the run; otherwise
 * only the average is drawn, with a note saying why. A history longer than the table keeps exactly
 * counts each bucket as its steps times the midpoint of its minimum and maximum loss.
 */
final class AvgBound implements Overlay {
    private static final int POINTS = 160;
    private final ChartStyle style;
    /** The loss plot, or null when the panel has none (then nothing is drawn). */
    private final XYPlot plot;
    private final int averageIndex;
    private final int boundIndex;
    private final OverlayLabel label;
    private boolean shown;
    private boolean applies;

    AvgBound(PanelPlots plots) {
        style = plots.style();
        plot = plots.plot(ChartKind.LOSS);
        boolean loss = plot != null;
        label = loss ? new OverlayLabel(plot, style, "avg-bound") : null;
        averageIndex = loss ? plots.addLayer(ChartKind.LOSS, null, PanelPlots.line(Palette.run(0), style.dashDot())) : -1;
        boundIndex = loss ? plots.addLayer(ChartKind.LOSS, null,
                PanelPlots.line(Palette.THEORY, ChartStyle.dashed(style.lineWidth(), 9f))) : -1;
    }

    /** The running average and the fitted bound of one run. */
    record Curves(double[] t, double[] average, double c, double eta) {
        double bound(double step) {
            return c * (1 + eta * eta) / (eta * step);
        }
    }

    /**
     * The average at up to {@value #POINTS} log-spaced steps 1 ≤ t ≤ T (the last one included), and
     * the smallest C with C(1 + η²)/(ηt) ≥ average at every step of the table; null for fewer than
     * two rows or a non-finite average.
     */
    static Curves of(HistoryTable t) {
        int rows = t.size() - 1; // the average at t uses the steps before t: the last row ends the run
        if (rows < 1) {
            return null;
        }
        double eta = t.value(Metric.ETA, 0);
        double[] x = new double[rows], avg = new double[rows];
        double sum = 0, c = 0;
        for (int i = 0; i < rows; i++) {
            long steps = t.lastStep(i) - t.firstStep(i) + 1;
            double loss = steps == 1 ? t.value(Metric.LOSS, i)
                    : 0.5 * (t.min(Metric.LOSS, i) + t.max(Metric.LOSS, i));
            sum += steps * loss;
            x[i] = t.lastStep(i) + 1; // the steps 0..lastStep: the average at t = lastStep + 1
            avg[i] = sum / x[i];
            if (!Double.isFinite(avg[i]) || !(eta > 0)) {
                return null;
            }
            c = Math.max(c, avg[i] * eta * x[i] / (1 + eta * eta));
        }
        // log-spaced picks: the average is smooth, so a few points draw it exactly enough
        int[] pick = new int[POINTS + 1];
        int n = 0;
        double lo = Math.log(x[0]), span = Math.log(x[rows - 1]) - lo;
        for (int j = 0, i = 0; j <= POINTS; j++) {
            double target = Math.exp(lo + span * j / POINTS);
            while (i < rows - 1 && x[i] < target * (1 - 1e-12)) {
                i++;
            }
            if (n == 0 || pick[n - 1] != i) {
                pick[n++] = i;
            }
        }
        double[] px = new double[n], py = new double[n];
        for (int j = 0; j < n; j++) {
            px[j] = x[pick[j]];
            py[j] = avg[pick[j]];
        }
        return new Curves(px, py, c, eta);
    }

    boolean shown() {
        return shown;
    }

    boolean applies() {
        return applies;
    }

    /** Turns the overlay on or off; {@code theoremApplies} decides whether the bound itself is drawn. */
    void setShown(boolean on, boolean theoremApplies) {
        shown = on;
        applies = theoremApplies;
    }

    int averageIndex() {
        return averageIndex;
    }

    int boundIndex() {
        return boundIndex;
    }

    @Override
    public void update(ChartData data) {
        if (plot == null) {
            return;
        }
        label.clear();
        Curves k = shown ? of(data.current().table()) : null;
        if (k == null || k.t().length < 2) { // nothing to draw yet, or switched off
            plot.setDataset(averageIndex, null);
            plot.setDataset(boundIndex, null);
            return;
        }
        XYSeries avg = new XYSeries("(1/t)Σ L", false, true);
        for (int i = 0; i < k.t().length; i++) {
            avg.add(k.t()[i], k.average()[i], false);
        }
        plot.setDataset(averageIndex, new XYSeriesCollection(avg));
        double t0 = k.t()[0], t1 = k.t()[k.t().length - 1];
        String text;
        boolean bound = applies && data.etaChanges().isEmpty();
        if (bound) {
            XYSeries b = new XYSeries("Thm 3.2", false, true);
            b.add(t0, k.bound(t0), false);
            b.add(t1, k.bound(t1), false);
            plot.setDataset(boundIndex, new XYSeriesCollection(b));
            text = "Thm 3.2: C(1+η²)/(ηt), C = " + Fmt.eng(k.c());
        } else {
            plot.setDataset(boundIndex, null);
            text = data.etaChanges().isEmpty() ? "Thm 3.2 does not apply here (see Theory): average only"
                    : "η changed: Thm 3.2 is for one η; average only";
        }
        // the bound's name is always drawn; the note that there is none may give way to the curves
        label.show(text, t1, bound ? k.bound(t1) : k.average()[k.t().length - 1], TextAnchor.TOP_RIGHT, !bound);
    }

    @Override
    public void addLegendItems(LegendItemCollection items) {
        if (!shown || averageIndex < 0) {
            return;
        }
        Rectangle2D line = new Rectangle2D.Double(-9, -0.5, 18, 1);
        items.add(new LegendItem("running average (1/t)Σ_{k<t} L(w_k)", null, null, null, line,
                style.dashDot(), Palette.run(0)));
        if (applies) {
            items.add(new LegendItem("Thm 3.2 bound C(1+η²)/(ηt)", null, null, null, line,
                    ChartStyle.dashed(2f, 9f), Palette.THEORY));
        }
    }
}
