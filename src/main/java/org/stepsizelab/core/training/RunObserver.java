package org.stepsizelab.core.training;

import org.stepsizelab.core.StepRecord;

/** What a front end sees of a running {@link Training}: every record, and the moments the loop waits. */
public interface RunObserver {
    /** Called on the training thread with every record, in step order. */
    void record(StepRecord r);

    /** Called before the loop waits (paused) and once when it ends: the moment to flush a batch. */
    default void idle() {}
}
