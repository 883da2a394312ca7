package org.stepsizelab.core.theory;

import java.util.List;
import org.stepsizelab.core.Num;

/**
 * The text of {@code sweep.csv}: one row per run in the sweep's order. Doubles are written
 * round-trip exact; an unmet theory step is an empty field.
 */
public final class SweepCsv {
    private SweepCsv() {}

    public static final String HEADER =
            "eta,steps,final_loss,eos_end_step,theory_stable_step,final_norm,final_margin,diverged,seconds";

    public static String format(List<SweepResult> results) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (SweepResult r : results) {
            sb.append(Num.exact(r.eta())).append(',')
                    .append(r.steps()).append(',')
                    .append(Num.exact(r.finalLoss())).append(',')
                    .append(r.eosEndStep()).append(',')
                    .append(r.theoryStableStep() == null ? "" : r.theoryStableStep().toString()).append(',')
                    .append(Num.exact(r.finalNorm())).append(',')
                    .append(Num.exact(r.finalMargin())).append(',')
                    .append(r.diverged()).append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.3f", r.seconds()))
                    .append('\n');
        }
        return sb.toString();
    }
}
