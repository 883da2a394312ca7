package org.stepsizelab.app.dataview;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.jfree.chart.JFreeChart;
import org.stepsizelab.app.export.Asker;
import org.stepsizelab.app.export.ExportActions;
import org.stepsizelab.app.export.ExportViewModel;
import org.stepsizelab.app.vm.BackgroundTasks;
import org.stepsizelab.chart.ChartStyle;
import org.stepsizelab.chart.dataview.DataViewChart;
import org.stepsizelab.chart.dataview.ImageViewChart;
import org.stepsizelab.chart.export.ChartExporter;
import org.stepsizelab.chart.export.ExportSize;

/**
 * Export ▸ Data view: the picture the panel shows (its step, mode and pinned boundaries) to PNG, SVG
 * or PDF, or to the clipboard, through the charts' exporter at the export dialog's size, scale and
 * slide style, with the run's recipe embedded. Drawn and written off the FX thread.
 */
public final class DataViewExport {
    private final DataViewModel view;
    private final ExportViewModel settings;
    private final Asker asker;
    private final BackgroundTasks background;

    public DataViewExport(DataViewModel view, ExportViewModel settings, Asker asker, BackgroundTasks background) {
        this.view = view;
        this.settings = settings;
        this.asker = asker;
        this.background = background;
    }

    /** Adds "Export data view ▸ PNG/SVG/PDF…" and "Copy data-view image" to a menu. */
    public void fill(Menu menu) {
        Menu sub = new Menu("Export data view");
        sub.setId("export-data-view");
        for (ChartExporter.Format f : ChartExporter.Format.values()) {
            MenuItem item = new MenuItem(f + "…");
            item.setId("export-data-view-" + f.extension());
            item.setOnAction(e -> export(f));
            sub.getItems().add(item);
        }
        // enabled once the panel shows a picture
        sub.disableProperty().bind(view.frameProperty().isNull());
        MenuItem copy = new MenuItem("Copy data-view image");
        copy.setId("export-data-view-copy");
        copy.disableProperty().bind(view.frameProperty().isNull());
        copy.setOnAction(e -> copy(img -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(SwingFXUtils.toFXImage(img, null));
            Clipboard.getSystemClipboard().setContent(content);
        }));
        menu.getItems().addAll(new SeparatorMenuItem(), sub, copy);
    }

    /** The shown picture rebuilt in the export's style (null when nothing is shown yet). */
    JFreeChart chart() {
        DataViewModel.Frame f = view.frameProperty().get();
        if (f == null) {
            return null;
        }
        ChartStyle style = view.styleProperty().get().withSlide(settings.slideProperty().get());
        // the map and the image views are rebuilt in the export's style; the neuron chart is the panel's
        if (f.images() != null) {
            return ImageViewChart.of(f.images(), style);
        }
        return f.scene() == null ? f.chart() : DataViewChart.of(f.scene(), style, view.overlaysFor(f.scene()));
    }

    public void export(ChartExporter.Format format) {
        JFreeChart chart = chart();
        if (chart == null) {
            asker.showError("Nothing to export", "The data view has no picture yet.");
            return;
        }
        ExportSize size = ExportActions.sizeOrSayWhy(settings, asker, "Cannot export the data view");
        if (size == null) {
            return;
        }
        String ext = format.extension();
        long step = view.frameProperty().get().step();
        Path file = asker.saveTarget("Export data view", "data-view-t" + step + "." + ext, ext,
                format + " (*." + ext + ")");
        if (file == null) {
            return;
        }
        var recipe = settings.recipe();
        ExportActions.drawOff(background, asker, "Cannot export the data view", task -> {
            ChartExporter.write(chart, format, file, size, recipe);
            return file;
        }, written -> asker.showInfo("Exported the data view at step " + step + " (" + size + " " + format
                + ") to " + file));
    }

    public void copy(Consumer<BufferedImage> sink) {
        JFreeChart chart = chart();
        if (chart == null) {
            asker.showError("Nothing to copy", "The data view has no picture yet.");
            return;
        }
        ExportSize size = ExportActions.sizeOrSayWhy(settings, asker, "Cannot copy the data view");
        if (size == null) {
            return;
        }
        ExportActions.drawOff(background, asker, "Cannot copy the data view", task -> ChartExporter.render(chart, size),
                img -> {
                    sink.accept(img);
                    asker.showInfo("Copied a " + size + " picture of the data view to the clipboard");
                });
    }

}
