package org.stepsizelab.core;

/**
 * How a finished (or cancelled) run ended: what {@code summary.json} reports besides its config.
 *
 * @param theoryMonotoneStep first step meeting Theorem 2.2's monotone threshold, or null
 * @param theoryStableStep first step meeting Theorem 2.2's stable threshold, or null
 * @param divergedAtStep the step at which a value became non-finite, or null
 * @param lastStep the last step measured
 */
public record RunOutcome(
        long eosEndStep,
        Long theoryMonotoneStep,
        Long theoryStableStep,
        double finalLoss,
        boolean diverged,
        Long divergedAtStep,
        long lastStep,
        boolean cancelled,
        NetConstants constants,
        double seconds) {
}
