package org.stepsizelab.app.vm;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.stepsizelab.core.InputException;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.kernel.Kernels;
import org.stepsizelab.core.theory.GridAxis;
import org.stepsizelab.core.theory.GridCells;
import org.stepsizelab.core.theory.GridMetric;
import org.stepsizelab.core.theory.GridSweep;
import org.stepsizelab.core.theory.SweepResult;
import org.stepsizelab.core.theory.SweepRunner;

/**
 * The Sweeps window's Grid tab: a grid over two run keys (typed as for {@code sweep --grid}, e.g.
 * {@code eta=1:1e5:7} and {@code width=5,10,20,40}) and seeds, on the current parameters, run on
 * all cores off the FX thread with progress and Cancel. A cancelled grid shows the cells that
 * finished. {@link #open} loads a cell's run into the main window and starts it.
 */
public final class GridSweepViewModel {
    /** A finished (or cancelled) grid: the grid, the per-run results (null: not run) and the cells. */
    public record Result(GridSweep grid, List<SweepResult> byRun, List<GridCells.Cell> cells) {}

    private final MainViewModel main;
    private final StringProperty firstAxis = new SimpleStringProperty(this, "firstAxis", "eta=1:1e5:6");
    private final StringProperty secondAxis = new SimpleStringProperty(this, "secondAxis", "width=5,10,20,40");
    private final StringProperty seeds = new SimpleStringProperty(this, "seeds", "0..1");
    private final ObjectProperty<GridMetric> metric = new SimpleObjectProperty<>(this, "metric", GridMetric.EOS_END);
    private final ObjectProperty<Result> result = new SimpleObjectProperty<>(this, "result");
    private final SweepJob job;

    public GridSweepViewModel(MainViewModel main, Consumer<Runnable> fx) {
        this.main = main;
        this.job = new SweepJob(this, BackgroundTasks.thread("grid-sweep", Thread.NORM_PRIORITY, fx));
    }

    /** The grid the fields describe on the current parameters; InputException naming a bad field. */
    public GridSweep grid() {
        List<GridAxis> axes = new java.util.ArrayList<>();
        axes.add(GridAxis.parse(firstAxis.get().trim(), "axis 1"));
        if (!secondAxis.get().isBlank()) {
            axes.add(GridAxis.parse(secondAxis.get().trim(), "axis 2"));
        }
        String s = seeds.get().trim();
        return new GridSweep(main.params().config(), axes, s.isEmpty() ? List.of() : GridSweep.parseSeeds(s));
    }

    /** Starts the grid; a bad field is reported in the status line and nothing runs. */
    public void start() {
        if (job.running().get()) {
            return;
        }
        GridSweep grid;
        List<RunConfig> configs;
        try {
            grid = grid();
            configs = grid.configs();
        } catch (InputException e) {
            job.status().set(e.getMessage());
            return;
        }
        job.start(configs.size(), task -> {
            List<SweepResult> byRun = new SweepRunner(SweepRunner.loadingData(() -> Kernels.withThreads(1)),
                    Runtime.getRuntime().availableProcessors()).runIndexed(configs, (done, total, index, r) ->
                    job.reportProgress(task, done, total, ""), task::cancelled);
            return new Result(grid, byRun, GridCells.of(grid, byRun));
        }, o -> finish(o.value(), o.cancelled(), o.message()));
    }

    private void finish(Result done, boolean cancelled, String error) {
        if (error != null) {
            job.status().set("grid failed: " + error);
            return;
        }
        long finished = done.byRun().stream().filter(r -> r != null && !r.cancelled()).count();
        job.progress().set((double) finished / done.byRun().size());
        result.set(done);
        job.status().set(cancelled ? "cancelled: " + finished + " of " + done.byRun().size() + " runs finished (– cells did not)"
                : finished + " runs done; click a cell to open its run");
    }

    public void cancel() {
        job.cancel();
    }

    /**
     * Loads the run of the cell at these axis indices (its first seed) into the main window and
     * starts it; returns that configuration, or null when no grid has run.
     */
    public RunConfig open(int[] coordinates) {
        Result r = result.get();
        if (r == null || coordinates == null) {
            return null;
        }
        int cell = r.grid().cellAt(coordinates);
        RunConfig c = r.grid().config(cell * r.grid().seedsPerCell());
        main.params().load(c);
        main.start();
        return c;
    }

    public StringProperty firstAxisProperty() { return firstAxis; }
    public StringProperty secondAxisProperty() { return secondAxis; }
    public StringProperty seedsProperty() { return seeds; }
    public ObjectProperty<GridMetric> metricProperty() { return metric; }
    public BooleanProperty runningProperty() { return job.running(); }
    public DoubleProperty progressProperty() { return job.progress(); }
    public StringProperty statusProperty() { return job.status(); }
    public ObjectProperty<Result> resultProperty() { return result; }
}
