package org.stepsizelab.app.view;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.stepsizelab.app.vm.MainViewModel;

/**
 * Presentation mode (F11, View ▸ Presentation mode): full screen, slide style everywhere (the
 * charts' text and lines, and through the {@code presentation} style class the status bar, tour
 * caption, tool bar and menus), and the controls and side panel collapsed so the charts are the
 * stage. Leaving it restores the panels and the slide switch as they were.
 */
public final class PresentationMode {
    public static final String STYLE_CLASS = "presentation";
    private final BooleanProperty on = new SimpleBooleanProperty(this, "presentation");
    private boolean slideBefore;

    private PresentationMode(Stage stage, MainView view, MainViewModel vm) {
        stage.setFullScreenExitHint("F11 leaves presentation mode");
        // Esc stays "stop the run"; F11 (or the window manager) leaves full screen
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        on.addListener((o, was, now) -> {
            if (now) {
                slideBefore = vm.view().slideProperty().get();
                vm.view().slideProperty().set(true);
                view.getStyleClass().add(STYLE_CLASS);
            } else {
                vm.view().slideProperty().set(slideBefore);
                view.getStyleClass().remove(STYLE_CLASS);
            }
            for (javafx.scene.Node side : new javafx.scene.Node[] {view.controls(), view.sidePanel()}) {
                side.setVisible(!now);
                side.setManaged(!now);
            }
            stage.setFullScreen(now);
        });
        stage.fullScreenProperty().addListener((o, was, now) -> {
            if (!now) {
                on.set(false); // left full screen some other way
            }
        });
        CheckMenuItem item = new CheckMenuItem("Presentation mode");
        item.setId("menu-presentation");
        item.setAccelerator(KeyCombination.keyCombination("F11"));
        item.selectedProperty().bindBidirectional(on);
        view.menuBar().viewMenu().getItems().add(1, item);
        view.getProperties().put(PresentationMode.class, this);
    }

    public static PresentationMode install(Stage stage, MainView view, MainViewModel vm) {
        return new PresentationMode(stage, view, vm);
    }

    public static PresentationMode of(MainView view) {
        return (PresentationMode) view.getProperties().get(PresentationMode.class);
    }

    public BooleanProperty onProperty() {
        return on;
    }
}
