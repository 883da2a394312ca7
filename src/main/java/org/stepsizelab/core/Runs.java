package org.stepsizelab.core;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** Drives a {@link Trainer} to the end, handing every record to a sink: the loop both front ends share. */
public final class Runs {
    private Runs() {}

    public static RunOutcome drive(Trainer trainer, Consumer<StepRecord> sink, BooleanSupplier cancelled) {
        long start = System.nanoTime();
        long last = 0;
        boolean wasCancelled = false;
        while (!trainer.done()) {
            // checked every 256 steps: cheap for XOR at millions of steps/s, prompt for MNIST
            if ((trainer.step() & 255) == 0 && cancelled.getAsBoolean()) {
                wasCancelled = true;
                break;
            }
            StepRecord r = trainer.advance();
            last = r.step();
            sink.accept(r);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        PhaseTracker p = trainer.phases();
        return new RunOutcome(p.eosEndStep(), p.theoryMonotoneStep(), p.theoryStableStep(),
                trainer.lastLoss(), trainer.diverged(),
                trainer.diverged() ? trainer.divergedAtStep() : null, last, wasCancelled,
                trainer.constants(), seconds);
    }
}
