package org.stepsizelab.app.export;

import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.stepsizelab.app.dataview.DataViewExport;
import org.stepsizelab.app.view.AppMenuBar;
import org.stepsizelab.app.view.LazyTooltip;
import org.stepsizelab.app.view.MainView;
import org.stepsizelab.app.vm.BackgroundTasks;
import org.stepsizelab.app.vm.MainViewModel;
import org.stepsizelab.chart.ChartKind;
import org.stepsizelab.core.preset.Preset;
import org.stepsizelab.core.preset.Presets;

/**
 * Fills the window's Presets, File and Export menus: the bundled presets with their descriptions,
 * Open…/Save as…, chart and metrics export, copy to clipboard and the slide style. Installed once by
 * the application, before its first run starts (so the remembered preset is what runs first).
 */
public final class PresetsAndExport {
    private final PresetActions presets;
    private final ExportActions exports;
    private final ExportViewModel model;

    private PresetsAndExport(PresetActions presets, ExportActions exports, ExportViewModel model) {
        this.presets = presets;
        this.exports = exports;
        this.model = model;
    }

    public static PresetsAndExport install(Stage stage, MainViewModel vm, MainView view) {
        FxAsker asker = new FxAsker(stage, vm.messageProperty()::set);
        BackgroundTasks drawing = BackgroundTasks.thread("chart-export", Thread.NORM_PRIORITY);
        ExportViewModel model = new ExportViewModel(vm, () -> view.charts().labChart());
        PresetsAndExport p = new PresetsAndExport(new PresetActions(vm, asker, PresetMemory.user()),
                new ExportActions(model, asker, drawing), model);
        AppMenuBar bar = view.menuBar();
        p.fillPresets(bar.presetsMenu());
        p.fillFile(bar.fileMenu());
        p.fillExport(bar.exportMenu(), vm);
        // the data view's pictures go through the same exporter, size and scale as the charts
        new DataViewExport(vm.dataView(), model, asker, drawing).fill(bar.exportMenu());
        p.presets.restoreLast();
        return p;
    }

    public PresetActions presets() {
        return presets;
    }

    public ExportActions exports() {
        return exports;
    }

    public ExportViewModel model() {
        return model;
    }

    private void fillPresets(Menu menu) {
        List<Preset> all = Presets.bundled();
        for (Preset p : all) {
            Label label = new Label(p.displayTitle());
            LazyTooltip.install(label, p.description(), tip -> {
                tip.setWrapText(true);
                tip.setMaxWidth(460);
                tip.setShowDelay(Duration.millis(250));
                tip.setShowDuration(Duration.seconds(30));
            });
            CustomMenuItem item = new CustomMenuItem(label, true);
            item.setId("preset-" + p.name());
            item.setOnAction(e -> presets.loadBundled(p));
            menu.getItems().add(item);
        }
    }

    private void fillFile(Menu menu) {
        MenuItem open = new MenuItem("Open preset…");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> presets.open());
        open.setId("file-open");
        MenuItem save = new MenuItem("Save preset as…");
        save.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        save.setOnAction(e -> presets.saveAs());
        save.setId("file-save-as");
        MenuItem data = new MenuItem("Open data file… (CSV, IDX, CIFAR-10)");
        data.setOnAction(e -> presets.openDataFile());
        data.setId("file-open-data");
        menu.getItems().addAll(0, List.of(open, save, data));
    }

    private void fillExport(Menu menu, MainViewModel vm) {
        MenuItem panel = new MenuItem("Export charts (PNG, SVG, PDF)…");
        panel.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        panel.setOnAction(e -> exports.exportChart(null));
        panel.setId("export-panel");
        Menu single = new Menu("Export one chart");
        single.setOnShowing(e -> {
            single.getItems().clear();
            for (ChartKind k : model.singleCharts()) {
                MenuItem m = new MenuItem(k.axisLabel + " — " + k.description + "…");
                m.setOnAction(a -> exports.exportChart(k));
                single.getItems().add(m);
            }
        });
        single.getItems().add(new MenuItem("…")); // replaced when shown; a menu needs an item to open
        MenuItem csv = new MenuItem("Export metrics (CSV)…");
        csv.setOnAction(e -> exports.exportMetrics());
        csv.setId("export-csv");
        MenuItem copy = new MenuItem("Copy chart image");
        copy.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+C"));
        copy.setOnAction(e -> exports.copyImage(img -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(SwingFXUtils.toFXImage(img, null));
            Clipboard.getSystemClipboard().setContent(content);
        }));
        copy.setId("export-copy");
        CheckMenuItem slide = new CheckMenuItem("Slide style");
        slide.selectedProperty().bindBidirectional(vm.view().slideProperty());
        menu.getItems().addAll(panel, single, csv, new SeparatorMenuItem(), copy, new SeparatorMenuItem(), slide);
    }
}
