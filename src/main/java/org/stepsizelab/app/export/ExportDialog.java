package org.stepsizelab.app.export;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.stepsizelab.chart.ChartKind;
import org.stepsizelab.chart.export.ChartExporter.Format;
import org.stepsizelab.chart.export.ExportSize;
import org.stepsizelab.core.InputException;

/**
 * Export settings: which chart, format, size (1920×1080, 1280×720, 3840×2160 or custom), scale
 * 1–4× and slide style. A line under the choices says what the scale means for this size; Export
 * is disabled while a custom size is invalid, and the reason is shown.
 */
final class ExportDialog extends Dialog<ExportRequest> {
    private static final List<Double> SCALES = List.of(1.0, 1.5, 2.0, 3.0, 4.0);

    ExportDialog(Window owner, ExportViewModel model, ChartKind preselected) {
        initOwner(owner);
        setTitle("Export chart");
        setHeaderText(null);
        ButtonType export = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        getDialogPane().setId("export-dialog");

        ChoiceBox<ChartKind> chart = new ChoiceBox<>();
        chart.getItems().add(null);
        chart.getItems().addAll(model.singleCharts());
        chart.setConverter(new StringConverter<>() {
            @Override
            public String toString(ChartKind k) {
                return k == null ? "Whole panel (all charts)" : k.axisLabel + " only";
            }

            @Override
            public ChartKind fromString(String s) {
                return null;
            }
        });
        chart.setValue(preselected);
        chart.setId("export-chart");

        ChoiceBox<Format> format = new ChoiceBox<>(FXCollections.observableArrayList(Format.values()));
        format.valueProperty().bindBidirectional(model.formatProperty());
        format.setId("export-format");

        ChoiceBox<String> size = new ChoiceBox<>();
        for (ExportSize s : ExportSize.PRESETS) {
            size.getItems().add(s.width() + " × " + s.height());
        }
        size.getItems().add("Custom");
        size.getSelectionModel().select(model.sizeChoiceProperty().get());
        size.getSelectionModel().selectedIndexProperty().addListener(
                (o, a, i) -> model.sizeChoiceProperty().set(i.intValue()));
        size.setId("export-size");
        TextField w = intField(model.customWidthProperty().get());
        TextField h = intField(model.customHeightProperty().get());
        w.setId("export-width");
        h.setId("export-height");
        HBox custom = new HBox(6, w, new Label("×"), h, new Label("pixels"));
        custom.disableProperty().bind(size.getSelectionModel().selectedIndexProperty().isNotEqualTo(ExportViewModel.CUSTOM));

        ChoiceBox<Double> scale = new ChoiceBox<>(FXCollections.observableArrayList(SCALES));
        scale.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null ? "" : (v == Math.rint(v) ? String.valueOf(v.intValue()) : String.valueOf(v)) + "×";
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        scale.valueProperty().bindBidirectional(model.scaleProperty());
        scale.setId("export-scale");

        CheckBox slide = new CheckBox("Slide style (larger text, thicker lines)");
        slide.selectedProperty().bindBidirectional(model.slideProperty());

        Label explain = new Label();
        explain.setWrapText(true);
        explain.setMaxWidth(420);
        explain.setId("export-explain");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(16));
        grid.addRow(0, new Label("Chart"), chart);
        grid.addRow(1, new Label("Format"), format);
        grid.addRow(2, new Label("Size"), size);
        grid.addRow(3, new Label(""), custom);
        grid.addRow(4, new Label("Scale"), scale);
        grid.add(slide, 1, 5);
        grid.add(explain, 0, 6, 2, 1);
        getDialogPane().setContent(grid);

        Runnable refresh = () -> {
            model.customWidthProperty().set(parse(w.getText()));
            model.customHeightProperty().set(parse(h.getText()));
            String text;
            boolean ok;
            try {
                ExportSize s = model.size();
                text = "The picture is " + s.width() + " × " + s.height() + " pixels, laid out like a "
                        + Math.round(s.logicalWidth()) + " × " + Math.round(s.logicalHeight())
                        + " window and drawn " + scale.getConverter().toString(s.scale())
                        + " larger: higher scales give bigger text and thicker lines, always sharp."
                        + (format.getValue() == Format.PDF ? " The PDF page is " + Math.round(s.logicalWidth())
                        + " × " + Math.round(s.logicalHeight()) + " pt." : "");
                ok = true;
            } catch (InputException e) {
                text = e.getMessage();
                ok = false;
            }
            explain.setText(text);
            getDialogPane().lookupButton(export).setDisable(!ok);
        };
        w.textProperty().addListener((o, a, b) -> refresh.run());
        h.textProperty().addListener((o, a, b) -> refresh.run());
        size.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> refresh.run());
        scale.valueProperty().addListener((o, a, b) -> refresh.run());
        format.valueProperty().addListener((o, a, b) -> refresh.run());
        refresh.run();

        setResultConverter(b -> b == export ? model.request(chart.getValue()) : null);
    }

    private static TextField intField(int v) {
        TextField f = new TextField(Integer.toString(v));
        f.setPrefColumnCount(5);
        return f;
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1; // ExportSize then explains what is allowed
        }
    }
}
