package org.stepsizelab.app.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stepsizelab.chart.ChartKind;

/** Answers the actions' questions from fields and records what they showed. */
final class RecordingAsker implements Asker {
    Path save;
    Path open;
    boolean overwrite;
    ExportRequest request;
    final List<String> errors = new ArrayList<>();
    final List<String> infos = new ArrayList<>();
    int overwriteQuestions;

    @Override
    public Path saveFile(String title, String suggestedName, String extension, String description) {
        return save;
    }

    @Override
    public Path openFile(String title) {
        return open;
    }

    @Override
    public boolean confirmOverwrite(Path file) {
        overwriteQuestions++;
        return overwrite;
    }

    @Override
    public ExportRequest exportSettings(ExportViewModel model, ChartKind preselected) {
        return request;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInfo(String message) {
        infos.add(message);
    }
}
