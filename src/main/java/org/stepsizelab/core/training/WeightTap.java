package org.stepsizelab.core.training;

/**
 * Sees the parameters θ_t of chosen steps, measured before the update leaves step t (the same
 * weights the step's record describes). Asked first, so that steps nobody wants cost nothing.
 */
public interface WeightTap {
    /** Whether {@link #accept} should receive θ_t of this step; {@code last} marks the run's last record. */
    boolean wants(long step, boolean last);

    /** θ_t (a fresh copy the tap may keep), in the model's layout. */
    void accept(long step, double[] theta);
}
