package org.stepsizelab.app.vm;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import org.stepsizelab.chart.Fmt;
import org.stepsizelab.core.HistoryTable;
import org.stepsizelab.core.Metric;

/**
 * The current run's values as the window writes them: the status bar's texts (step, steps/s or the
 * state, L, ‖w‖, γ̄) as bindings, and the charts' hover readout at a step. Views bind or show these
 * and format nothing.
 */
public final class RunReadouts {
    private final RunViewModel run;
    private final StringBinding step;
    private final StringBinding rate;
    private final StringBinding loss;
    private final StringBinding norm;
    private final StringBinding margin;

    RunReadouts(RunViewModel r) {
        this.run = r;
        step = Bindings.createStringBinding(() -> "step " + (r.stepProperty().get() < 0 ? "–"
                : Fmt.count(r.stepProperty().get())) + " / " + Fmt.count(r.totalStepsProperty().get()),
                r.stepProperty(), r.totalStepsProperty());
        rate = Bindings.createStringBinding(() -> {
            RunState s = r.stateProperty().get();
            return s == RunState.RUNNING ? Fmt.eng(r.stepsPerSecondProperty().get()) + " steps/s" : s.text;
        }, r.stepsPerSecondProperty(), r.stateProperty());
        loss = Bindings.createStringBinding(() -> "L " + Fmt.eng(r.lossProperty().get()), r.lossProperty());
        norm = Bindings.createStringBinding(() -> "‖w‖ " + Fmt.eng(r.normProperty().get()), r.normProperty());
        margin = Bindings.createStringBinding(() -> "γ̄ " + Fmt.eng(r.marginProperty().get()), r.marginProperty());
    }

    /** "step 1 234 / 10 000" ("–" before the first step). */
    public StringBinding step() { return step; }
    /** Steps per second while running, else the state ("paused", "finished", …). */
    public StringBinding rate() { return rate; }
    public StringBinding loss() { return loss; }
    public StringBinding norm() { return norm; }
    public StringBinding margin() { return margin; }

    /**
     * The hover readout at step {@code step} of the charts: the kept step (or the span of steps a
     * compacted row covers, whose values are maxima) and L, ‖w‖, γ̄ and accuracy there; null while
     * the run has no steps. FX thread.
     */
    public String at(double step) {
        HistoryTable t = run.table();
        if (t.isEmpty()) {
            return null;
        }
        int i = t.indexOfStep(Math.round(step));
        String at = t.firstStep(i) == t.lastStep(i) ? "t = " + Fmt.count(t.firstStep(i))
                : "t = " + Fmt.count(t.firstStep(i)) + "…" + Fmt.count(t.lastStep(i)) + " (max)";
        return at + "    L = " + Fmt.eng(t.value(Metric.LOSS, i)) + "    ‖w‖ = "
                + Fmt.eng(t.value(Metric.NORM, i)) + "    γ̄ = " + Fmt.eng(t.value(Metric.MARGIN, i))
                + "    acc = " + Fmt.eng(t.value(Metric.ACCURACY, i));
    }
}
