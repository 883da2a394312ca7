package org.stepsizelab.core;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.stepsizelab.core.training.Training;

/** Drives an already built {@link Trainer} to the end through the one run loop of {@link Training}. */
public final class Runs {
    private Runs() {}

    public static RunOutcome drive(Trainer trainer, Consumer<StepRecord> sink, BooleanSupplier cancelled) {
        return Training.around(trainer).run(sink, cancelled);
    }
}
