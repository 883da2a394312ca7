package org.stepsizelab.app.vm;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the Sweeps window shows of one sweep-like job (a sweep over η or T, a grid) while it runs:
 * whether it runs, its progress, its status line "k / n runs …", and its Cancel. The sweep's own
 * view model says what runs and what its results mean; this class is the part they share.
 */
final class SweepJob {
    private final BooleanProperty running;
    private final DoubleProperty progress;
    private final StringProperty status;
    private final BackgroundTasks tasks;
    /** The job running or last run (null before the first). */
    private BackgroundTasks.Task task;

    SweepJob(Object bean, BackgroundTasks tasks) {
        this.running = new SimpleBooleanProperty(bean, "running");
        this.progress = new SimpleDoubleProperty(bean, "progress");
        this.status = new SimpleStringProperty(bean, "status", "");
        this.tasks = tasks;
    }

    /**
     * Starts {@code work} over {@code runs} runs (the caller checks {@link #running} first);
     * {@code done} gets its outcome on the FX thread, once {@link #running} is false again.
     */
    <T> void start(int runs, BackgroundTasks.Work<T> work, Consumer<BackgroundTasks.Outcome<T>> done) {
        running.set(true);
        progress.set(0);
        status.set("0 / " + runs + " runs");
        task = tasks.submit(work, o -> {
            running.set(false);
            done.accept(o);
        });
    }

    /** From the job's thread: {@code done} of {@code total} runs finished ({@code last} follows in the status line). */
    void reportProgress(BackgroundTasks.Task job, int done, int total, String last) {
        job.progress(() -> {
            progress.set((double) done / total);
            status.set(done + " / " + total + " runs" + last);
        });
    }

    void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    BooleanProperty running() { return running; }
    DoubleProperty progress() { return progress; }
    StringProperty status() { return status; }
}
