package org.stepsizelab.app.view;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.stepsizelab.app.vm.MainViewModel;
import org.stepsizelab.app.vm.RunPhase;
import org.stepsizelab.app.vm.RunReadouts;
import org.stepsizelab.app.vm.RunViewModel;

/** Step, progress, steps/s, phase, L, ‖w‖, γ̄ — and a readable line for errors (never a dialog). */
public final class StatusBarView extends VBox {

    public StatusBarView(MainViewModel vm) {
        RunViewModel r = vm.run();
        RunReadouts texts = r.readouts();
        Label step = value("status-step", Tips.STEP);
        step.textProperty().bind(texts.step());
        step.setMinWidth(150);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(r.progressProperty());
        bar.setPrefWidth(140);
        Tips.on(bar, Tips.PROGRESS);
        Label rate = value("status-rate", Tips.RATE);
        rate.textProperty().bind(texts.rate());
        rate.setMinWidth(120);
        Label phase = value("status-phase", Tips.PHASE);
        phase.textProperty().bind(r.phaseTextProperty());
        phase.getStyleClass().add("phase-chip");
        Consumer<RunPhase> chip = kind -> {
            phase.getStyleClass().removeAll("eos", "stable", "bad");
            if (kind != RunPhase.NONE) {
                phase.getStyleClass().add(chipClass(kind));
            }
        };
        chip.accept(r.runPhaseProperty().get());
        r.runPhaseProperty().addListener((o, a, kind) -> chip.accept(kind));
        Label loss = value("status-loss", Tips.LOSS_VALUE);
        loss.textProperty().bind(texts.loss());
        Label norm = value("status-norm", Tips.NORM);
        norm.textProperty().bind(texts.norm());
        Label margin = value("status-margin", Tips.MARGIN);
        margin.textProperty().bind(texts.margin());
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

    /** The phase chip's CSS class (app.css): EoS, a bad end, or calm. */
    static String chipClass(RunPhase kind) {
        if (kind == RunPhase.EOS) {
            return "eos";
        }
        return kind.bad() ? "bad" : "stable";
    }

    private static Label value(String id, String tip) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("status-value");
        Tips.on(l, tip);
        return l;
    }
}
