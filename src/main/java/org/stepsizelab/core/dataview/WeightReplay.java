package org.stepsizelab.core.dataview;

import java.util.ArrayList;
import java.util.List;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.training.Training;
import org.stepsizelab.core.training.WeightStore;

/**
 * θ_t at chosen steps of a run, by training it again in memory: a configuration gives a
 * bit-identical run ({@link Training#open(RunConfig, DataSplit, org.stepsizelab.core.kernel.MatrixKernel)}
 * with the kernel the written run used), so the weights are exactly those of the run that was
 * written, for any model. Used by the command line, which keeps no weights while it writes metrics,
 * and by tests as the truth a weight store is checked against.
 */
public final class WeightReplay {
    private WeightReplay() {}

    /**
     * The snapshots at {@code steps} (increasing; steps past the run's end give its last step).
     */
    public static List<WeightStore.Snapshot> at(RunConfig config, DataSplit split, long[] steps) {
        Trainer trainer = Training.open(config, split, Training.kernelFor(config, split.train())).trainer();
        List<WeightStore.Snapshot> out = new ArrayList<>(steps.length);
        int k = 0;
        while (k < steps.length) {
            long t = trainer.step();
            while (k < steps.length && steps[k] <= t) {
                if (out.isEmpty() || out.get(out.size() - 1).step() != t) {
                    out.add(new WeightStore.Snapshot(t, trainer.weights()));
                }
                k++;
            }
            if (trainer.done() || k >= steps.length) {
                break;
            }
            trainer.advance();
        }
        while (k < steps.length) { // steps beyond the end (a diverged or shorter run): its last weights
            long t = trainer.step();
            if (out.isEmpty() || out.get(out.size() - 1).step() != t) {
                out.add(new WeightStore.Snapshot(t, trainer.weights()));
            }
            k++;
        }
        return out;
    }

    /**
     * About {@code frames} steps from 0 to {@code last}, evenly spaced in log(1 + t) so the short
     * EoS phase gets as many frames as the long stable one (duplicates removed; 0 and last included).
     */
    public static long[] logSpacedSteps(long last, int frames) {
        if (frames < 2 || last <= 0) {
            return new long[] {Math.max(0, last)};
        }
        List<Long> steps = new ArrayList<>();
        double top = Math.log1p(last);
        for (int i = 0; i < frames; i++) {
            long t = i == frames - 1 ? last : Math.round(Math.expm1(top * i / (frames - 1)));
            if (steps.isEmpty() || t > steps.get(steps.size() - 1)) {
                steps.add(t);
            }
        }
        return steps.stream().mapToLong(Long::longValue).toArray();
    }
}
