package org.stepsizelab.chart;

/** The charts of a panel, top to bottom, with the paper's symbols. */
public enum ChartKind {
    LOSS("L(w_t)", "training loss L(w_t) = (1/n) Σ ℓ(y_i f(w_t; x_i)), log scale", 3, true),
    NORM("‖w_t‖", "parameter norm ‖w_t‖ (Frobenius); Θ(log t) in the stable phase (Thm 2.2)", 2, false),
    MARGIN("γ̄(w_t)", "normalized margin γ̄(w_t) = min_i y_i f(w_t; x_i) / ‖w_t‖; rises in the stable phase", 2, false),
    ACCURACY("accuracy", "fraction of points classified correctly (train; test when a split exists)", 1, false),
    SHARPNESS("λ_max(∇²L)", "sharpness λ_max(∇²L(w_t)) against the stability threshold 2/η", 2, true);

    public final String axisLabel;
    public final String description;
    /** Share of the panel's height. */
    public final int weight;
    public final boolean logY;

    ChartKind(String axisLabel, String description, int weight, boolean logY) {
        this.axisLabel = axisLabel;
        this.description = description;
        this.weight = weight;
        this.logY = logY;
    }
}
