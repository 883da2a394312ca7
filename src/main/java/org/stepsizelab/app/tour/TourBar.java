package org.stepsizelab.app.tour;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.stepsizelab.core.preset.TourStep;

/**
 * The tour's caption above the charts: the step's title and position, its caption, Back, Next and
 * a close button. Hidden (and taking no room) while no tour runs.
 */
public final class TourBar extends HBox {
    private final Label title = new Label();
    private final Label position = new Label();
    private final Label caption = new Label();
    private final Button back = new Button("◀ Back");
    private final Button next = new Button("Next ▶");
    private final Button close = new Button("✕");

    public TourBar(TourViewModel tour) {
        getStyleClass().add("tour-bar");
        setId("tour-bar");
        title.getStyleClass().add("tour-title");
        position.getStyleClass().add("tour-position");
        caption.getStyleClass().add("tour-caption");
        caption.setWrapText(true);
        caption.setId("tour-caption");
        caption.setMaxWidth(Double.MAX_VALUE);
        back.setId("tour-back");
        next.setId("tour-next");
        close.setId("tour-close");
        next.getStyleClass().add("primary");
        close.getStyleClass().add("remove-pin");
        for (Button b : new Button[] {back, next, close}) {
            b.setFocusTraversable(false); // the arrow keys stay the tour's, not the buttons'
            b.setMinWidth(Region.USE_PREF_SIZE); // a long caption wraps; the buttons keep their words
        }
        back.setOnAction(e -> tour.back());
        next.setOnAction(e -> tour.next());
        close.setOnAction(e -> tour.close());
        HBox head = new HBox(10, title, position);
        head.setAlignment(Pos.BASELINE_LEFT);
        VBox text = new VBox(3, head, caption);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox buttons = new HBox(6, back, next, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(14);
        getChildren().addAll(text, buttons);
        visibleProperty().bind(tour.activeProperty());
        managedProperty().bind(tour.activeProperty());
        tour.stepProperty().addListener((o, a, s) -> show(tour, s));
    }

    private void show(TourViewModel tour, TourStep s) {
        if (s == null) {
            return;
        }
        title.setText(s.title());
        position.setText(tour.position() + " · " + tour.tourProperty().get().title());
        caption.setText(s.caption());
        back.setDisable(!tour.hasBack());
        next.setDisable(!tour.hasNext());
    }

    public Label caption() { return caption; }
}
