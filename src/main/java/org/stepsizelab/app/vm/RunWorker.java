package org.stepsizelab.app.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.stepsizelab.core.InputException;
import org.stepsizelab.core.PhaseInfo;
import org.stepsizelab.core.PhaseTracker;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunHistory;
import org.stepsizelab.core.RunOutcome;
import org.stepsizelab.core.StepRecord;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.dataview.SnapshotStore;
import org.stepsizelab.core.kernel.Kernels;

/**
 * Trains one run on the background thread and publishes into its {@link RunHistory} in small
 * batches. Control (pause, step, cancel, new η) goes through volatile fields the loop reads every
 * step, so a cancel takes effect after at most one step. Touches no JavaFX.
 */
final class RunWorker implements Runnable {
    /** A batch is published after this many records or this much time, whichever comes first. */
    private static final int BATCH = 512;
    private static final long BATCH_NANOS = 15_000_000L;

    private final RunConfig config;
    private final RunHistory history;
    /** The worker may produce records while produced < limit. */
    private volatile long limit;
    private volatile long produced;
    private volatile boolean cancelled;
    private volatile double pendingEta = Double.NaN;
    private volatile String error;
    private volatile boolean finished;
    private volatile int trainN = -1, trainD = -1;
    private volatile Thread thread;
    /** The weights kept for the data view (created once the data are loaded). */
    private volatile SnapshotStore snapshots;
    private volatile DataSplit split;

    RunWorker(RunConfig config, RunHistory history, boolean startPaused) {
        this.config = config;
        this.history = history;
        this.limit = startPaused ? 0 : Long.MAX_VALUE;
    }

    @Override
    public void run() {
        thread = Thread.currentThread();
        Trainer trainer = null;
        long start = System.nanoTime();
        try {
            if (cancelled) {
                return;
            }
            DataSplit split = Datasets.load(config);
            trainN = split.train().n();
            trainD = split.train().d();
            trainer = new Trainer(config, split.train(), split.test(),
                    Kernels.best(split.train().n(), split.train().d(), config.width()));
            snapshots = new SnapshotStore(config.width() * split.train().d(), config.steps());
            this.split = split;
            loop(trainer);
        } catch (InputException | IllegalArgumentException e) {
            error = e.getMessage();
        } catch (OutOfMemoryError e) {
            error = "Not enough memory for this run (" + config.dataset() + ", m = " + config.width()
                    + "); try a smaller data set or width.";
        } catch (RuntimeException e) {
            error = "The run stopped: " + e;
        } finally {
            if (trainer != null) {
                PhaseTracker p = trainer.phases();
                history.finish(new RunOutcome(p.eosEndStep(), p.theoryMonotoneStep(), p.theoryStableStep(),
                        trainer.lastLoss(), trainer.diverged(),
                        trainer.diverged() ? trainer.divergedAtStep() : null, Math.max(0, produced - 1),
                        cancelled, trainer.constants(), (System.nanoTime() - start) / 1e9));
            }
            finished = true;
        }
    }

    private void loop(Trainer trainer) {
        List<StepRecord> batch = new ArrayList<>(BATCH);
        long lastPublish = System.nanoTime();
        while (!trainer.done() && !cancelled) {
            if (produced >= limit) {
                publish(batch, trainer);
                while (produced >= limit && !cancelled) {
                    LockSupport.parkNanos(this, 50_000_000L);
                }
                lastPublish = System.nanoTime();
                continue;
            }
            double eta = pendingEta;
            if (!Double.isNaN(eta)) {
                pendingEta = Double.NaN;
                trainer.setEta(eta);
            }
            snapshots.observe(trainer.step(), trainer::weights);
            batch.add(trainer.advance());
            produced++;
            if (batch.size() >= BATCH) {
                publish(batch, trainer);
                lastPublish = System.nanoTime();
            } else if ((produced & 15) == 0 && System.nanoTime() - lastPublish > BATCH_NANOS) {
                publish(batch, trainer);
                lastPublish = System.nanoTime();
            }
        }
        publish(batch, trainer);
    }

    private void publish(List<StepRecord> batch, Trainer trainer) {
        if (batch.isEmpty()) {
            return;
        }
        long last = batch.get(batch.size() - 1).step();
        history.appendAll(batch, PhaseInfo.of(trainer.phases(), last));
        batch.clear();
    }

    void cancel() {
        cancelled = true;
        wake();
    }

    void pause() {
        limit = produced;
    }

    void resume() {
        limit = Long.MAX_VALUE;
        wake();
    }

    /** Pauses, then lets {@code k} more steps run. */
    void stepBy(long k) {
        // a step racing with pause() may have slipped past the old limit: count from what exists
        long base = paused() ? Math.max(limit, produced) : produced;
        limit = base + k;
        wake();
    }

    /** Applies a new η from the next update on (done on the worker thread, between steps). */
    void setEta(double eta) {
        pendingEta = eta;
    }

    boolean paused() {
        return limit != Long.MAX_VALUE;
    }

    boolean finished() {
        return finished;
    }

    boolean cancelled() {
        return cancelled;
    }

    /** A readable message if the run could not start or stopped with an error, else null. */
    String error() {
        return error;
    }

    /** Training set size n and dimension d once loaded, else -1. */
    int trainN() {
        return trainN;
    }

    int trainD() {
        return trainD;
    }

    /** The data-view snapshots of this run, or null before its data are loaded. */
    SnapshotStore snapshots() {
        return snapshots;
    }

    /** The data trained on, or null before they are loaded. */
    DataSplit split() {
        return split;
    }

    RunConfig config() {
        return config;
    }

    RunHistory history() {
        return history;
    }

    private void wake() {
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }
}
