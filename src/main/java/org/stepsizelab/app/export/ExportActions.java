package org.stepsizelab.app.export;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jfree.chart.JFreeChart;
import org.stepsizelab.app.vm.BackgroundTasks;
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
    private final BackgroundTasks background;

    /** @param background draws and writes off the FX thread (tests pass {@link BackgroundTasks#inline}) */
    public ExportActions(ExportViewModel model, Asker asker, BackgroundTasks background) {
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
        Path file = asker.saveTarget("Export chart", model.suggestedName(r.chart(), ext), ext,
                r.format() + " (*." + ext + ")");
        if (file == null) {
            return;
        }
        JFreeChart chart = model.prepare(r);
        FigureRecipe recipe = model.recipe();
        drawOff(background, asker, "Cannot export the chart", task -> {
            ExportViewModel.write(chart, r, file, recipe);
            return file;
        }, written -> asker.showInfo("Exported " + r.size() + " " + r.format() + " to " + file));
    }

    public void exportMetrics() {
        if (!model.hasRun()) {
            asker.showError("Nothing to export", "The run has no steps yet.");
            return;
        }
        Path file = asker.saveTarget("Export metrics", model.suggestedName(null, "csv"), "csv", "CSV (*.csv)");
        if (file == null) {
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
        ExportSize size = sizeOrSayWhy(model, asker, "Cannot copy the chart");
        if (size == null) {
            return;
        }
        JFreeChart chart = model.prepare(new ExportRequest(null, model.formatProperty().get(), size,
                model.slideProperty().get()));
        drawOff(background, asker, "Cannot copy the chart", task -> ExportViewModel.image(chart, size), img -> {
            sink.accept(img);
            asker.showInfo("Copied a " + size + " picture of the charts to the clipboard");
        });
    }

    /** The export dialog's size, or null after showing under {@code failTitle} why it is refused. */
    public static ExportSize sizeOrSayWhy(ExportViewModel settings, Asker asker, String failTitle) {
        try {
            return settings.size();
        } catch (InputException e) {
            asker.showError(failTitle, e.getMessage());
            return null;
        }
    }

    /**
     * Draws (and writes) off the FX thread, then on the FX thread hands the result to {@code done},
     * or shows under {@code failTitle} why it failed: a refused input says why, anything else is a
     * failed drawing. The chart and data-view exports all end this way.
     */
    public static <T> void drawOff(BackgroundTasks background, Asker asker, String failTitle,
            BackgroundTasks.Work<T> draw, Consumer<T> done) {
        background.submit(draw, o -> {
            if (o.failed()) {
                Throwable e = o.error();
                asker.showError(failTitle, e instanceof InputException ? e.getMessage() : "Drawing failed: " + e);
            } else {
                done.accept(o.value());
            }
        });
    }

}
