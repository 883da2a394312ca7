package org.stepsizelab.core;

/**
 * Follows a run's phases as it streams (docs/MATH.md §4).
 *
 * <p>s* ({@link #eosEndStep()}) is the step after the last increase of the loss so far: if the loss
 * rose from step t−1 to step t, the GD update that raised it is the last unstable one, and the
 * stable phase runs from t on (the loss is non-increasing from there). It is 0 while the loss has
 * never risen. Theorem 2.2's two thresholds are recorded at the first step whose loss meets them.
 *
 * <p>A rise counts only when it is larger than the loss's own rounding error: L_t − L_{t−1} > τ·L_{t−1},
 * with τ from {@code core.training.LossRounding} (a few ulps times the sums that make up L; about 1e−12
 * on the paper's XOR). Smaller rises are what float64 does to a loss that has (nearly) stopped moving,
 * not an unstable step; counting them put s* after Theorem 2.2's monotone step, which the theorem rules
 * out (it is about the exact loss).
 */
public final class PhaseTracker {
    private double monotoneThreshold;
    private double stableThreshold;
    /** The step from which the thresholds hold: 0, or the step of the last change of η. */
    private long thresholdsFrom;
    private double previousLoss = Double.NaN;
    private long eosEnd;
    private long monotoneStep = -1;
    private long stableStep = -1;

    public PhaseTracker(double monotoneThreshold, double stableThreshold) {
        this.monotoneThreshold = monotoneThreshold;
        this.stableThreshold = stableThreshold;
    }

    /** A step's loss, every rise counted (no rounding tolerance). */
    public void accept(long step, double loss) {
        accept(step, loss, loss, 0);
    }

    /**
     * A step's loss.
     *
     * @param loss the loss of this step, as reported (the next step is compared with it)
     * @param comparable the loss of this step computed the way the previous step's was; it differs from
     *     {@code loss} only when the step form re-synchronised in between ({@code StepForm.chainLoss})
     * @param tolerance τ: a rise counts only if {@code comparable − previous > τ·previous}
     */
    public void accept(long step, double loss, double comparable, double tolerance) {
        // NaN before the first step and for NaN losses: no rise; +∞ after a finite loss: a rise
        if (comparable - previousLoss > tolerance * previousLoss) {
            eosEnd = step;
        }
        previousLoss = loss;
        if (monotoneStep < 0 && loss <= monotoneThreshold) {
            monotoneStep = step;
        }
        if (stableStep < 0 && loss <= stableThreshold) {
            stableStep = step;
        }
    }

    /**
     * η changed after {@code step} (the run goes on with the new one): Theorem 2.2 is about a run
     * with one η, so from here on its thresholds are the new η's, and a step that met the old ones
     * no longer counts (its guarantee held only while the old η did); the steps meeting the new
     * ones are looked for from here on.
     */
    public void etaChanged(long step, double newMonotoneThreshold, double newStableThreshold) {
        monotoneThreshold = newMonotoneThreshold;
        stableThreshold = newStableThreshold;
        thresholdsFrom = step;
        monotoneStep = -1;
        stableStep = -1;
    }

    /** The step from which {@link #monotoneThreshold()} and {@link #stableThreshold()} hold (0 unless η changed). */
    public long thresholdsFrom() {
        return thresholdsFrom;
    }

    public long eosEndStep() {
        return eosEnd;
    }

    /** First step with L ≤ 1/(η(2ρ²+β)), or null if none yet. */
    public Long theoryMonotoneStep() {
        return monotoneStep < 0 ? null : monotoneStep;
    }

    /** First step with L ≤ min{1/(2n e^{κ+2}), 1/(η(4ρ²+2β))}, or null if none yet. */
    public Long theoryStableStep() {
        return stableStep < 0 ? null : stableStep;
    }

    public double monotoneThreshold() {
        return monotoneThreshold;
    }

    public double stableThreshold() {
        return stableThreshold;
    }
}
