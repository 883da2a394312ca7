package org.stepsizelab.app.view;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.stepsizelab.app.vm.MainViewModel;

/**
 * The right-hand column: pinned runs first, then any panels other features add with
 * {@link #addSection(Node)} (for example THEORY or a sweep view).
 */
public final class SidePanel extends ScrollPane {
    private final VBox content = new VBox(16);

    public SidePanel(MainViewModel vm) {
        content.setPadding(new Insets(10, 12, 12, 12));
        content.getChildren().add(new PinsView(vm));
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setMinWidth(200);
        setPrefWidth(225);
        getStyleClass().add("side-panel");
    }

    /** Appends a section below the pinned runs. */
    public void addSection(Node section) {
        content.getChildren().add(section);
    }

    public VBox sections() {
        return content;
    }
}
