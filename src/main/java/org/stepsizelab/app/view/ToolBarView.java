package org.stepsizelab.app.view;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Pane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.stepsizelab.app.vm.MainViewModel;
import org.stepsizelab.app.vm.RunState;

/** Run / Pause, Step ×1 ×10 ×100, Reset, Pin, and the log-t switch. Buttons take no keyboard focus, so Space always means Run / Pause. */
public final class ToolBarView extends ToolBar {
    private final Button runPause = new Button();

    public ToolBarView(MainViewModel vm) {
        runPause.setId("run-pause");
        runPause.textProperty().bind(Bindings.createStringBinding(
                () -> vm.run().stateProperty().get() == RunState.RUNNING ? "❚❚ Pause" : "▶ Run",
                vm.run().stateProperty()));
        BooleanBinding over = Bindings.createBooleanBinding(() -> vm.run().stateProperty().get().over(),
                vm.run().stateProperty());
        runPause.getStyleClass().add("primary");
        runPause.setMinWidth(92);
        Button step = button("step-1", "Step ▸", Actions.STEP_1, vm);
        Button step10 = button("step-10", "×10", Actions.STEP_10, vm);
        Button step100 = button("step-100", "×100", Actions.STEP_100, vm);
        for (Button b : new Button[] {step, step10, step100}) {
            b.disableProperty().bind(over);
        }
        Button stop = button("stop", "■ Stop", Actions.STOP, vm);
        stop.disableProperty().bind(over);
        Button reset = button("reset", "⟲ Reset", Actions.RESET, vm);
        Button pin = button("pin", "Pin", Actions.PIN, vm);
        setup(runPause, Actions.RUN_PAUSE, vm);

        ToggleButton logX = new ToggleButton("log t");
        logX.setId("log-x");
        logX.selectedProperty().bindBidirectional(vm.view().logXProperty());
        logX.setFocusTraversable(false);
        Tips.on(logX, Actions.LOG_X.withKey() + "\nA log step axis shows the short EoS phase and the stable phase together.");
        ToggleButton slide = new ToggleButton("slide style");
        slide.selectedProperty().bindBidirectional(vm.view().slideProperty());
        slide.setFocusTraversable(false);
        Tips.on(slide, Actions.SLIDE.withKey() + "\nLarger text and thicker lines for a projector.");

        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getItems().addAll(runPause, step, step10, step100, stop, reset, new Separator(), pin, spacer, logX, slide);
        getStyleClass().add("main-toolbar");
    }

    public Button runPauseButton() {
        return runPause;
    }

    private static Button button(String id, String text, Actions a, MainViewModel vm) {
        Button b = new Button(text);
        b.setId(id);
        setup(b, a, vm);
        return b;
    }

    private static void setup(Button b, Actions a, MainViewModel vm) {
        b.setFocusTraversable(false);
        b.setOnAction(e -> Actions.perform(a, vm));
        Tips.on(b, a.withKey());
    }
}
