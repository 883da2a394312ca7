package org.stepsizelab.app.export;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.stepsizelab.app.FxThread;
import org.jfree.chart.JFreeChart;
import org.stepsizelab.chart.ChartKind;
import org.stepsizelab.chart.export.ExportSize;
import org.stepsizelab.core.InputException;
import org.stepsizelab.core.preset.FigureRecipe;

/**
 * The Export menu's actions: a chart (panel or one chart) to PNG/SVG/PDF, the metrics to CSV, the
 * picture to the clipboard. The chart is prepared on the FX thread and drawn and written on a
 * background thread; results and errors come back to the FX thread.
 */
public final class ExportActions {
    private final ExportViewModel model;
    private final Asker asker;
    private final Consumer<Runnable> background;

    /** @param background runs drawing and writing off the FX thread (tests pass {@code Runnable::run}) */
    public ExportActions(ExportViewModel model, Asker asker, Consumer<Runnable> background) {
        this.model = model;
        this.asker = asker;
        this.background = background;
    }

    /** Asks what to export and where, then writes it. */
    public void exportChart(ChartKind preselected) {
        if (!model.hasRun()) {
            asker.showError("Nothing to export", "The run has no steps yet.");
            return;
        }
        ExportRequest r = asker.exportSettings(model, preselected);
        if (r == null) {
            return;
        }
        String ext = r.format().extension();
        Path chosen = asker.saveFile("Export chart", model.suggestedName(r.chart(), ext), ext,
                r.format() + " (*." + ext + ")");
        if (chosen == null) {
            return;
        }
        Path file = ExportViewModel.withExtension(chosen, ext);
        if (ExportViewModel.wouldOverwrite(file) && !asker.confirmOverwrite(file)) {
            return;
        }
        JFreeChart chart = model.prepare(r);
        FigureRecipe recipe = model.recipe();
        background.accept(() -> {
            try {
                ExportViewModel.write(chart, r, file, recipe);
                FxThread.run(() -> asker.showInfo("Exported " + r.size() + " " + r.format() + " to " + file));
            } catch (InputException e) {
                FxThread.run(() -> asker.showError("Cannot export the chart", e.getMessage()));
            } catch (RuntimeException | OutOfMemoryError e) {
                FxThread.run(() -> asker.showError("Cannot export the chart", "Drawing failed: " + e));
            }
        });
    }

    public void exportMetrics() {
        if (!model.hasRun()) {
            asker.showError("Nothing to export", "The run has no steps yet.");
            return;
        }
        Path chosen = asker.saveFile("Export metrics", model.suggestedName(null, "csv"), "csv",
                "CSV (*.csv)");
        if (chosen == null) {
            return;
        }
        Path file = ExportViewModel.withExtension(chosen, "csv");
        if (ExportViewModel.wouldOverwrite(file) && !asker.confirmOverwrite(file)) {
            return;
        }
        try {
            model.writeMetrics(file);
            asker.showInfo("Exported metrics to " + file);
        } catch (InputException e) {
            asker.showError("Cannot export the metrics", e.getMessage());
        }
    }

    /**
     * Renders the panel as the dialog's size and style are set (1920×1080 at 2× unless changed)
     * and hands the image to {@code sink} on the FX thread (the window puts it on the clipboard).
     */
    public void copyImage(Consumer<BufferedImage> sink) {
        if (!model.hasRun()) {
            asker.showError("Nothing to copy", "The run has no steps yet.");
            return;
        }
        ExportSize size;
        try {
            size = model.size();
        } catch (InputException e) {
            asker.showError("Cannot copy the chart", e.getMessage());
            return;
        }
        JFreeChart chart = model.prepare(new ExportRequest(null, model.formatProperty().get(), size,
                model.slideProperty().get()));
        background.accept(() -> {
            BufferedImage img = ExportViewModel.image(chart, size);
            FxThread.run(() -> {
                sink.accept(img);
                asker.showInfo("Copied a " + size + " picture of the charts to the clipboard");
            });
        });
    }

}
