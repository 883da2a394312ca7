package org.stepsizelab.app.view;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.stepsizelab.app.vm.MainViewModel;

/**
 * Presentation mode (F11, View ▸ Presentation mode) applied to the window: full screen, slide style
 * everywhere — the charts' text and lines, the data view, and through the {@code presentation} style
 * class on the root the status bar, tour caption, tool bar and anything else in the window — and the
 * controls and side panel collapsed so the charts and the data view are the stage (they share it
 * 60 : 40). What the mode means is {@link PresentationState}; leaving it restores the panels, the
 * divider and the slide switch.
 */
public final class PresentationMode {
    public static final String STYLE_CLASS = "presentation";
    /** The charts' share of the stage beside the data view in presentation mode. */
    static final double CHARTS_SHARE = 0.6;
    private final PresentationState state;
    private double[] dividersBefore;

    private PresentationMode(MainView view, MainViewModel vm, Consumer<Boolean> fullScreen,
                             ObservableBooleanValue isFullScreen) {
        state = new PresentationState(vm.view().slideProperty());
        state.onProperty().addListener((o, was, now) -> {
            if (now) {
                view.getStyleClass().add(STYLE_CLASS);
            } else {
                view.getStyleClass().remove(STYLE_CLASS);
            }
            shareTheStage(view, now);
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

    /**
     * The charts and the data view share the room the side panels leave (the data view keeps its
     * width when the window grows otherwise, so it would stay a narrow strip beside the charts); back
     * in a window the divider returns to where it was.
     */
    private void shareTheStage(MainView view, boolean on) {
        if (!(view.getCenter() instanceof SplitPane centre) || centre.getItems().size() != 2) {
            return;
        }
        SplitPane.setResizableWithParent(view.dataView(), on);
        if (on) {
            dividersBefore = centre.getDividerPositions();
            centre.setDividerPositions(CHARTS_SHARE);
            Platform.runLater(() -> centre.setDividerPositions(CHARTS_SHARE)); // again after the layout
        } else if (dividersBefore != null) {
            double[] back = dividersBefore;
            centre.setDividerPositions(back);
            Platform.runLater(() -> centre.setDividerPositions(back));
        }
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
