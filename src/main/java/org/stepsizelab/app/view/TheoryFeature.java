package org.stepsizelab.app.view;

import java.util.function.Consumer;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.stepsizelab.app.vm.MainViewModel;
import org.stepsizelab.app.vm.SweepViewModel;
import org.stepsizelab.app.vm.TheoryViewModel;

/**
 * Adds the theory features to the window in one call: the THEORY side-panel section, the
 * C/(ηt) line and Theorem 3.2's average bound on the loss chart, and Run ▸ Sweeps… .
 */
public final class TheoryFeature {
    private final TheoryViewModel theory;
    private final SweepViewModel sweeps;
    private final TheoryPanel panel;
    private final MainViewModel vm;
    private SweepWindow window;

    private TheoryFeature(MainView view, MainViewModel vm, Consumer<Runnable> fx) {
        this.vm = vm;
        theory = new TheoryViewModel(vm, fx);
        sweeps = new SweepViewModel(vm, fx);
        panel = new TheoryPanel(vm, theory);
        view.sidePanel().addSection(panel);

        // the panel keeps the line up to date in its own redraws (no extra redraw per frame)
        view.charts().setRateLine(theory.rateLineProperty().get());
        theory.rateLineProperty().addListener((o, a, on) -> view.charts().setRateLine(on));
        Runnable avg = () -> view.charts().setAvgBound(theory.avgBoundProperty().get(), theory.avgBoundApplies());
        avg.run();
        theory.avgBoundProperty().addListener(o -> avg.run());
        theory.reportProperty().addListener(o -> avg.run());

        MenuItem open = new MenuItem("Sweeps…");
        open.setId("menu-sweeps");
        open.setOnAction(e -> sweepWindow(view).show());
        view.menuBar().runMenu().getItems().addAll(new SeparatorMenuItem(), open);
        view.getProperties().put(TheoryFeature.class, this);
    }

    /** The feature installed on a window's view (for tests and other features), or null. */
    public static TheoryFeature of(MainView view) {
        return (TheoryFeature) view.getProperties().get(TheoryFeature.class);
    }

    /** Installs everything; {@code fx} runs a task on the FX thread ({@code Platform::runLater}). */
    public static TheoryFeature install(MainView view, MainViewModel vm, Consumer<Runnable> fx) {
        return new TheoryFeature(view, vm, fx);
    }

    public SweepWindow sweepWindow(MainView view) {
        if (window == null) {
            window = new SweepWindow(vm, sweeps, view.getScene() == null ? null : view.getScene().getWindow());
        }
        return window;
    }

    public TheoryViewModel theory() { return theory; }
    public SweepViewModel sweeps() { return sweeps; }
    public TheoryPanel panel() { return panel; }
}
