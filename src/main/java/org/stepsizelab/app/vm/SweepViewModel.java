package org.stepsizelab.app.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.stepsizelab.core.Num;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.kernel.Kernels;
import org.stepsizelab.core.theory.SweepGrid;
import org.stepsizelab.core.theory.SweepResult;
import org.stepsizelab.core.theory.SweepRunner;
import org.stepsizelab.core.theory.SweepTheory;

/**
 * The Sweep view's state: two sweeps on the current parameters — final loss and s* against η
 * (log-spaced η from min to max at the current T), and final loss against the budget T for
 * η = K·T beside a fixed η (Corollary 4.2 vs Theorem 4.3) — run on all cores in the background,
 * with progress and cancel. Results arrive on the FX thread through {@code fx}.
 */
public final class SweepViewModel {
    public enum Kind { OVER_ETA, OVER_STEPS }

    private final MainViewModel main;
    private final Consumer<Runnable> fx;
    // over η
    private final DoubleProperty etaMin = new SimpleDoubleProperty(this, "etaMin", 1);
    private final DoubleProperty etaMax = new SimpleDoubleProperty(this, "etaMax", 1e5);
    private final IntegerProperty etaCount = new SimpleIntegerProperty(this, "etaCount", 11);
    // over T
    private final StringProperty stepsList = new SimpleStringProperty(this, "stepsList", "1000,2000,4000,8000,16000");
    private final DoubleProperty etaPerStep = new SimpleDoubleProperty(this, "etaPerStep", 0.5);
    private final DoubleProperty fixedEta = new SimpleDoubleProperty(this, "fixedEta", 1);

    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final ObjectProperty<List<SweepResult>> overEta = new SimpleObjectProperty<>(this, "overEta", List.of());
    private final ObjectProperty<List<SweepResult>> proportional =
            new SimpleObjectProperty<>(this, "proportional", List.of());
    private final ObjectProperty<List<SweepResult>> fixed = new SimpleObjectProperty<>(this, "fixed", List.of());
    /** Why the EoS results (Theorem 4.1, Corollary 4.2) do not apply to the last sweep's configuration (null: they apply). */
    private final StringProperty theoremNote = new SimpleStringProperty(this, "theoremNote");
    private AtomicBoolean cancel = new AtomicBoolean();

    private final GridSweepViewModel grid;

    public SweepViewModel(MainViewModel main, Consumer<Runnable> fx) {
        this.main = main;
        this.fx = fx;
        this.grid = new GridSweepViewModel(main, fx);
    }

    /** The Grid tab's state. */
    public GridSweepViewModel grid() {
        return grid;
    }

    /** The budgets typed in the T list, checked (IllegalArgumentException with a readable message). */
    public long[] budgets() {
        String[] parts = stepsList.get().split(",");
        long[] out = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].trim();
            try {
                out[i] = Long.parseLong(p.replace("_", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("T list: '" + p + "' is not a whole number (e.g. 1000,2000,4000)");
            }
            if (out[i] < 1) {
                throw new IllegalArgumentException("T list: each T must be ≥ 1, got " + p);
            }
        }
        return out;
    }

    /** Starts a sweep of the given kind on the current parameters; a running one must be cancelled first. */
    public void start(Kind kind) {
        if (running.get()) {
            return;
        }
        RunConfig base = main.params().config();
        List<RunConfig> runs;
        int split;
        try {
            if (kind == Kind.OVER_ETA) {
                runs = SweepGrid.overEta(base, SweepGrid.logSpaced(etaMin.get(), etaMax.get(), etaCount.get()));
                split = runs.size();
            } else {
                long[] t = budgets();
                if (!(etaPerStep.get() > 0) || !(fixedEta.get() > 0)) {
                    throw new IllegalArgumentException("K and the fixed η must be > 0");
                }
                runs = new ArrayList<>(SweepGrid.overSteps(base, t, etaPerStep.get()));
                split = runs.size();
                runs.addAll(SweepGrid.overStepsFixedEta(base, t, fixedEta.get()));
            }
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        running.set(true);
        progress.set(0);
        status.set("0 / " + runs.size() + " runs");
        List<RunConfig> all = runs;
        Thread t = new Thread(() -> {
            List<SweepResult> results;
            String error = null;
            String note = null;
            try {
                DataSplit data = Datasets.load(base);
                note = SweepTheory.eosResultsDoNotApply(base, data);
                results = new SweepRunner(data, () -> Kernels.withThreads(1),
                        Runtime.getRuntime().availableProcessors())
                        .run(all, (done, total, r) -> fx.accept(() -> {
                            progress.set((double) done / total);
                            status.set(done + " / " + total + " runs (last: η = " + Num.compact(r.eta())
                                    + ", T = " + r.steps() + ")");
                        }), stop::get);
            } catch (RuntimeException e) {
                results = List.of();
                error = e.getMessage();
            }
            List<SweepResult> res = results;
            String err = error;
            String why = note;
            fx.accept(() -> {
                if (err == null && !stop.get()) {
                    theoremNote.set(why);
                }
                finish(kind, res, split, stop.get(), err);
            });
        }, "sweep");
        t.setDaemon(true);
        t.start();
    }

    private void finish(Kind kind, List<SweepResult> results, int split, boolean cancelled, String error) {
        running.set(false);
        if (error != null) {
            status.set("sweep failed: " + error);
            return;
        }
        if (cancelled) {
            status.set("cancelled after " + results.stream().filter(r -> !r.cancelled()).count() + " finished runs");
            return; // a partial sweep would draw misleading slopes: keep the previous charts
        }
        progress.set(1);
        if (kind == Kind.OVER_ETA) {
            overEta.set(List.copyOf(results));
        } else {
            proportional.set(List.copyOf(results.subList(0, split)));
            fixed.set(List.copyOf(results.subList(split, results.size())));
        }
        status.set(results.size() + " runs done");
    }

    public void cancel() {
        cancel.set(true);
    }

    public DoubleProperty etaMinProperty() { return etaMin; }
    public DoubleProperty etaMaxProperty() { return etaMax; }
    public IntegerProperty etaCountProperty() { return etaCount; }
    public StringProperty stepsListProperty() { return stepsList; }
    public DoubleProperty etaPerStepProperty() { return etaPerStep; }
    public DoubleProperty fixedEtaProperty() { return fixedEta; }
    public BooleanProperty runningProperty() { return running; }
    public DoubleProperty progressProperty() { return progress; }
    public StringProperty statusProperty() { return status; }
    public ObjectProperty<List<SweepResult>> overEtaProperty() { return overEta; }
    public ObjectProperty<List<SweepResult>> proportionalProperty() { return proportional; }
    public ObjectProperty<List<SweepResult>> fixedProperty() { return fixed; }
    public StringProperty theoremNoteProperty() { return theoremNote; }
}
