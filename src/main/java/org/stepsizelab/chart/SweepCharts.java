package org.stepsizelab.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.stepsizelab.core.theory.LogLogFit;
import org.stepsizelab.core.theory.SweepFits;
import org.stepsizelab.core.theory.SweepResult;

/**
 * The sweep charts (JFreeChart only, no JavaFX: the app shows them, the exporter writes them):
 * final loss vs η, the EoS length s* vs η with its measured slope and Theorem 4.1's upper envelope, and final loss vs
 * the budget T for η ∝ T against a fixed η, with slope −2 and −1 guides (Corollary 4.2, Theorem 4.3).
 * All on log-log axes; diverged and cancelled runs are left out and counted in a subtitle.
 */
public final class SweepCharts {
    private SweepCharts() {}

    /** Text size and line width: 13/1.6 for a screen, 20/3 for slides (as the run charts). */
    public record Look(float fontSize, float lineWidth) {
        public static Look screen() {
            return new Look(13f, 1.6f);
        }

        public static Look slide() {
            return new Look(20f, 3f);
        }
    }

    // Okabe–Ito colours, as the run charts use them
    static final Color BLUE = new Color(0x0072B2);
    static final Color VERMILLION = new Color(0xD55E00);
    static final Color GREEN = new Color(0x009E73);
    static final Color GREY = new Color(0x444444);

    /** Final loss vs η at a fixed budget; runs with an EoS phase (s* > 0) drawn apart from monotone ones. */
    public static JFreeChart finalLossVsEta(List<SweepResult> results, Look look) {
        XYSeries all = new XYSeries("final loss L(w_T)", false, true);
        XYSeries eos = new XYSeries("with an EoS phase (s* > 0)", false, true);
        XYSeries mono = new XYSeries("monotone (s* = 0)", false, true);
        for (SweepResult r : usable(results)) {
            if (r.finalLoss() > 0) {
                all.add(r.eta(), r.finalLoss(), false);
                (r.eosEndStep() > 0 ? eos : mono).add(r.eta(), r.finalLoss(), false);
            }
        }
        XYSeriesCollection c = collection(all, mono, eos);
        XYLineAndShapeRenderer rr = renderer(look);
        line(rr, 0, BLUE, look, false);
        points(rr, 1, BLUE, circle(look));
        points(rr, 2, VERMILLION, square(look));
        JFreeChart chart = chart("Final loss vs stepsize", c, rr, "η", "L(w_T)", look);
        subtitle(chart, results, look, slopeText("slope", SweepFits.finalLossVsEta(results)));
        return chart;
    }

    /**
     * s* vs η for the runs with an EoS phase and their least-squares line (a measurement). Theorem
     * 4.1 bounds s* from above (s* ≤ τ = Θ(max{c₁η, c₂n, …})) and predicts no slope, so where it
     * applies the chart draws τ's large-η shape as an upper envelope C·η (the smallest C above every
     * point); where it does not ({@code notApplying} says why, e.g. XOR's γ = 0) no theorem line is drawn.
     */
    public static JFreeChart eosLengthVsEta(List<SweepResult> results, String notApplying, Look look) {
        XYSeries pts = new XYSeries("measured s*", false, true);
        double lo = Double.POSITIVE_INFINITY, hi = 0;
        for (SweepResult r : usable(results)) {
            if (r.eosEndStep() > 0) {
                pts.add(r.eta(), r.eosEndStep(), false);
                lo = Math.min(lo, r.eta());
                hi = Math.max(hi, r.eta());
            }
        }
        LogLogFit fit = SweepFits.eosLengthVsEta(results);
        XYSeries fitted = new XYSeries(slopeText("least-squares fit (measured): slope", fit), false, true);
        XYSeries envelope = new XYSeries("upper envelope C·η: the shape of τ (Thm 4.1: s* ≤ τ)", false, true);
        if (!Double.isNaN(fit.slope())) {
            fitted.add(lo, fit.at(lo), false);
            fitted.add(hi, fit.at(hi), false);
        }
        double c = SweepFits.envelopeConstant(results);
        if (notApplying == null && !Double.isNaN(c) && hi > lo) {
            envelope.add(lo, c * lo, false);
            envelope.add(hi, c * hi, false);
        }
        XYSeriesCollection data = notApplying == null ? collection(pts, fitted, envelope) : collection(pts, fitted);
        XYLineAndShapeRenderer rr = renderer(look);
        points(rr, 0, VERMILLION, square(look));
        line(rr, 1, BLUE, look, false);
        line(rr, 2, GREY, look, true);
        JFreeChart chart = chart("EoS length s* vs stepsize", data, rr, "η", "s*", look);
        int none = 0;
        for (SweepResult r : usable(results)) {
            none += r.eosEndStep() == 0 ? 1 : 0;
        }
        String left = none == 0 ? "" : none + " run(s) without EoS (s* = 0) not shown";
        String theorem = notApplying == null ? "" : "Theorem 4.1 does not apply (" + notApplying + "): no theorem line";
        subtitle(chart, results, look, theorem.isEmpty() ? left : left.isEmpty() ? theorem : theorem + "   " + left);
        return chart;
    }

    /**
     * Final loss vs T for the η ∝ T schedule and for a fixed η, with guides of slope −2 (Corollary 4.2)
     * and −1 (Theorem 4.3) through each series' first point.
     */
    public static JFreeChart finalLossVsSteps(List<SweepResult> proportional, String proportionalLabel,
            List<SweepResult> fixed, String fixedLabel, Look look) {
        return finalLossVsSteps(proportional, proportionalLabel, fixed, fixedLabel, null, look);
    }

    /**
     * As above; where {@code notApplying} says why Corollary 4.2 does not apply (e.g. XOR's γ = 0),
     * its slope −2 guide is left out and the subtitle says so.
     */
    public static JFreeChart finalLossVsSteps(List<SweepResult> proportional, String proportionalLabel,
            List<SweepResult> fixed, String fixedLabel, String notApplying, Look look) {
        XYSeries a = series(proportionalLabel, proportional);
        XYSeries b = series(fixedLabel, fixed);
        XYSeries g2 = notApplying == null ? guide("slope −2: O(1/T²) (Cor 4.2)", a, -2)
                : new XYSeries("", false, true);
        XYSeries g1 = guide("slope −1: Ω(1/T) (Thm 4.3)", b, -1);
        XYSeriesCollection c = collection(a, b, g2, g1);
        XYLineAndShapeRenderer rr = renderer(look);
        line(rr, 0, VERMILLION, look, false);
        rr.setSeriesShapesVisible(0, true);
        rr.setSeriesShape(0, square(look));
        line(rr, 1, BLUE, look, false);
        rr.setSeriesShapesVisible(1, true);
        rr.setSeriesShape(1, circle(look));
        line(rr, 2, VERMILLION, look, true);
        line(rr, 3, BLUE, look, true);
        rr.setSeriesVisibleInLegend(2, notApplying == null);
        JFreeChart chart = chart("Final loss vs budget T", c, rr, "T (steps)", "L(w_T)", look);
        String s = slopeText(proportionalLabel + ": slope", SweepFits.finalLossVsSteps(proportional)) + "   "
                + slopeText(fixedLabel + ": slope", SweepFits.finalLossVsSteps(fixed))
                + (notApplying == null ? "" : "   Corollary 4.2 does not apply (" + notApplying + "): no −2 guide");
        subtitle(chart, concat(proportional, fixed), look, s);
        return chart;
    }

    private static XYSeries series(String key, List<SweepResult> results) {
        XYSeries s = new XYSeries(key, false, true);
        for (SweepResult r : usable(results)) {
            if (r.finalLoss() > 0) {
                s.add(r.steps(), r.finalLoss(), false);
            }
        }
        return s;
    }

    private static XYSeries guide(String key, XYSeries through, double slope) {
        XYSeries g = new XYSeries(key, false, true);
        if (through.getItemCount() >= 2) {
            double x0 = through.getMinX(), x1 = through.getMaxX();
            double y0 = through.getY(0).doubleValue();
            double xFirst = through.getX(0).doubleValue();
            g.add(x0, y0 * Math.pow(x0 / xFirst, slope), false);
            g.add(x1, y0 * Math.pow(x1 / xFirst, slope), false);
        }
        return g;
    }

    private static List<SweepResult> usable(List<SweepResult> results) {
        return results.stream().filter(r -> !r.diverged() && !r.cancelled() && Double.isFinite(r.finalLoss())).toList();
    }

    private static List<SweepResult> concat(List<SweepResult> a, List<SweepResult> b) {
        java.util.ArrayList<SweepResult> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    static String slopeText(String what, LogLogFit f) {
        if (Double.isNaN(f.slope())) {
            return what + " n/a";
        }
        return String.format(Locale.ROOT, "%s %.2f (R² %.2f)", what, f.slope(), f.r2());
    }

    private static XYSeriesCollection collection(XYSeries... s) {
        XYSeriesCollection c = new XYSeriesCollection();
        for (XYSeries x : s) {
            c.addSeries(x);
        }
        return c;
    }

    private static XYLineAndShapeRenderer renderer(Look look) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setAutoPopulateSeriesStroke(false);
        r.setAutoPopulateSeriesPaint(false);
        return r;
    }

    private static void line(XYLineAndShapeRenderer r, int i, Color c, Look look, boolean dashed) {
        r.setSeriesPaint(i, c);
        r.setSeriesLinesVisible(i, true);
        r.setSeriesShapesVisible(i, false);
        r.setSeriesStroke(i, dashed
                ? new BasicStroke(look.lineWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                        new float[] {6f * look.lineWidth(), 4f * look.lineWidth()}, 0f)
                : new BasicStroke(look.lineWidth(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    }

    private static void points(XYLineAndShapeRenderer r, int i, Color c, Shape s) {
        r.setSeriesPaint(i, c);
        r.setSeriesLinesVisible(i, false);
        r.setSeriesShapesVisible(i, true);
        r.setSeriesShape(i, s);
    }

    private static Shape circle(Look look) {
        double d = 3 * look.lineWidth() + 4;
        return new Ellipse2D.Double(-d / 2, -d / 2, d, d);
    }

    private static Shape square(Look look) {
        double d = 3 * look.lineWidth() + 4;
        return new Rectangle2D.Double(-d / 2, -d / 2, d, d);
    }

    private static JFreeChart chart(String title, XYSeriesCollection data, XYLineAndShapeRenderer r, String xLabel,
            String yLabel, Look look) {
        Font tick = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(look.fontSize()));
        Font label = new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(look.fontSize() * 1.1f));
        LogAxis x = logAxis(xLabel, tick, label);
        LogAxis y = logAxis(yLabel, tick, label);
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        JFreeChart chart = new JFreeChart(title, new Font(Font.SANS_SERIF, Font.BOLD, Math.round(look.fontSize() * 1.2f)),
                plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setItemFont(tick);
        return chart;
    }

    private static LogAxis logAxis(String label, Font tick, Font labelFont) {
        LogAxis a = new LogAxis(label);
        a.setBase(10);
        a.setSmallestValue(1e-300);
        a.setTickLabelFont(tick);
        a.setLabelFont(labelFont);
        a.setNumberFormatOverride(new PowerOfTenFormat());
        // ticks at whole decades only, with minor marks at 2…9: no labels like 10^3.2 or 1585
        a.setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        a.setMinorTickCount(9);
        a.setMinorTickMarksVisible(true);
        return a;
    }

    private static void subtitle(JFreeChart chart, List<SweepResult> results, Look look, String text) {
        long left = results.stream().filter(r -> r.diverged() || r.cancelled()).count();
        String s = text + (left == 0 ? "" : (text.isEmpty() ? "" : "   ") + left + " diverged/cancelled run(s) left out");
        if (!s.isEmpty()) {
            chart.addSubtitle(new TextTitle(s, new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(look.fontSize()))));
        }
    }

    /** Tick labels: 10⁴ at whole decades, otherwise the plain value (1585), never 10^3.2. */
    static final class PowerOfTenFormat extends TickFormat {
        @Override
        public StringBuffer format(double v, StringBuffer sb, java.text.FieldPosition pos) {
            double l = Math.log10(v);
            long r = Math.round(l);
            if (Math.abs(l - r) < 1e-9) {
                return sb.append(r == 0 ? "1" : r == 1 ? "10" : "10" + Fmt.superscript(r));
            }
            if (l >= -3 && l < 5) { // 3 significant digits, plain: 1585, 0.0316
                return sb.append(new java.math.BigDecimal(v).round(new java.math.MathContext(3))
                        .stripTrailingZeros().toPlainString());
            }
            return sb.append(String.format(Locale.ROOT, "%.2e", v));
        }
    }
}
