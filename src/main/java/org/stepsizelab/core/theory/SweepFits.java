package org.stepsizelab.core.theory;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The least-squares slopes a sweep reports on log-log axes (docs/MATH.md §4). Diverged and cancelled
 * runs are left out of every fit. A slope is a measurement: Theorem 4.1 bounds s* from above
 * (s* ≤ τ = Θ(max{c₁η, c₂n, …})) and predicts no slope, so callers never label the s* slope as the
 * theorem's.
 */
public final class SweepFits {
    private SweepFits() {}

    /**
     * Slope of log s* against log η (measured). Runs whose loss never rose (s* = 0) have no EoS
     * phase to measure and cannot sit on a log axis, so they are left out.
     */
    public static LogLogFit eosLengthVsEta(List<SweepResult> results) {
        return fit(results, SweepResult::eta, r -> r.eosEndStep());
    }

    /** Slope of log final loss against log T (Corollary 4.2: −2 or steeper for η ∝ T; Theorem 4.3: no faster than −1 for a monotone run). */
    public static LogLogFit finalLossVsSteps(List<SweepResult> results) {
        return fit(results, r -> r.steps(), SweepResult::finalLoss);
    }

    /** Slope of log final loss against log η at a fixed budget. */
    public static LogLogFit finalLossVsEta(List<SweepResult> results) {
        return fit(results, SweepResult::eta, SweepResult::finalLoss);
    }

    /**
     * The smallest C with s* ≤ C·η for every run with an EoS phase: the tightest upper envelope of
     * the shape Θ(η) that Theorem 4.1's τ has for large η. NaN when no run has s* > 0.
     */
    public static double envelopeConstant(List<SweepResult> results) {
        double c = Double.NaN;
        for (SweepResult r : results) {
            if (!r.diverged() && !r.cancelled() && r.eosEndStep() > 0 && r.eta() > 0) {
                double k = r.eosEndStep() / r.eta();
                c = Double.isNaN(c) ? k : Math.max(c, k);
            }
        }
        return c;
    }

    private static LogLogFit fit(List<SweepResult> results, ToDoubleFunction<SweepResult> xOf,
            ToDoubleFunction<SweepResult> yOf) {
        double[] x = new double[results.size()], y = new double[results.size()];
        for (int i = 0; i < results.size(); i++) {
            SweepResult r = results.get(i);
            boolean ok = !r.diverged() && !r.cancelled();
            x[i] = ok ? xOf.applyAsDouble(r) : Double.NaN;
            y[i] = ok ? yOf.applyAsDouble(r) : Double.NaN;
        }
        return LogLogFit.of(x, y);
    }
}
