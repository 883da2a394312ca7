package org.stepsizelab.chart;

import java.awt.Color;
import java.util.List;
import org.jfree.data.Range;
import org.stepsizelab.core.HistoryTable;
import org.stepsizelab.core.Metric;

/** The charts of a panel, top to bottom, with the paper's symbols and the metric each one draws. */
public enum ChartKind {
    LOSS(Metric.LOSS, "L(w_t)", "training loss L(w_t) = (1/n) Σ ℓ(y_i f(w_t; x_i)), log scale", 3, true),
    NORM(Metric.NORM, "‖w_t‖", "parameter norm ‖w_t‖ (Frobenius); Θ(log t) in the stable phase (Thm 2.2)", 2, false),
    MARGIN(Metric.MARGIN, "γ̄(w_t)", "normalized margin γ̄(w_t) = min_i y_i f(w_t; x_i) / ‖w_t‖^M (M = 1 for the"
            + " two-layer net, L for an L-layer MLP; the axis names it); rises in the stable phase", 2, false),
    ACCURACY(Metric.ACCURACY, "accuracy", "fraction of points classified correctly (train; test when a split exists)",
            1, false),
    /**
     * Every run's held-out test accuracy (runs with a split; drawn through its measured steps). Not
     * in the app's panel, whose accuracy chart shows the current run's test accuracy dashed;
     * {@code run --charts} picks it, e.g. for the paper's Fig. 1 (risk, margin, test accuracy).
     */
    TEST_ACCURACY(Metric.TEST_ACCURACY, "test accuracy", "fraction of held-out test points classified correctly,"
            + " every run", 2, false),
    SHARPNESS(Metric.SHARPNESS, "λ_max(∇²L)", "sharpness λ_max(∇²L(w_t)) against the stability threshold 2/η", 2,
            true);

    /** The metric each run draws on this chart. */
    public final Metric metric;
    public final String axisLabel;
    public final String description;
    /** Share of the panel's height. */
    public final int weight;
    public final boolean logY;
    /** A value range that does not follow the data (accuracy: 0 to 1), or null. */
    final Range fixedRange;

    ChartKind(Metric metric, String axisLabel, String description, int weight, boolean logY) {
        this.metric = metric;
        this.axisLabel = axisLabel;
        this.description = description;
        this.weight = weight;
        this.logY = logY;
        this.fixedRange = metric == Metric.ACCURACY || metric == Metric.TEST_ACCURACY ? new Range(-0.02, 1.02) : null;
    }

    /** The axis label for these data: the margin chart's names the power M its runs divide by. */
    public String axisLabel(ChartData d) {
        return this == MARGIN ? axisLabel + marginPowerNote(d) : axisLabel;
    }

    /**
     * Which M the runs' normalized margin min_i y_i f/‖w‖^M uses, for the margin axis: ", M = 4"
     * when every run of {@code d} uses the same M, ", M = 4, 1 (by run)" in legend order when they
     * differ, "" when no run says (the one place that text is built; the TeX export uses it too).
     */
    public static String marginPowerNote(ChartData d) {
        List<String> powers = new java.util.ArrayList<>();
        if (d.current() != null) {
            powers.add(power(d.current().marginPower()));
        }
        for (ChartSeries s : d.pinned()) {
            powers.add(power(s.marginPower()));
        }
        powers.removeIf(java.util.Objects::isNull);
        if (powers.isEmpty()) {
            return "";
        }
        if (powers.stream().distinct().count() == 1) {
            return ", M = " + powers.get(0);
        }
        return ", M = " + String.join(", ", powers) + " (by run)";
    }

    private static String power(double m) {
        if (!Double.isFinite(m)) {
            return null;
        }
        return m == Math.rint(m) && Math.abs(m) < 1e6 ? Long.toString((long) m) : Fmt.eng(m);
    }

    /**
     * Series of the current run drawn after every run's main series, dashed: the test accuracy when
     * there is a split, the stability threshold 2/η against the sharpness.
     */
    List<EnvelopeDataset.Source> extras(HistoryTable current) {
        switch (this) {
            case ACCURACY:
                return current.hasAny(Metric.TEST_ACCURACY)
                        ? List.of(new EnvelopeDataset.Source("test", current, Metric.TEST_ACCURACY, null))
                        : List.of();
            case SHARPNESS:
                return List.of(new EnvelopeDataset.Source("2/η", current, Metric.ETA, v -> 2.0 / v));
            default:
                return List.of();
        }
    }

    /** The colour of the extra series: the theory's for 2/η, the current run's for its test accuracy. */
    Color extraPaint() {
        return this == SHARPNESS ? Palette.THEORY : Palette.run(0);
    }
}
