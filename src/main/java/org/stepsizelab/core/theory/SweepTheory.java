package org.stepsizelab.core.theory;

import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.data.DataMargin;
import org.stepsizelab.core.data.DataSplit;

/**
 * Whether the EoS-phase results a sweep's charts refer to — Theorem 4.1's bound s* ≤ τ and
 * Corollary 4.2's O(1/T²) — apply to a sweep's configuration, decided by the same assumption
 * checks as the {@code theory} command ({@link TheoryReport}). A sweep prints and draws a theorem
 * line only where they apply.
 */
public final class SweepTheory {
    private SweepTheory() {}

    /** How long γ may take before the answer becomes "could not be checked". */
    static final long MARGIN_LIMIT_MILLIS = 3_000;

    /**
     * Null if every assumption of Theorem 4.1 holds for {@code config} on {@code data}; otherwise
     * why it does not apply, e.g. "data linearly separable (γ > 0) fails: γ = 0".
     */
    public static String eosResultsDoNotApply(RunConfig config, DataSplit data) {
        DataMargin margin = DataMargin.of(data.train(), MARGIN_LIMIT_MILLIS);
        TheoryReport report = TheoryReport.of(config, data.train(), margin, null);
        for (AssumptionCheck a : report.assumptions()) {
            if (a.consequence().contains("Theorem 4.1") && !a.holds()) {
                return a.assumption() + (a.status() == AssumptionCheck.Status.FAILS ? " fails: " : " is unknown: ")
                        + a.detail();
            }
        }
        return null;
    }
}
