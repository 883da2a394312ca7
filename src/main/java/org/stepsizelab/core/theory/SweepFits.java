package org.stepsizelab.core.theory;

import java.util.List;

/**
 * The scaling laws a sweep tests, as least-squares slopes on log-log axes (docs/MATH.md §4).
 * Diverged and cancelled runs are left out of every fit.
 */
public final class SweepFits {
    private SweepFits() {}

    /**
     * Slope of log s* against log η (Theorem 4.1: s* = Θ(η), slope 1). Runs whose loss never rose
     * (s* = 0) have no EoS phase to measure and cannot sit on a log axis, so they are left out.
     */
    public static LogLogFit eosLengthVsEta(List<SweepResult> results) {
        double[] x = new double[results.size()], y = new double[results.size()];
        for (int i = 0; i < results.size(); i++) {
            SweepResult r = results.get(i);
            boolean ok = !r.diverged() && !r.cancelled();
            x[i] = ok ? r.eta() : Double.NaN;
            y[i] = ok ? r.eosEndStep() : Double.NaN;
        }
        return LogLogFit.of(x, y);
    }

    /** Slope of log final loss against log T (Corollary 4.2: −2 for η ∝ T; Theorem 4.3: −1 at a fixed η). */
    public static LogLogFit finalLossVsSteps(List<SweepResult> results) {
        double[] x = new double[results.size()], y = new double[results.size()];
        for (int i = 0; i < results.size(); i++) {
            SweepResult r = results.get(i);
            boolean ok = !r.diverged() && !r.cancelled();
            x[i] = ok ? r.steps() : Double.NaN;
            y[i] = ok ? r.finalLoss() : Double.NaN;
        }
        return LogLogFit.of(x, y);
    }

    /** Slope of log final loss against log η at a fixed budget. */
    public static LogLogFit finalLossVsEta(List<SweepResult> results) {
        double[] x = new double[results.size()], y = new double[results.size()];
        for (int i = 0; i < results.size(); i++) {
            SweepResult r = results.get(i);
            boolean ok = !r.diverged() && !r.cancelled();
            x[i] = ok ? r.eta() : Double.NaN;
            y[i] = ok ? r.finalLoss() : Double.NaN;
        }
        return LogLogFit.of(x, y);
    }
}
