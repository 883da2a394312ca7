package org.stepsizelab.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.stepsizelab.core.HistoryTable;
import org.stepsizelab.core.Metric;
import org.stepsizelab.core.PhaseInfo;

/**
 * The stable-phase rate L(w_t) ≲ 1/(η t) (docs/MATH.md §4) as a reference line C/(η t) on the loss
 * chart: slope −1 on log-log axes.
 *
 * <p>C is read off the run itself, at the start of the stable phase: the first step s that met
 * Theorem 2.2's stable-phase threshold (from there on L = Θ(1/t)), or s* when the threshold was
 * never met; C = η·s·L(w_s), so the line passes through the loss there and shows whether the
 * curve keeps the 1/t slope after it.
 *
 * <p>The line is part of the panel's state ({@link LabChart#setRateLine}): it is redrawn inside
 * {@link LabChart#update}, in the same chart-change event as the data, so it costs no redraw of
 * its own.
 */
public final class RateLine {
    private RateLine() {}

    /** The loss plot's dataset and renderer slot for the line (LabChart uses the low indices). */
    static final int DATASET_INDEX = 9;

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

    /** Shows or hides the line on the panel's loss chart (one chart-change event at most). */
    public static void show(LabChart lab, boolean on) {
        lab.setRateLine(on);
    }

    /**
     * Puts the line for {@code data} on the loss plot (or takes it off when {@code on} is false or
     * there is no line yet), replacing the label {@code oldLabel} it drew last time. Fires plot
     * events: call with the chart's notification off. Returns the new label, or null.
     */
    static XYTextAnnotation draw(XYPlot plot, ChartData data, ChartStyle style, boolean on,
            XYTextAnnotation oldLabel) {
        if (oldLabel != null) {
            plot.removeAnnotation(oldLabel, false);
        }
        Line line = on ? of(data.current().table(), data.phase()) : null;
        if (line == null) {
            if (plot.getDataset(DATASET_INDEX) != null) {
                plot.setDataset(DATASET_INDEX, null);
            }
            return null;
        }
        XYSeries s = new XYSeries("C/(ηt)", false, true);
        int points = 64; // log-spaced: straight on log axes, smooth on linear ones
        for (int k = 0; k <= points; k++) {
            double t = line.t0() * Math.pow(line.t1() / line.t0(), (double) k / points);
            s.add(t, line.at(t), false);
        }
        if (plot.getRenderer(DATASET_INDEX) == null) {
            XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
            float w = style.lineWidth();
            r.setSeriesPaint(0, Palette.THEORY);
            r.setSeriesStroke(0, new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                    new float[] {2f * w, 3f * w}, 0f));
            plot.setRenderer(DATASET_INDEX, r);
        }
        plot.setDataset(DATASET_INDEX, new XYSeriesCollection(s));
        XYTextAnnotation label = new XYTextAnnotation("C/(ηt), C = " + Fmt.eng(line.c()), line.t1(), line.at(line.t1()));
        label.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(style.fontSize() - 1)));
        label.setPaint(Palette.THEORY);
        label.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addAnnotation(label, false);
        return label;
    }
}
