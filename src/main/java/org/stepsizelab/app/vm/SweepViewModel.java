package org.stepsizelab.app.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
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
    // over η
    private final DoubleProperty etaMin = new SimpleDoubleProperty(this, "etaMin", 1);
    private final DoubleProperty etaMax = new SimpleDoubleProperty(this, "etaMax", 1e5);
    private final IntegerProperty etaCount = new SimpleIntegerProperty(this, "etaCount", 11);
    // over T
    private final StringProperty stepsList = new SimpleStringProperty(this, "stepsList", "1000,2000,4000,8000,16000");
    private final DoubleProperty etaPerStep = new SimpleDoubleProperty(this, "etaPerStep", 0.5);
    private final DoubleProperty fixedEta = new SimpleDoubleProperty(this, "fixedEta", 1);

    private final ObjectProperty<List<SweepResult>> overEta = new SimpleObjectProperty<>(this, "overEta", List.of());
    private final ObjectProperty<List<SweepResult>> proportional =
            new SimpleObjectProperty<>(this, "proportional", List.of());
    private final ObjectProperty<List<SweepResult>> fixed = new SimpleObjectProperty<>(this, "fixed", List.of());
    /** Why the EoS results (Theorem 4.1, Corollary 4.2) do not apply to the last sweep's configuration (null: they apply). */
    private final StringProperty theoremNote = new SimpleStringProperty(this, "theoremNote");
    private final SweepJob job;

    private final GridSweepViewModel grid;

    public SweepViewModel(MainViewModel main, Consumer<Runnable> fx) {
        this.main = main;
        this.job = new SweepJob(this, BackgroundTasks.thread("sweep", Thread.NORM_PRIORITY, fx));
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
        if (job.running().get()) {
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
            job.status().set(e.getMessage());
            return;
        }
        List<RunConfig> all = runs;
        job.start(runs.size(), task -> {
            DataSplit data = Datasets.load(base);
            String note = SweepTheory.eosResultsDoNotApply(base, data);
            List<SweepResult> results = new SweepRunner(data, () -> Kernels.withThreads(1),
                    Runtime.getRuntime().availableProcessors())
                    .run(all, (done, total, r) -> job.reportProgress(task, done, total,
                            " (last: η = " + Num.compact(r.eta()) + ", T = " + r.steps() + ")"), task::cancelled);
            return new Finished(results, note);
        }, o -> {
            if (!o.failed() && !o.cancelled()) {
                theoremNote.set(o.value().theoremNote());
            }
            finish(kind, o.failed() ? List.of() : o.value().results(), split, o.cancelled(), o.message());
        });
    }

    /** A sweep's results and why the EoS results do not apply to its configuration (null: they apply). */
    private record Finished(List<SweepResult> results, String theoremNote) {}

    private void finish(Kind kind, List<SweepResult> results, int split, boolean cancelled, String error) {
        if (error != null) {
            job.status().set("sweep failed: " + error);
            return;
        }
        if (cancelled) {
            job.status().set("cancelled after " + results.stream().filter(r -> !r.cancelled()).count() + " finished runs");
            return; // a partial sweep would draw misleading slopes: keep the previous charts
        }
        job.progress().set(1);
        if (kind == Kind.OVER_ETA) {
            overEta.set(List.copyOf(results));
        } else {
            proportional.set(List.copyOf(results.subList(0, split)));
            fixed.set(List.copyOf(results.subList(split, results.size())));
        }
        job.status().set(results.size() + " runs done");
    }

    public void cancel() {
        job.cancel();
    }

    public DoubleProperty etaMinProperty() { return etaMin; }
    public DoubleProperty etaMaxProperty() { return etaMax; }
    public IntegerProperty etaCountProperty() { return etaCount; }
    public StringProperty stepsListProperty() { return stepsList; }
    public DoubleProperty etaPerStepProperty() { return etaPerStep; }
    public DoubleProperty fixedEtaProperty() { return fixedEta; }
    public BooleanProperty runningProperty() { return job.running(); }
    public DoubleProperty progressProperty() { return job.progress(); }
    public StringProperty statusProperty() { return job.status(); }
    public ObjectProperty<List<SweepResult>> overEtaProperty() { return overEta; }
    public ObjectProperty<List<SweepResult>> proportionalProperty() { return proportional; }
    public ObjectProperty<List<SweepResult>> fixedProperty() { return fixed; }
    public StringProperty theoremNoteProperty() { return theoremNote; }
}
