package org.stepsizelab.app.view;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.stepsizelab.app.vm.MainViewModel;
import org.stepsizelab.app.vm.PinnedRun;
import org.stepsizelab.chart.Palette;

/** PINNED RUNS: a coloured swatch, the run's name and ✕ per pin; Clear all. */
public final class PinsView extends VBox {
    private final VBox rows = new VBox(4);

    public PinsView(MainViewModel vm) {
        super(6);
        Label title = new Label("PINNED RUNS");
        title.getStyleClass().add("section-title");
        Label empty = new Label("Press P (or Pin) to keep the current run as an overlay.");
        empty.setWrapText(true);
        empty.getStyleClass().add("hint");
        Button clear = new Button("Clear all");
        clear.setId("clear-pins");
        clear.setOnAction(e -> vm.pins().clear());
        clear.setFocusTraversable(false);
        Tips.on(clear, Actions.CLEAR_PINS.withKey());
        getChildren().addAll(title, empty, rows, clear);
        Runnable refresh = () -> {
            rows.getChildren().clear();
            for (PinnedRun p : vm.pins().pins()) {
                rows.getChildren().add(row(vm, p));
            }
            boolean any = !vm.pins().pins().isEmpty();
            empty.setVisible(!any);
            empty.setManaged(!any);
            clear.setVisible(any);
            clear.setManaged(any);
        };
        vm.pins().pins().addListener((ListChangeListener<PinnedRun>) c -> refresh.run());
        refresh.run();
        setId("pins");
    }

    private static HBox row(MainViewModel vm, PinnedRun p) {
        Region swatch = new Region();
        swatch.setMinSize(14, 14);
        swatch.setMaxSize(14, 14);
        swatch.setStyle("-fx-background-color: " + Palette.hex(Palette.run(p.color())) + ";");
        Label name = new Label(p.label());
        name.setWrapText(true);
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        Tips.on(name, p.label() + "\nseed " + p.config().seed() + ", T = " + p.config().steps()
                + ", σ = " + p.config().initScale());
        Button remove = new Button("✕");
        remove.getStyleClass().add("remove-pin");
        remove.setFocusTraversable(false);
        remove.setOnAction(e -> vm.pins().remove(p));
        Tips.on(remove, "Remove this pinned run");
        HBox h = new HBox(6, swatch, name, remove);
        h.setAlignment(Pos.CENTER_LEFT);
        h.getStyleClass().add("pin-row");
        return h;
    }
}
