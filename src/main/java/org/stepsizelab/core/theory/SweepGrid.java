package org.stepsizelab.core.theory;

import java.util.ArrayList;
import java.util.List;
import org.stepsizelab.core.RunConfig;

/** The run lists a sweep is made of: stepsizes for a fixed budget, or budgets T with η = K·T. */
public final class SweepGrid {
    private SweepGrid() {}

    /** {@code count} stepsizes from min to max, evenly spaced in log η (both ends included). */
    public static double[] logSpaced(double min, double max, int count) {
        if (!(min > 0) || !(max >= min) || Double.isInfinite(max) || count < 1 || (count == 1 && max != min)) {
            throw new IllegalArgumentException("need 0 < min ≤ max and count ≥ 1 (count ≥ 2 unless min = max), got "
                    + min + ":" + max + ":" + count);
        }
        double[] out = new double[count];
        if (count == 1) {
            out[0] = min;
            return out;
        }
        double lo = Math.log(min), hi = Math.log(max);
        for (int i = 0; i < count; i++) {
            out[i] = Math.exp(lo + (hi - lo) * i / (count - 1));
        }
        out[0] = min; // exact ends: the user typed them
        out[count - 1] = max;
        return out;
    }

    /** One configuration per stepsize, everything else as in {@code base}. */
    public static List<RunConfig> overEta(RunConfig base, double[] etas) {
        List<RunConfig> out = new ArrayList<>();
        for (double eta : etas) {
            out.add(base.withEta(eta));
        }
        return out;
    }

    /** Corollary 4.2's schedule: for each budget T, a run of T steps with η = K·T. */
    public static List<RunConfig> overSteps(RunConfig base, long[] steps, double etaPerStep) {
        List<RunConfig> out = new ArrayList<>();
        for (long t : steps) {
            out.add(base.withSteps(t).withEta(etaPerStep * t));
        }
        return out;
    }

    /** The same budgets at one fixed stepsize: the 1/T reference of Theorem 4.3. */
    public static List<RunConfig> overStepsFixedEta(RunConfig base, long[] steps, double eta) {
        List<RunConfig> out = new ArrayList<>();
        for (long t : steps) {
            out.add(base.withSteps(t).withEta(eta));
        }
        return out;
    }
}
