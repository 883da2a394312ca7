package org.stepsizelab.app.view;

import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.data.xy.XYDataset;
import org.stepsizelab.app.vm.GridSweepViewModel;
import org.stepsizelab.chart.GridHeatMap;
import org.stepsizelab.chart.SweepCharts;
import org.stepsizelab.core.theory.GridMetric;

/**
 * The Sweeps window's Grid tab: two axes and seeds typed as for {@code sweep --grid}, Run grid
 * with progress and Cancel, a heat map of the chosen metric; clicking a cell opens its run in the
 * main window with its parameters.
 */
final class GridTab {
    private final GridSweepViewModel vm;
    private final Supplier<SweepCharts.Look> look;
    private final ChartViewer viewer = new ChartViewer(null);
    private final Tab tab;

    GridTab(GridSweepViewModel vm, Supplier<SweepCharts.Look> look) {
        this.vm = vm;
        this.look = look;
        TextField first = field(vm.firstAxisProperty().get(), "sweep-grid-axis1", 16);
        TextField second = field(vm.secondAxisProperty().get(), "sweep-grid-axis2", 16);
        TextField seeds = field(vm.seedsProperty().get(), "sweep-grid-seeds", 5);
        Tips.on(first, "KEY=A,B,C or KEY=MIN:MAX:COUNT (log-spaced), any run key: eta, width, leak, activation, steps, …");
        Tips.on(seeds, "Seeds per cell: 0..4 or 1,7,42 (cells show the median); empty = the current seed only");
        Button run = new Button("Run grid");
        run.setId("sweep-grid-run");
        run.setOnAction(e -> {
            vm.firstAxisProperty().set(first.getText());
            vm.secondAxisProperty().set(second.getText());
            vm.seedsProperty().set(seeds.getText());
            vm.start();
        });
        run.disableProperty().bind(vm.runningProperty());
        HBox axes = new HBox(6, new Label("axis 1"), first, new Label("axis 2"), second, new Label("seeds"), seeds, run);
        axes.setAlignment(Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar();
        bar.setId("sweep-grid-progress");
        bar.setPrefWidth(200);
        bar.progressProperty().bind(vm.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("sweep-grid-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        ChoiceBox<GridMetric> metric = new ChoiceBox<>();
        metric.setId("sweep-grid-metric");
        metric.getItems().setAll(GridMetric.values());
        metric.setConverter(new StringConverter<>() {
            @Override
            public String toString(GridMetric m) {
                return m == null ? "" : m.title();
            }

            @Override
            public GridMetric fromString(String s) {
                return null;
            }
        });
        metric.valueProperty().bindBidirectional(vm.metricProperty());
        Label status = new Label();
        status.setId("sweep-grid-status");
        status.textProperty().bind(vm.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox progress = new HBox(8, bar, cancel, status, new Label("show"), metric);
        progress.setAlignment(Pos.CENTER_LEFT);

        viewer.setId("sweep-chart-grid");
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX e) {
                if (e.getEntity() instanceof XYItemEntity item && vm.resultProperty().get() != null) {
                    XYDataset d = item.getDataset();
                    vm.open(GridHeatMap.coordinatesAt(vm.resultProperty().get().grid(),
                            d.getXValue(item.getSeriesIndex(), item.getItem()), d.getYValue(item.getSeriesIndex(), item.getItem())));
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX e) {
                // tooltips come from the renderer
            }
        });
        VBox top = new VBox(6, axes, progress);
        top.setPadding(new Insets(8, 4, 8, 4));
        BorderPane content = new BorderPane(viewer, top, null, null, null);
        tab = new Tab("Grid", content);
        tab.setUserData(viewer);
        vm.resultProperty().addListener((o, a, r) -> redraw());
        vm.metricProperty().addListener((o, a, m) -> redraw());
    }

    Tab tab() {
        return tab;
    }

    ChartViewer viewer() {
        return viewer;
    }

    void redraw() {
        if (vm.resultProperty().get() != null) { // no result (yet, or a grid running again): the map stays
            viewer.setChart(freshChart());
        }
    }

    /** A new heat map of the finished grid (null before one or when it cannot be drawn); any thread may draw it. */
    JFreeChart freshChart() {
        GridSweepViewModel.Result r = vm.resultProperty().get();
        if (r == null || !GridHeatMap.drawable(r.grid())) {
            return null;
        }
        return GridHeatMap.of(r.grid(), r.cells(), vm.metricProperty().get(), look.get());
    }

    private static TextField field(String text, String id, int columns) {
        TextField t = new TextField(text);
        t.setId(id);
        t.setPrefColumnCount(columns);
        return t;
    }
}
