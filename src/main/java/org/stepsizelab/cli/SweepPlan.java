package org.stepsizelab.cli;

import java.util.ArrayList;
import java.util.List;
import org.stepsizelab.core.InputException;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.theory.SweepGrid;

/**
 * The runs a {@code sweep} command line asks for, checked: a list of stepsizes (--etas or
 * --eta-range) at the base budget, or a list of budgets (--steps-list) with η = K·T
 * (--eta-per-step K) or the base η for every T.
 */
final class SweepPlan {
    private SweepPlan() {}

    static List<RunConfig> of(RunConfig base, List<String> etas, String etaRange, List<String> stepsList,
            Double etaPerStep) {
        int given = (etas != null ? 1 : 0) + (etaRange != null ? 1 : 0) + (stepsList != null ? 1 : 0);
        if (given != 1) {
            throw new InputException("give exactly one of --etas, --eta-range and --steps-list"
                    + (given == 0 ? "" : " (got " + given + ")"));
        }
        if (etaPerStep != null && stepsList == null) {
            throw new InputException("--eta-per-step needs --steps-list (η = K·T for each budget T)");
        }
        if (etas != null) {
            double[] v = new double[etas.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = positive("--etas", etas.get(i));
            }
            return SweepGrid.overEta(base, v);
        }
        if (etaRange != null) {
            String[] p = etaRange.split(":", -1);
            if (p.length != 3) {
                throw new InputException("--eta-range '" + etaRange + "': expected MIN:MAX:COUNT, e.g. 1:1e4:9");
            }
            double min = positive("--eta-range MIN", p[0]);
            double max = positive("--eta-range MAX", p[1]);
            int count;
            try {
                count = (int) LongConverter.parse(p[2], 1, 10_000, "an integer");
            } catch (RuntimeException e) {
                throw new InputException("--eta-range COUNT '" + p[2] + "': expected an integer from 1 to 10000");
            }
            if (max < min) {
                throw new InputException("--eta-range '" + etaRange + "': MAX must be ≥ MIN");
            }
            if (count == 1 && max != min) {
                throw new InputException("--eta-range '" + etaRange + "': COUNT must be ≥ 2 when MAX ≠ MIN");
            }
            return SweepGrid.overEta(base, SweepGrid.logSpaced(min, max, count));
        }
        long[] steps = new long[stepsList.size()];
        for (int i = 0; i < steps.length; i++) {
            try {
                steps[i] = LongConverter.parse(stepsList.get(i), 1, org.stepsizelab.core.RunSize.MAX_STEPS, "an integer");
            } catch (RuntimeException e) {
                throw new InputException("--steps-list '" + stepsList.get(i) + "': each T must be an integer from 1 to 1e12");
            }
        }
        if (etaPerStep == null) {
            return SweepGrid.overStepsFixedEta(base, steps, base.eta());
        }
        if (!(etaPerStep > 0) || Double.isInfinite(etaPerStep)) {
            throw new InputException("--eta-per-step '" + etaPerStep + "': K must be a finite number > 0");
        }
        List<RunConfig> runs = SweepGrid.overSteps(base, steps, etaPerStep);
        for (RunConfig c : runs) {
            if (Double.isInfinite(c.eta())) {
                throw new InputException("--eta-per-step " + etaPerStep + " × T = " + c.steps() + " is not finite");
            }
        }
        return new ArrayList<>(runs);
    }

    /** A comma-separated option value as its items (null stays null). */
    static List<String> list(String commaSeparated) {
        return commaSeparated == null ? null : List.of(commaSeparated.split(",", -1));
    }

    private static double positive(String option, String text) {
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new InputException(option + " '" + text + "': not a number (each η must be a finite number > 0)");
        }
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new InputException(option + " '" + text + "': each η must be a finite number > 0");
        }
        return v;
    }
}
