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
    MARGIN(Metric.MARGIN, "γ̄(w_t)", "normalized margin γ̄(w_t) = min_i y_i f(w_t; x_i) / ‖w_t‖; rises in the stable phase",
            2, false),
    ACCURACY(Metric.ACCURACY, "accuracy", "fraction of points classified correctly (train; test when a split exists)",
            1, false),
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
        this.fixedRange = metric == Metric.ACCURACY ? new Range(-0.02, 1.02) : null;
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
