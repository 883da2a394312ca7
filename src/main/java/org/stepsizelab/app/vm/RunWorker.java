package org.stepsizelab.app.vm;

import java.util.ArrayList;
import java.util.List;
import org.stepsizelab.core.InputException;
import org.stepsizelab.core.PhaseInfo;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunHistory;
import org.stepsizelab.core.StepRecord;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.training.ObservedWeights;
import org.stepsizelab.core.training.RunControl;
import org.stepsizelab.core.training.WeightStore;
import org.stepsizelab.core.training.RunObserver;
import org.stepsizelab.core.training.Training;

/**
 * Trains one run on the background thread through core's run loop ({@link Training#run}) and
 * publishes into its {@link RunHistory} in small batches. Control (pause, step, cancel, new η)
 * goes through a {@link RunControl}, read before every step, so a cancel takes effect after at
 * most one step. Touches no JavaFX.
 */
final class RunWorker implements Runnable {
    /** A batch is published after this many records or this much time, whichever comes first. */
    private static final int BATCH = 512;
    private static final long BATCH_NANOS = 15_000_000L;

    private final RunConfig config;
    private final RunHistory history;
    private final RunControl control;
    private volatile String error;
    private volatile boolean finished;
    private volatile int trainN = -1, trainD = -1;
    /** The data (null until they are loaded). */
    private volatile DataSplit split;

    RunWorker(RunConfig config, RunHistory history, boolean startPaused) {
        this.config = config;
        this.history = history;
        this.control = RunControl.interactive(startPaused);
    }

    @Override
    public void run() {
        Training training = null;
        try {
            if (control.cancelled()) {
                return;
            }
            training = Training.open(config);
            trainN = training.train().n();
            trainD = training.train().d();
            // the run's one weight store (bounded): the data view scrubs through it and asks it for the
            // newest θ once per live picture
            WeightStore store = new WeightStore(training.model().parameterCount(), config.steps(),
                    WeightStore.DEFAULT_BUDGET_BYTES);
            training.trainer().addTap(store);
            history.attachWeights(new ObservedWeights(store, training.model(), training.train()));
            this.split = training.data();
            training.run(new Batches(training), control);
        } catch (InputException | IllegalArgumentException e) {
            error = e.getMessage();
        } catch (OutOfMemoryError e) {
            error = "Not enough memory for this run (" + config.dataset() + ", m = " + config.width()
                    + "); try a smaller data set or width.";
        } catch (RuntimeException e) {
            error = "The run stopped: " + e;
        } finally {
            if (training != null) {
                history.finish(training.outcome(control.cancelled()));
            }
            finished = true;
        }
    }

    /** Collects records and publishes them with the phases so far, by count or by time. */
    private final class Batches implements RunObserver {
        private final Training training;
        private final List<StepRecord> batch = new ArrayList<>(BATCH);
        private long lastPublish = System.nanoTime();
        private long count;

        Batches(Training training) {
            this.training = training;
        }

        @Override
        public void record(StepRecord r) {
            batch.add(r);
            count++;
            if (batch.size() >= BATCH || ((count & 15) == 0 && System.nanoTime() - lastPublish > BATCH_NANOS)) {
                idle();
            }
        }

        @Override
        public void idle() {
            lastPublish = System.nanoTime();
            if (batch.isEmpty()) {
                return;
            }
            long last = batch.get(batch.size() - 1).step();
            history.appendAll(batch, PhaseInfo.of(training.trainer().phases(), last));
            batch.clear();
        }
    }

    void cancel() {
        control.cancel();
    }

    void pause() {
        control.pause();
    }

    void resume() {
        control.resume();
    }

    /** Pauses, then lets {@code k} more steps run. */
    void stepBy(long k) {
        control.stepBy(k);
    }

    /** Applies a new η from the next update on (done on the worker thread, between steps). */
    void setEta(double eta) {
        control.setEta(eta);
    }

    boolean finished() {
        return finished;
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

    /** The data trained on, or null before they are loaded. */
    DataSplit split() {
        return split;
    }

    RunHistory history() {
        return history;
    }
}
