package org.stepsizelab.core.theory;

import java.util.function.ToDoubleFunction;

/** What a heat map or a cell summary shows of each run. */
public enum GridMetric {
    EOS_END("eos_end_step", "End of the EoS phase s*", "s*", true, r -> r.eosEndStep()),
    FINAL_LOSS("final_loss", "Final loss L(w_T)", "L(w_T)", true, SweepResult::finalLoss),
    FINAL_MARGIN("final_margin", "Final normalized margin γ̄(w_T)", "γ̄(w_T)", false, SweepResult::finalMargin),
    TEST_ACCURACY("test_accuracy", "Test accuracy", "test accuracy", false, SweepResult::testAccuracy);

    private final String column;
    private final String title;
    private final String symbol;
    private final boolean logScale;
    private final ToDoubleFunction<SweepResult> value;

    GridMetric(String column, String title, String symbol, boolean logScale, ToDoubleFunction<SweepResult> value) {
        this.column = column;
        this.title = title;
        this.symbol = symbol;
        this.logScale = logScale;
        this.value = value;
    }

    /** The sweep.csv column (and the stem of the cell summary's columns and the chart files). */
    public String column() {
        return column;
    }

    public String title() {
        return title;
    }

    public String symbol() {
        return symbol;
    }

    /** Losses and s* span decades: their colour scale is logarithmic. */
    public boolean logScale() {
        return logScale;
    }

    /**
     * The value a log colour scale places: s* = 0 (no EoS phase) sits with s* = 1 at the bottom of
     * the scale; a loss must be positive (NaN otherwise).
     */
    public double logScaled(double v) {
        if (this == EOS_END) {
            return Double.isNaN(v) ? v : Math.log10(Math.max(v, 1));
        }
        return v > 0 ? Math.log10(v) : Double.NaN;
    }

    /** This metric of a finished run; NaN for a diverged or cancelled run (and for test accuracy without a test split). */
    public double of(SweepResult r) {
        if (r == null || r.diverged() || r.cancelled()) {
            return Double.NaN;
        }
        return value.applyAsDouble(r);
    }

    /** The file-name part for this metric's chart: {@code eos-end-step}, {@code final-loss}, … */
    public String fileStem() {
        return column.replace('_', '-');
    }
}
