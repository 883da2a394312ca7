package org.stepsizelab.app.view;

import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.stepsizelab.app.vm.MainViewModel;

/**
 * Presentation mode (F11, View ▸ Presentation mode) applied to the window: full screen, slide style
 * everywhere — the charts' text and lines, the data view, and through the {@code presentation} style
 * class on the root the status bar, tour caption, tool bar and anything else in the window — and the
 * controls and side panel collapsed so the charts and the data view are the stage. What the mode
 * means is {@link PresentationState}; leaving it restores the panels and the slide switch.
 */
public final class PresentationMode {
    public static final String STYLE_CLASS = "presentation";
    private final PresentationState state;

    private PresentationMode(MainView view, MainViewModel vm, Consumer<Boolean> fullScreen,
                             ObservableBooleanValue isFullScreen) {
        state = new PresentationState(vm.view().slideProperty());
        state.onProperty().addListener((o, was, now) -> {
            if (now) {
                view.getStyleClass().add(STYLE_CLASS);
            } else {
                view.getStyleClass().remove(STYLE_CLASS);
            }
        });
        for (Node side : new Node[] {view.controls(), view.sidePanel()}) {
            side.visibleProperty().bind(state.panelsShownProperty());
            side.managedProperty().bind(state.panelsShownProperty());
        }
        state.fullScreenWantedProperty().addListener((o, was, now) -> fullScreen.accept(now));
        isFullScreen.addListener((o, was, now) -> {
            if (was && !now) {
                state.fullScreenLeft(); // left full screen some other way
            }
        });
        CheckMenuItem item = new CheckMenuItem("Presentation mode (full screen, slide style)");
        item.setId("menu-presentation");
        item.setAccelerator(KeyCombination.keyCombination("F11"));
        item.selectedProperty().bindBidirectional(state.onProperty());
        view.menuBar().viewMenu().getItems().add(2, item);
        view.getProperties().put(PresentationMode.class, this);
    }

    /** Presentation mode on a real stage: F11 switches it to full screen and back. */
    public static PresentationMode install(Stage stage, MainView view, MainViewModel vm) {
        stage.setFullScreenExitHint("F11 leaves presentation mode");
        // Esc stays "stop the run"; F11 (or the window manager) leaves full screen
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        return install(view, vm, stage::setFullScreen, stage.fullScreenProperty());
    }

    /**
     * Presentation mode with the full-screen switch given: {@code fullScreen} is asked to enter
     * (true) or leave (false) full screen, {@code isFullScreen} reports what the window did.
     */
    public static PresentationMode install(MainView view, MainViewModel vm, Consumer<Boolean> fullScreen,
                                           ObservableBooleanValue isFullScreen) {
        return new PresentationMode(view, vm, fullScreen, isFullScreen);
    }

    public static PresentationMode of(MainView view) {
        return (PresentationMode) view.getProperties().get(PresentationMode.class);
    }

    public PresentationState state() {
        return state;
    }

    public javafx.beans.property.BooleanProperty onProperty() {
        return state.onProperty();
    }
}
