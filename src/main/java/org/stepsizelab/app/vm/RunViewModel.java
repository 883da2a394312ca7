package org.stepsizelab.app.vm;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.stepsizelab.chart.Fmt;
import org.stepsizelab.core.EtaChange;
import org.stepsizelab.core.HistoryTable;
import org.stepsizelab.core.PhaseInfo;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunHistory;
import org.stepsizelab.core.RunOutcome;
import org.stepsizelab.core.StepRecord;
import org.stepsizelab.core.data.DataSplit;

/**
 * The current run as the window sees it. One background thread trains ({@link RunWorker}); the FX
 * thread calls {@link #tick} about 30 times a second to drain the run's history into its own copy
 * and update these properties, so no property is ever touched by the worker.
 */
public final class RunViewModel {
    /** The trainer's thread; the worker reports through its run history, drained in {@link #tick}. */
    private final BackgroundTasks trainer = BackgroundTasks.thread("stepsize-lab-trainer", Thread.NORM_PRIORITY - 1);
    private final int historyCapacity;

    private RunWorker worker;
    private HistoryTable mirror = new HistoryTable();
    private RunHistory.Cursor cursor = RunHistory.Cursor.START;
    private List<EtaChange> etaChanges = List.of();
    private long rateRecords;
    private long rateNanos;

    private final ObjectProperty<RunState> state = new SimpleObjectProperty<>(this, "state", RunState.PAUSED);
    private final ObjectProperty<RunConfig> config = new SimpleObjectProperty<>(this, "config");
    private final ObjectProperty<PhaseInfo> phase = new SimpleObjectProperty<>(this, "phase", PhaseInfo.NONE);
    private final LongProperty step = new SimpleLongProperty(this, "step", -1);
    private final LongProperty totalSteps = new SimpleLongProperty(this, "totalSteps");
    private final DoubleProperty stepsPerSecond = new SimpleDoubleProperty(this, "stepsPerSecond");
    private final DoubleProperty loss = new SimpleDoubleProperty(this, "loss", Double.NaN);
    private final DoubleProperty norm = new SimpleDoubleProperty(this, "norm", Double.NaN);
    private final DoubleProperty margin = new SimpleDoubleProperty(this, "margin", Double.NaN);
    private final DoubleProperty accuracy = new SimpleDoubleProperty(this, "accuracy", Double.NaN);
    private final DoubleProperty eta = new SimpleDoubleProperty(this, "eta", Double.NaN);
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final StringProperty phaseText = new SimpleStringProperty(this, "phaseText", "");
    private final ObjectProperty<RunPhase> runPhase = new SimpleObjectProperty<>(this, "runPhase", RunPhase.NONE);
    private final StringProperty error = new SimpleStringProperty(this, "error");
    /** Counts drains that brought new data: the charts redraw when it changes. */
    private final LongProperty revision = new SimpleLongProperty(this, "revision");
    /** Counts runs started (restarts and resets included). */
    private final LongProperty runNumber = new SimpleLongProperty(this, "runNumber");
    private final RunReadouts readouts = new RunReadouts(this);

    public RunViewModel() {
        this(RunHistory.DEFAULT_CAPACITY);
    }

    public RunViewModel(int historyCapacity) {
        this.historyCapacity = historyCapacity;
    }

    /** Cancels the current run (at once) and starts {@code cfg} from step 0 on the worker thread. */
    public void start(RunConfig cfg, boolean paused) {
        if (worker != null) {
            worker.cancel();
        }
        worker = new RunWorker(cfg, new RunHistory(historyCapacity), paused);
        mirror = new HistoryTable();
        cursor = RunHistory.Cursor.START;
        etaChanges = List.of();
        rateRecords = 0;
        rateNanos = System.nanoTime();
        config.set(cfg);
        totalSteps.set(cfg.steps());
        step.set(-1);
        loss.set(Double.NaN);
        norm.set(Double.NaN);
        margin.set(Double.NaN);
        accuracy.set(Double.NaN);
        eta.set(cfg.eta());
        progress.set(0);
        stepsPerSecond.set(0);
        phase.set(PhaseInfo.NONE);
        phaseText.set("starting");
        runPhase.set(RunPhase.STARTING);
        error.set(null);
        state.set(paused ? RunState.PAUSED : RunState.RUNNING);
        trainer.execute(worker);
        runNumber.set(runNumber.get() + 1);
        revision.set(revision.get() + 1);
    }

    public void pause() {
        if (worker != null && !state.get().over()) {
            worker.pause();
            state.set(RunState.PAUSED);
        }
    }

    public void resume() {
        if (worker != null && !state.get().over()) {
            worker.resume();
            state.set(RunState.RUNNING);
        }
    }

    public void togglePause() {
        if (state.get() == RunState.RUNNING) {
            pause();
        } else {
            resume();
        }
    }

    /** Stops the run at once (after at most the step in progress); its history stays on screen. */
    public void stop() {
        if (worker != null && !state.get().over()) {
            worker.cancel();
            state.set(RunState.STOPPED);
            stepsPerSecond.set(0);
        }
    }

    /** Pauses and advances by k steps. */
    public void step(long k) {
        if (worker != null && !state.get().over()) {
            worker.stepBy(k);
            state.set(RunState.PAUSED);
        }
    }

    /** Applies η to the running trajectory from the next update on (marked on the charts). */
    public boolean applyEta(double newEta) {
        if (worker == null || state.get().over()) {
            return false;
        }
        worker.setEta(newEta);
        return true;
    }

    /** Stops the worker thread (window closing). */
    public void shutdown() {
        if (worker != null) {
            worker.cancel();
        }
        trainer.shutdown();
    }

    /**
     * Drains what the worker published since the last call. Call on the FX thread.
     *
     * @return true if there was new data (the charts need a redraw)
     */
    public boolean tick(long nowNanos) {
        if (worker == null) {
            return false;
        }
        boolean over = worker.finished();
        RunHistory history = worker.history();
        RunHistory.Delta delta = history.changesSince(cursor);
        boolean changed = !delta.isEmpty();
        if (changed) {
            delta.applyTo(mirror);
            cursor = delta.next();
            List<EtaChange> e = history.etaChanges();
            if (e.size() != etaChanges.size()) {
                etaChanges = e;
            }
            StepRecord last = history.latest();
            if (last != null) {
                step.set(last.step());
                loss.set(last.loss());
                norm.set(last.paramNorm());
                margin.set(last.normalizedMargin());
                accuracy.set(last.accuracy());
                eta.set(last.eta());
                progress.set(Math.min(1.0, last.step() / (double) Math.max(1, totalSteps.get())));
            }
            phase.set(delta.phase());
            revision.set(revision.get() + 1);
        }
        updateRate(delta.records(), nowNanos);
        updateState(over, history.outcome());
        RunPhase kind = phaseKind();
        phaseText.set(describe(kind));
        runPhase.set(kind);
        return changed;
    }

    private void updateRate(long records, long now) {
        long dt = now - rateNanos;
        if (dt >= 500_000_000L) {
            double rate = (records - rateRecords) / (dt / 1e9);
            stepsPerSecond.set(state.get() == RunState.RUNNING || rate > 0 ? rate : 0);
            rateRecords = records;
            rateNanos = now;
        }
    }

    private void updateState(boolean over, RunOutcome outcome) {
        if (state.get() == RunState.STOPPED) {
            return;
        }
        if (worker.error() != null) {
            error.set(worker.error());
            state.set(RunState.FAILED);
            stepsPerSecond.set(0);
        } else if (over && outcome != null && !outcome.cancelled()) {
            state.set(outcome.diverged() ? RunState.DIVERGED : RunState.FINISHED);
            progress.set(1);
            stepsPerSecond.set(0);
        }
    }

    private RunPhase phaseKind() {
        PhaseInfo p = phase.get();
        switch (state.get()) {
            case FAILED: return RunPhase.FAILED;
            case STOPPED: return RunPhase.STOPPED;
            case DIVERGED: return RunPhase.DIVERGED;
            default: break;
        }
        if (p.lastStep() < 0) {
            return RunPhase.STARTING;
        }
        if (p.monotoneStep() != null) {
            return RunPhase.STABLE;
        }
        return p.hasEos() ? RunPhase.EOS : RunPhase.DESCENDING;
    }

    private String describe(RunPhase kind) {
        PhaseInfo p = phase.get();
        switch (kind) {
            case FAILED:
                return "failed";
            case STOPPED:
                return "stopped at step " + Fmt.count(Math.max(0, step.get()));
            case DIVERGED:
                RunOutcome o = worker.history().outcome();
                return "diverged at step " + Fmt.count(o == null || o.divergedAtStep() == null ? step.get()
                        : o.divergedAtStep()) + ": try a smaller η";
            case STARTING:
                return "starting";
            case STABLE:
                return "stable since step " + Fmt.count(p.eosEndStep());
            case EOS:
                return "EoS: loss last rose at step " + Fmt.count(p.eosEndStep());
            default:
                return "descending (the loss has not risen)";
        }
    }

    /** The reader's copy of the history (FX thread only). */
    public HistoryTable table() {
        return mirror;
    }

    public List<EtaChange> etaChanges() {
        return etaChanges;
    }

    /** The current run's shared history (the worker writes it; tests watch it). */
    RunHistory history() {
        return worker == null ? null : worker.history();
    }

    /**
     * The current run's weights as its history keeps them (the one bounded weight store, the model
     * and the training set), for the data view; null before its data are loaded.
     */
    public org.stepsizelab.core.training.ObservedWeights weights() {
        return worker == null ? null : worker.history().weights();
    }

    /** The current run's data (null before they are loaded). */
    public DataSplit split() {
        return worker == null ? null : worker.split();
    }

    /** n and d of the training set once loaded (-1 before). */
    public int trainN() {
        return worker == null ? -1 : worker.trainN();
    }

    public int trainD() {
        return worker == null ? -1 : worker.trainD();
    }

    /** The texts the status bar and the hover readout show. */
    public RunReadouts readouts() { return readouts; }
    public ObjectProperty<RunState> stateProperty() { return state; }
    public ObjectProperty<RunConfig> configProperty() { return config; }
    public ObjectProperty<PhaseInfo> phaseProperty() { return phase; }
    public LongProperty stepProperty() { return step; }
    public LongProperty totalStepsProperty() { return totalSteps; }
    public DoubleProperty stepsPerSecondProperty() { return stepsPerSecond; }
    public DoubleProperty lossProperty() { return loss; }
    public DoubleProperty normProperty() { return norm; }
    public DoubleProperty marginProperty() { return margin; }
    public DoubleProperty accuracyProperty() { return accuracy; }
    public DoubleProperty etaProperty() { return eta; }
    public DoubleProperty progressProperty() { return progress; }
    /** The phase chip's words ("EoS: loss last rose at step 9"); its kind is {@link #runPhaseProperty}. */
    public StringProperty phaseTextProperty() { return phaseText; }
    public ObjectProperty<RunPhase> runPhaseProperty() { return runPhase; }
    public StringProperty errorProperty() { return error; }
    public LongProperty revisionProperty() { return revision; }
    public LongProperty runNumberProperty() { return runNumber; }
}
