package org.stepsizelab.app.export;

import java.nio.file.Path;
import org.stepsizelab.chart.ChartKind;

/**
 * The questions the preset and export actions ask the user: file choosers, the overwrite question,
 * the export dialog and error messages. The window answers with real dialogs ({@link FxAsker});
 * tests answer directly.
 */
public interface Asker {
    /** A file to save to, or null if cancelled. */
    Path saveFile(String title, String suggestedName, String extension, String description);

    /**
     * Where to write: a file chosen as {@link #saveFile} does, with the extension added if it was left
     * off; null if cancelled, or if the file exists and the user keeps it.
     */
    default Path saveTarget(String title, String suggestedName, String extension, String description) {
        Path chosen = saveFile(title, suggestedName, extension, description);
        if (chosen == null) {
            return null;
        }
        Path file = ExportViewModel.withExtension(chosen, extension);
        return ExportViewModel.wouldOverwrite(file) && !confirmOverwrite(file) ? null : file;
    }

    /** A preset file to open, or null if cancelled. */
    Path openFile(String title);

    /** A data file to train on (CSV, IDX images or labels, CIFAR-10 batch), or null if cancelled. */
    default Path openDataFile(String title) {
        return openFile(title);
    }

    /** True if the user agrees to replace the existing file. */
    boolean confirmOverwrite(Path file);

    /** The export dialog: what to draw and how, or null if cancelled. */
    ExportRequest exportSettings(ExportViewModel model, ChartKind preselected);

    /** Shows a problem in words (never a stack trace). */
    void showError(String title, String message);

    /** Shows that something worked (a short note). */
    void showInfo(String message);
}
