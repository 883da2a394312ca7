package org.stepsizelab.app.tour;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.stepsizelab.app.vm.MainViewModel;
import org.stepsizelab.core.preset.Tour;
import org.stepsizelab.core.preset.TourStep;

/**
 * A tour in the window: which step is shown, Next and Back. Showing a step loads its preset into
 * the controls and starts it, sets the view switches it asks for (a step pointing at the data view's
 * map or neurons switches the data view to it), and hands its sweep (if any) to
 * {@code sweeps}, which opens the sweep window and runs it.
 */
public final class TourViewModel {
    private final MainViewModel vm;
    private final Consumer<TourStep> sweeps;
    private final ObjectProperty<Tour> tour = new SimpleObjectProperty<>(this, "tour");
    private final IntegerProperty index = new SimpleIntegerProperty(this, "index", -1);
    private final ObjectProperty<TourStep> step = new SimpleObjectProperty<>(this, "step");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");

    public TourViewModel(MainViewModel vm, Consumer<TourStep> sweeps) {
        this.vm = vm;
        this.sweeps = sweeps;
    }

    /** Starts a tour at its first step. */
    public void start(Tour t) {
        tour.set(t);
        active.set(true);
        go(0);
    }

    public void next() {
        if (active.get() && index.get() + 1 < tour.get().steps().size()) {
            go(index.get() + 1);
        }
    }

    public void back() {
        if (active.get() && index.get() > 0) {
            go(index.get() - 1);
        }
    }

    /** Leaves the tour; the last step's run and settings stay. */
    public void close() {
        active.set(false);
        step.set(null);
        index.set(-1);
    }

    private void go(int i) {
        TourStep s = tour.get().steps().get(i);
        index.set(i);
        step.set(s);
        if (s.logX() != null) {
            vm.view().logXProperty().set(s.logX());
        }
        if (s.sharpnessChart() != null) {
            vm.view().showSharpnessProperty().set(s.sharpnessChart());
        }
        if (s.highlightsDataView()) {
            vm.dataView().modeProperty().set("neurons".equals(s.highlight())
                    ? org.stepsizelab.app.dataview.DataViewModel.Mode.NEURONS
                    : org.stepsizelab.app.dataview.DataViewModel.Mode.MAP);
        }
        vm.params().load(s.preset().config());
        vm.start();
        if (s.sweep() != null) {
            sweeps.accept(s);
        }
    }

    /** "3 / 9". */
    public String position() {
        return active.get() ? (index.get() + 1) + " / " + tour.get().steps().size() : "";
    }

    public boolean hasNext() { return active.get() && index.get() + 1 < tour.get().steps().size(); }
    public boolean hasBack() { return active.get() && index.get() > 0; }
    public ObjectProperty<Tour> tourProperty() { return tour; }
    public IntegerProperty indexProperty() { return index; }
    public ObjectProperty<TourStep> stepProperty() { return step; }
    public BooleanProperty activeProperty() { return active; }
}
