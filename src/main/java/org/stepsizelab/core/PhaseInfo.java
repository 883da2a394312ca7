package org.stepsizelab.core;

/**
 * A run's phases as far as it has streamed (docs/MATH.md §4): the EoS phase is [0, s*), the stable phase
 * [s*, lastStep]; Theorem 2.2's two loss thresholds and the first steps that met them (null if none yet),
 * which hold from step {@code thresholdsFrom} on (0, or the step η was last changed at in a running run).
 */
public record PhaseInfo(
        long eosEndStep,
        double monotoneThreshold,
        double stableThreshold,
        Long monotoneStep,
        Long stableStep,
        long lastStep,
        long thresholdsFrom) {

    /** Thresholds that hold from the first step (η never changed). */
    public PhaseInfo(long eosEndStep, double monotoneThreshold, double stableThreshold, Long monotoneStep,
            Long stableStep, long lastStep) {
        this(eosEndStep, monotoneThreshold, stableThreshold, monotoneStep, stableStep, lastStep, 0);
    }

    /** Nothing measured yet. */
    public static final PhaseInfo NONE = new PhaseInfo(0, Double.NaN, Double.NaN, null, null, -1);

    public static PhaseInfo of(PhaseTracker tracker, long lastStep) {
        return new PhaseInfo(tracker.eosEndStep(), tracker.monotoneThreshold(), tracker.stableThreshold(),
                tracker.theoryMonotoneStep(), tracker.theoryStableStep(), lastStep, tracker.thresholdsFrom());
    }

    /**
     * True if both name the same milestones (s*, the steps meeting the thresholds, whether anything
     * was measured): listeners that show only those can skip the many updates that just move lastStep.
     */
    public boolean sameMilestones(PhaseInfo o) {
        return o != null && eosEndStep == o.eosEndStep && java.util.Objects.equals(monotoneStep, o.monotoneStep)
                && java.util.Objects.equals(stableStep, o.stableStep) && (lastStep >= 0) == (o.lastStep >= 0)
                && Double.compare(monotoneThreshold, o.monotoneThreshold) == 0
                && Double.compare(stableThreshold, o.stableThreshold) == 0 && thresholdsFrom == o.thresholdsFrom;
    }

    /** True once the loss has risen at least once, i.e. there is an EoS phase to shade. */
    public boolean hasEos() {
        return eosEndStep > 0;
    }
}
