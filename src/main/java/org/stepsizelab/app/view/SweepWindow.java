package org.stepsizelab.app.view;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.stepsizelab.app.vm.MainViewModel;
import org.stepsizelab.app.vm.SweepViewModel;
import org.stepsizelab.chart.SweepCharts;
import org.stepsizelab.app.vm.BackgroundTasks;
import org.stepsizelab.chart.export.ChartExporter;
import org.stepsizelab.chart.export.ExportSize;
import org.stepsizelab.core.InputException;

/**
 * The Sweep window: runs stepsize and budget sweeps on the current parameters (all cores, with a
 * progress bar and Cancel) and charts final loss vs η, s* vs η with its fitted slope, and final
 * loss vs T for η ∝ T against a fixed η. Each chart exports to PNG, SVG or PDF through the shared
 * {@link ChartExporter}.
 */
public final class SweepWindow {
    private final SweepViewModel vm;
    private final MainViewModel main;
    private final Stage stage = new Stage();
    private final ChartViewer lossVsEta = new ChartViewer(null);
    private final ChartViewer eosVsEta = new ChartViewer(null);
    private final ChartViewer lossVsT = new ChartViewer(null);
    private final TabPane tabs = new TabPane();
    private final ChoiceBox<ExportSize> exportSize = new ChoiceBox<>();
    private final GridTab grid;
    /** Draws and writes exported charts off the FX thread. */
    private final BackgroundTasks exporter = BackgroundTasks.thread("sweep-export", Thread.NORM_PRIORITY);

    public SweepWindow(MainViewModel main, SweepViewModel vm, Window owner) {
        this.main = main;
        this.vm = vm;
        stage.initOwner(owner);
        stage.setTitle("Stepsize Lab — sweeps");

        TextField min = number(vm.etaMinProperty().get(), "sweep-eta-min");
        TextField max = number(vm.etaMaxProperty().get(), "sweep-eta-max");
        Spinner<Integer> count = new Spinner<>(2, 64, vm.etaCountProperty().get());
        count.setEditable(true);
        count.setPrefWidth(80);
        count.setId("sweep-eta-count");
        Button overEta = new Button("Sweep η");
        overEta.setId("sweep-run-eta");
        overEta.setOnAction(e -> {
            if (read(min, vm.etaMinProperty()::set, "η min") && read(max, vm.etaMaxProperty()::set, "η max")) {
                vm.etaCountProperty().set(count.getValue());
                vm.start(SweepViewModel.Kind.OVER_ETA);
            }
        });
        Tips.on(overEta, "Runs COUNT stepsizes from η min to η max (log-spaced) with the current parameters and T.");
        HBox etaRow = new HBox(6, new Label("η from"), min, new Label("to"), max, new Label("count"), count, overEta);
        etaRow.setAlignment(Pos.CENTER_LEFT);

        TextField list = new TextField(vm.stepsListProperty().get());
        list.setId("sweep-steps-list");
        list.setPrefColumnCount(18);
        TextField k = number(vm.etaPerStepProperty().get(), "sweep-eta-per-step");
        TextField fixed = number(vm.fixedEtaProperty().get(), "sweep-fixed-eta");
        Button overT = new Button("Sweep T");
        overT.setId("sweep-run-steps");
        overT.setOnAction(e -> {
            vm.stepsListProperty().set(list.getText());
            if (read(k, vm.etaPerStepProperty()::set, "K") && read(fixed, vm.fixedEtaProperty()::set, "fixed η")) {
                vm.start(SweepViewModel.Kind.OVER_STEPS);
            }
        });
        Tips.on(overT, "For each budget T: one run with η = K·T (Corollary 4.2: L(w_T) = O(1/T²)) and one with\n"
                + "the fixed η (Theorem 4.3: a monotone run has L(w_T) = Ω(1/T)).");
        HBox tRow = new HBox(6, new Label("T list"), list, new Label("η = K·T, K"), k, new Label("vs fixed η"), fixed, overT);
        tRow.setAlignment(Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar();
        bar.setId("sweep-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setPrefWidth(220);
        Button cancel = new Button("Cancel");
        cancel.setId("sweep-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        overEta.disableProperty().bind(vm.runningProperty());
        overT.disableProperty().bind(vm.runningProperty());
        Label status = new Label();
        status.setId("sweep-status");
        status.textProperty().bind(vm.statusProperty());
        exportSize.getItems().setAll(ExportSize.PRESETS);
        exportSize.getSelectionModel().selectFirst();
        Button export = new Button("Export chart…");
        export.setId("sweep-export");
        export.setOnAction(e -> exportCurrent());
        HBox statusRow = new HBox(8, bar, cancel, status);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox exportRow = new HBox(6, new Label("size"), exportSize, export);
        exportRow.setAlignment(Pos.CENTER_RIGHT);

        tabs.getTabs().addAll(tab("Final loss vs η", lossVsEta), tab("s* vs η", eosVsEta), tab("Final loss vs T", lossVsT));
        grid = new GridTab(vm.grid(), this::look);
        tabs.getTabs().add(grid.tab());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        javafx.scene.layout.VBox top = new javafx.scene.layout.VBox(6, etaRow, tRow, statusRow);
        top.setPadding(new Insets(10));
        BorderPane root = new BorderPane(tabs, top, null, exportRow, null);
        BorderPane.setMargin(exportRow, new Insets(6, 10, 10, 10));
        stage.setScene(new Scene(root, 1000, 720));

        vm.overEtaProperty().addListener((o, a, r) -> redrawEta(r));
        vm.proportionalProperty().addListener((o, a, r) -> redrawSteps());
        vm.fixedProperty().addListener((o, a, r) -> redrawSteps());
        main.view().slideProperty().addListener((o, a, on) -> { // restyle now, not at the next sweep
            redrawEta(vm.overEtaProperty().get());
            redrawSteps();
            grid.redraw();
        });
        redrawEta(vm.overEtaProperty().get());
        redrawSteps();
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    private static Tab tab(String title, ChartViewer v) {
        Tab t = new Tab(title, v);
        t.setUserData(v);
        v.setId("sweep-chart-" + title.replaceAll("[^A-Za-z*]+", "-").toLowerCase(java.util.Locale.ROOT));
        return t;
    }

    private SweepCharts.Look look() {
        return main.view().slideProperty().get() ? SweepCharts.Look.slide() : SweepCharts.Look.screen();
    }

    private void redrawEta(List<org.stepsizelab.core.theory.SweepResult> r) {
        lossVsEta.setChart(SweepCharts.finalLossVsEta(r, look()));
        eosVsEta.setChart(SweepCharts.eosLengthVsEta(r, vm.theoremNoteProperty().get(), look()));
    }

    private void redrawSteps() {
        lossVsT.setChart(stepsChart());
    }

    private JFreeChart stepsChart() {
        String k = org.stepsizelab.core.Num.compact(vm.etaPerStepProperty().get());
        return SweepCharts.finalLossVsSteps(vm.proportionalProperty().get(), "η = " + k + "·T",
                vm.fixedProperty().get(), "η = " + org.stepsizelab.core.Num.compact(vm.fixedEtaProperty().get()),
                vm.theoremNoteProperty().get(), look());
    }

    /**
     * Exports the shown tab's chart off the FX thread: a new chart built from the same results is
     * drawn and written by the export thread (the shown one belongs to the FX thread, and a large
     * PNG or PDF takes long enough to freeze the window), and the status line says when it is done.
     */
    private void exportCurrent() {
        ChartViewer v = (ChartViewer) tabs.getSelectionModel().getSelectedItem().getUserData();
        if (v.getChart() == null) {
            vm.statusProperty().set("nothing to export yet: run the sweep first");
            return;
        }
        FileChooser fc = new FileChooser();
        fc.setTitle("Export chart");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PNG image", "*.png"),
                new FileChooser.ExtensionFilter("SVG drawing", "*.svg"), new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        fc.setInitialFileName("sweep-" + v.getId().replace("sweep-chart-", "") + ".png");
        File f = fc.showSaveDialog(stage);
        if (f != null) {
            exportShown(f.toPath(), exportSize.getValue());
        }
    }

    /** Exports the shown tab's chart to {@code file} (what Export chart… does once a file is chosen); FX thread. */
    public void exportShown(Path file, ExportSize size) {
        ChartViewer v = (ChartViewer) tabs.getSelectionModel().getSelectedItem().getUserData();
        JFreeChart chart = v.getChart() == null ? null : freshChart(v);
        if (chart == null) {
            vm.statusProperty().set("nothing to export yet: run the sweep first");
            return;
        }
        export(chart, file, size);
    }

    /** Writes {@code chart} to {@code file} (PNG when the name has no known extension) on the export thread. */
    private void export(JFreeChart chart, Path file, ExportSize size) {
        ChartExporter.Format named = ChartExporter.Format.ofFileName(file.getFileName().toString());
        ChartExporter.Format format = named == null ? ChartExporter.Format.PNG : named;
        Path target = named == null ? file.resolveSibling(file.getFileName() + ".png") : file;
        vm.statusProperty().set("exporting " + target.getFileName() + " …");
        exporter.submit(task -> {
            ChartExporter.write(chart, format, target, size);
            return target;
        }, o -> {
            if (o.failed()) {
                vm.statusProperty().set("export failed");
                new Alert(Alert.AlertType.ERROR, o.error() instanceof InputException ? o.message()
                        : "Drawing failed: " + o.error()).showAndWait();
            } else {
                vm.statusProperty().set("exported " + o.value());
            }
        });
    }

    /** A new chart of what {@code v} shows, from the sweep's results (null when there is none). */
    private JFreeChart freshChart(ChartViewer v) {
        if (v == lossVsEta) {
            return SweepCharts.finalLossVsEta(vm.overEtaProperty().get(), look());
        }
        if (v == eosVsEta) {
            return SweepCharts.eosLengthVsEta(vm.overEtaProperty().get(), vm.theoremNoteProperty().get(), look());
        }
        if (v == lossVsT) {
            return stepsChart();
        }
        return grid.freshChart();
    }

    private static TextField number(double v, String id) {
        TextField t = new TextField(org.stepsizelab.core.Num.compact(v));
        t.setPrefColumnCount(6);
        t.setId(id);
        return t;
    }

    /** Parses a field as a number > 0; on bad input shows what is allowed and returns false. */
    private boolean read(TextField field, java.util.function.DoubleConsumer set, String what) {
        try {
            double v = Double.parseDouble(field.getText().trim());
            if (v > 0 && Double.isFinite(v)) {
                set.accept(v);
                return true;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        vm.statusProperty().set(what + ": '" + field.getText() + "' is not allowed (a finite number > 0, e.g. 1e4)");
        return false;
    }
}
