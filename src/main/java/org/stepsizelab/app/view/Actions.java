package org.stepsizelab.app.view;

import javafx.scene.input.KeyCombination;
import org.stepsizelab.app.vm.MainViewModel;

/**
 * The window's commands with their shortcuts, shared by the menu, the tool bar and their tooltips,
 * so a shortcut is written down once.
 */
public enum Actions {
    RUN_PAUSE("Run / Pause", "Space"),
    STEP_1("Step ×1", "S"),
    STEP_10("Step ×10", "Shift+S"),
    STEP_100("Step ×100", "Ctrl+Shift+S"),
    STOP("Stop the run", "Esc"),
    RESET("Reset to step 0", "R"),
    PIN("Pin this run", "P"),
    CLEAR_PINS("Clear all pins", "Shift+P"),
    LOG_X("Log step axis", "L"),
    SLIDE("Slide style (large text)", "F5"),
    RESET_ZOOM("Reset zoom", "0");

    public final String text;
    public final KeyCombination key;

    Actions(String text, String key) {
        this.text = text;
        this.key = KeyCombination.keyCombination(key);
    }

    /** "Run / Pause (Space)". */
    public String withKey() {
        return text + "   (" + key.getDisplayText() + ")";
    }

    /** Runs a view-model command (the toggles and zoom are handled by their views). */
    static void perform(Actions a, MainViewModel vm) {
        switch (a) {
            case RUN_PAUSE: vm.runOrPause(); break;
            case STEP_1: vm.run().step(1); break;
            case STEP_10: vm.run().step(10); break;
            case STEP_100: vm.run().step(100); break;
            case STOP: vm.run().stop(); break;
            case RESET: vm.reset(); break;
            case PIN: vm.pin(); break;
            case CLEAR_PINS: vm.pins().clear(); break;
            case LOG_X: vm.view().logXProperty().set(!vm.view().logXProperty().get()); break;
            case SLIDE: vm.view().slideProperty().set(!vm.view().slideProperty().get()); break;
            default: break;
        }
    }
}
