package org.stepsizelab.app.view;

import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.stepsizelab.app.dataview.DataViewPanel;
import org.stepsizelab.app.vm.MainViewModel;

/**
 * The window's layout: menus and tool bar on top, controls left, charts in the middle (most of
 * the room), side panel right, status bar at the bottom. Each part is its own small class.
 */
public final class MainView extends BorderPane {
    private final AppMenuBar menuBar;
    private final ToolBarView toolBar;
    private final ControlsView controls;
    private final ChartsView charts;
    private final SidePanel sidePanel;
    private final StatusBarView statusBar;
    private final DataViewPanel dataView;

    public MainView(MainViewModel vm) {
        charts = new ChartsView(vm);
        menuBar = new AppMenuBar(vm, charts::resetZoom);
        toolBar = new ToolBarView(vm);
        controls = new ControlsView(vm);
        sidePanel = new SidePanel(vm);
        statusBar = new StatusBarView(vm);
        setTop(new VBox(menuBar, toolBar));
        setLeft(controls);
        dataView = new DataViewPanel(vm.dataView());
        SplitPane centre = new SplitPane(charts, dataView);
        centre.setId("centre");
        centre.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(dataView, false);
        setCenter(centre);
        setRight(sidePanel);
        // the side panel grows with the window (its numbers need room) but leaves the charts most of it
        sidePanel.prefWidthProperty().bind(Bindings.max(220, widthProperty().multiply(0.17)));
        setBottom(statusBar);
        getStyleClass().add("main-view");
    }

    /**
     * Keeps single-key shortcuts (Space, S, R, P, L, 0) from firing while the user types in a field:
     * the key-pressed event is stopped before the menu accelerators see it; the characters still
     * arrive as key-typed events. Elsewhere Space always means Run / Pause, even when a combo box or
     * slider has the focus (they would otherwise take it).
     */
    public static void installKeys(Scene scene, MainViewModel vm) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean plain = !e.isShortcutDown() && !e.isAltDown() && !e.isMetaDown();
            if (scene.getFocusOwner() instanceof TextInputControl) {
                if (plain && (e.getCode().isLetterKey() || e.getCode().isDigitKey() || e.getCode() == KeyCode.SPACE)) {
                    e.consume();
                }
            } else if (plain && !e.isShiftDown() && e.getCode() == KeyCode.SPACE) {
                e.consume();
                Actions.perform(Actions.RUN_PAUSE, vm);
            }
        });
    }

    /**
     * Start-up: keeps the controls and the side panel out of the scene until {@link #attachSidePanels}.
     * On a cold JVM the window's first CSS pass and layout are most of the start-up, and these two
     * panels hold about 350 of the window's ~510 nodes; without them the window and its first chart
     * appear sooner. Two empty regions of their width and style hold their places meanwhile (hidden
     * with them in presentation mode), so nothing moves when they arrive.
     */
    public void holdSidePanels() {
        setLeft(placeholder(controls));
        setRight(placeholder(sidePanel));
    }

    /** Puts the controls and the side panel into the window (at once, if they were never held). */
    public void attachSidePanels() {
        if (getLeft() != controls) {
            setLeft(controls);
        }
        if (getRight() != sidePanel) {
            setRight(sidePanel);
        }
    }

    private static javafx.scene.layout.Region placeholder(javafx.scene.layout.Region panel) {
        javafx.scene.layout.Region r = new javafx.scene.layout.Region();
        r.getStyleClass().setAll(panel.getStyleClass());
        r.prefWidthProperty().bind(panel.prefWidthProperty());
        r.minWidthProperty().bind(panel.minWidthProperty());
        r.visibleProperty().bind(panel.visibleProperty());
        r.managedProperty().bind(panel.managedProperty());
        return r;
    }

    public AppMenuBar menuBar() { return menuBar; }
    public ToolBarView toolBar() { return toolBar; }
    public ControlsView controls() { return controls; }
    public ChartsView charts() { return charts; }
    public SidePanel sidePanel() { return sidePanel; }
    public StatusBarView statusBar() { return statusBar; }
    public DataViewPanel dataView() { return dataView; }
}
