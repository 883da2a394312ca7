package org.stepsizelab.app.view;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.stepsizelab.app.vm.MainViewModel;
import org.stepsizelab.app.vm.RunState;
import org.stepsizelab.app.vm.RunViewModel;
import org.stepsizelab.chart.Fmt;

/** Step, progress, steps/s, phase, L, ‖w‖, γ̄ — and a readable line for errors (never a dialog). */
public final class StatusBarView extends VBox {

    public StatusBarView(MainViewModel vm) {
        RunViewModel r = vm.run();
        Label step = value("status-step", Tips.STEP);
        step.textProperty().bind(Bindings.createStringBinding(() -> "step " + (r.stepProperty().get() < 0 ? "–"
                : Fmt.count(r.stepProperty().get())) + " / " + Fmt.count(r.totalStepsProperty().get()),
                r.stepProperty(), r.totalStepsProperty()));
        step.setMinWidth(150);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(r.progressProperty());
        bar.setPrefWidth(140);
        Tips.on(bar, Tips.PROGRESS);
        Label rate = value("status-rate", Tips.RATE);
        rate.textProperty().bind(Bindings.createStringBinding(() -> {
            RunState s = r.stateProperty().get();
            String st = s == RunState.RUNNING ? Fmt.eng(r.stepsPerSecondProperty().get()) + " steps/s" : s.text;
            return st;
        }, r.stepsPerSecondProperty(), r.stateProperty()));
        rate.setMinWidth(120);
        Label phase = value("status-phase", Tips.PHASE);
        phase.textProperty().bind(r.phaseTextProperty());
        phase.getStyleClass().add("phase-chip");
        r.phaseTextProperty().addListener((o, a, t) -> {
            phase.getStyleClass().removeAll("eos", "stable", "bad");
            phase.getStyleClass().add(t.startsWith("EoS") ? "eos" : t.startsWith("stable") ? "stable"
                    : t.startsWith("diverged") || t.startsWith("failed") || t.startsWith("stopped") ? "bad"
                    : "stable");
        });
        Label loss = value("status-loss", Tips.LOSS_VALUE);
        loss.textProperty().bind(Bindings.createStringBinding(() -> "L " + Fmt.eng(r.lossProperty().get()),
                r.lossProperty()));
        Label norm = value("status-norm", Tips.NORM);
        norm.textProperty().bind(Bindings.createStringBinding(() -> "‖w‖ " + Fmt.eng(r.normProperty().get()),
                r.normProperty()));
        Label margin = value("status-margin", Tips.MARGIN);
        margin.textProperty().bind(Bindings.createStringBinding(() -> "γ̄ " + Fmt.eng(r.marginProperty().get()),
                r.marginProperty()));
        for (Label l : new Label[] {loss, norm, margin}) {
            l.setMinWidth(95);
        }
        HBox line = new HBox(14, step, bar, rate, phase, loss, norm, margin);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("status-line");

        Label message = new Label();
        message.setId("message");
        message.getStyleClass().add("message");
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button dismiss = new Button("✕");
        dismiss.setFocusTraversable(false);
        dismiss.setOnAction(e -> vm.messageProperty().set(null));
        Tips.on(dismiss, "Dismiss this message");
        HBox messageLine = new HBox(8, new Label("⚠"), message, dismiss);
        messageLine.setAlignment(Pos.CENTER_LEFT);
        messageLine.getStyleClass().add("message-line");
        messageLine.visibleProperty().bind(vm.messageProperty().isNotEmpty());
        messageLine.managedProperty().bind(messageLine.visibleProperty());
        getChildren().addAll(messageLine, line);
        getStyleClass().add("status-bar");
    }

    private static Label value(String id, String tip) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("status-value");
        Tips.on(l, tip);
        return l;
    }
}
