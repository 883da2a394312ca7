package org.stepsizelab.app.export;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.stepsizelab.app.vm.DataFiles;
import org.stepsizelab.chart.ChartKind;

/** {@link Asker} with the window's dialogs; the last folder used is offered again. */
final class FxAsker implements Asker {
    private final Window owner;
    private final Consumer<String> status;
    private File lastFolder;

    /** @param status where short success notes go (the status bar's message) */
    FxAsker(Window owner, Consumer<String> status) {
        this.owner = owner;
        this.status = status;
    }

    @Override
    public Path saveFile(String title, String suggestedName, String extension, String description) {
        FileChooser fc = chooser(title);
        fc.setInitialFileName(suggestedName);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        return remember(fc.showSaveDialog(owner));
    }

    @Override
    public Path openFile(String title) {
        FileChooser fc = chooser(title);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(
                        "Presets, summaries and exported figures (*.json, *.png, *.svg, *.pdf)",
                        "*.json", "*.png", "*.svg", "*.pdf"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return remember(fc.showOpenDialog(owner));
    }

    @Override
    public Path openDataFile(String title) {
        FileChooser fc = chooser(title);
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(DataFiles.chooserDescription(), DataFiles.chooserGlobs()),
                new FileChooser.ExtensionFilter("All files", "*"));
        return remember(fc.showOpenDialog(owner));
    }

    @Override
    public boolean confirmOverwrite(Path file) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", ButtonType.YES, ButtonType.NO);
        a.initOwner(owner);
        a.setTitle("Replace file?");
        a.setHeaderText(file.getFileName() + " already exists.");
        a.setContentText("Replace " + file + "?");
        return a.showAndWait().orElse(ButtonType.NO) == ButtonType.YES;
    }

    @Override
    public ExportRequest exportSettings(ExportViewModel model, ChartKind preselected) {
        return new ExportDialog(owner, model, preselected).showAndWait().orElse(null);
    }

    @Override
    public void showError(String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        a.getDialogPane().setContent(text);
        a.showAndWait();
    }

    @Override
    public void showInfo(String message) {
        status.accept(message);
    }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) {
            fc.setInitialDirectory(lastFolder);
        }
        return fc;
    }

    private Path remember(File f) {
        if (f == null) {
            return null;
        }
        lastFolder = f.getParentFile();
        return f.toPath();
    }
}
