package org.stepsizelab.core.theory;

/**
 * One run of a sweep: a row of {@code sweep.csv}.
 *
 * @param eosEndStep s*, the step after the last rise of the loss (0: the loss never rose)
 * @param theoryStableStep first step meeting Theorem 2.2's stable-phase threshold, or null
 * @param finalNorm ‖W_T‖_F at the last measured step
 * @param finalMargin normalized margin γ̄(W_T) at the last measured step
 * @param cancelled the sweep was cancelled before this run finished (its values are partial)
 * @param testAccuracy accuracy on the held-out split at the last measured step (NaN without one)
 */
public record SweepResult(
        double eta,
        long steps,
        double finalLoss,
        long eosEndStep,
        Long theoryStableStep,
        double finalNorm,
        double finalMargin,
        boolean diverged,
        double seconds,
        boolean cancelled,
        double testAccuracy) {

    /** A result without a test split. */
    public SweepResult(double eta, long steps, double finalLoss, long eosEndStep, Long theoryStableStep,
            double finalNorm, double finalMargin, boolean diverged, double seconds, boolean cancelled) {
        this(eta, steps, finalLoss, eosEndStep, theoryStableStep, finalNorm, finalMargin, diverged, seconds,
                cancelled, Double.NaN);
    }
}
