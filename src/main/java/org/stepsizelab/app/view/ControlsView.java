package org.stepsizelab.app.view;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.stepsizelab.app.vm.DataChoices;
import org.stepsizelab.app.vm.MainViewModel;
import org.stepsizelab.app.vm.ParamSpec;
import org.stepsizelab.app.vm.ParametersViewModel;
import org.stepsizelab.chart.Fmt;
import org.stepsizelab.core.Base;
import org.stepsizelab.core.Loss;

/** The left column: DATA, MODEL and TRAINING controls, compact, bound to the parameters view model. */
public final class ControlsView extends ScrollPane {
    private final MainViewModel vm;
    private final ParametersViewModel p;
    private final VBox content = new VBox(14);
    private LogSlider etaSlider;
    private NumberField etaField;

    public ControlsView(MainViewModel vm) {
        this.vm = vm;
        this.p = vm.params();
        content.setPadding(new Insets(10, 12, 12, 12));
        content.getChildren().addAll(dataSection(), modelSection(), trainingSection());
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        getStyleClass().add("controls");
        setMinWidth(250);
        setPrefWidth(290);
    }

    /** The sections, so other panels can add one (e.g. a preset picker). */
    public VBox sections() {
        return content;
    }

    public javafx.scene.control.Slider etaSlider() {
        return etaSlider;
    }

    public TextField etaField() {
        return etaField;
    }

    private Node dataSection() {
        GridPane g = grid();
        ComboBox<String> set = new ComboBox<>();
        set.getItems().setAll(DataChoices.names());
        set.valueProperty().bindBidirectional(p.datasetProperty());
        set.setId("dataset");
        set.setMaxWidth(Double.MAX_VALUE);
        Tips.on(set, Tips.DATASET);
        set.valueProperty().addListener((o, a, b) -> Tips.on(set, Tips.DATASET + "\n" + DataChoices.description(b)));
        int row = 0;
        g.add(label("data set", Tips.DATASET), 0, row);
        g.add(set, 1, row++);
        row = dataRow(g, row, "n", "points n", ParamSpec.N, p.nProperty(), Tips.N);
        row = dataRow(g, row, "dim", "dimension d", ParamSpec.DIM, p.dimProperty(), Tips.DIM);
        row = dataRow(g, row, "margin", "margin γ", ParamSpec.MARGIN, p.marginProperty(), Tips.MARGIN_DATA);
        row = dataRow(g, row, "noise", "noise", ParamSpec.NOISE, p.noiseProperty(), Tips.NOISE);
        TextField classes = new TextField();
        classes.setPrefColumnCount(7);
        classes.textProperty().bindBidirectional(p.classesProperty());
        row = addRow(g, row, "classes", "classes", classes, Tips.CLASSES);
        NumberField testN = new NumberField(vm, ParamSpec.TEST_N, p.testNProperty(),
                () -> Integer.toString(p.testNProperty().get()), v -> p.testNProperty().set((int) v), Tips.TEST_N);
        addRow(g, row, "test_n", "test points", testN, Tips.TEST_N);
        return section("DATA", g);
    }

    /** A data-set parameter row, shown only for data sets that read it; empty means the default. */
    private <T extends Number> int dataRow(GridPane g, int row, String key, String text, ParamSpec spec,
                                           javafx.beans.property.ObjectProperty<T> prop, String tip) {
        Supplier<String> fmt = () -> prop.get() == null ? "" : Fmt.eng(prop.get().doubleValue());
        @SuppressWarnings("unchecked")
        NumberField f = new NumberField(vm, spec, prop, fmt, v -> prop.set((T) (spec.integer()
                ? (Number) Integer.valueOf((int) v) : (Number) Double.valueOf(v))), tip).blankMeans(() -> prop.set(null));
        f.setId("data-" + key);
        p.datasetProperty().addListener((o, a, b) -> f.setPromptText(DataChoices.defaultText(b, key)));
        f.setPromptText(DataChoices.defaultText(p.datasetProperty().get(), key));
        return addRow(g, row, key, text, f, tip);
    }

    private int addRow(GridPane g, int row, String key, String text, Node control, String tip) {
        Label l = label(text, tip);
        g.add(l, 0, row);
        g.add(control, 1, row);
        Runnable vis = () -> {
            boolean on = DataChoices.uses(p.datasetProperty().get(), key);
            for (Node n : new Node[] {l, control}) {
                n.setVisible(on);
                n.setManaged(on);
            }
        };
        p.datasetProperty().addListener(o -> vis.run());
        vis.run();
        return row + 1;
    }

    private Node modelSection() {
        GridPane g = grid();
        int row = 0;
        ComboBox<String> net = new ComboBox<>();
        net.getItems().setAll(ParametersViewModel.modelNames());
        net.valueProperty().bindBidirectional(p.modelProperty());
        net.setMaxWidth(Double.MAX_VALUE);
        net.setId("model");
        Tips.on(net, Tips.MODEL);
        g.add(label("network", Tips.MODEL), 0, row);
        g.add(net, 1, row++);

        // the MLP's own controls: shown only when the network is the MLP
        NumberField depth = new NumberField(vm, ParamSpec.DEPTH, p.depthProperty(), () -> depthText(),
                v -> p.depthProperty().set((int) v), Tips.DEPTH).blankMeans(() -> p.depthProperty().set(null));
        depth.setId("depth-field");
        depth.setPromptText(Integer.toString(ParametersViewModel.DEFAULT_DEPTH));
        row = mlpRow(g, row, "depth L", depth, Tips.DEPTH);
        TextField widths = widthsField();
        row = mlpRow(g, row, "widths", widths, Tips.WIDTHS);
        NumberField power = new NumberField(vm, ParamSpec.MARGIN_POWER, p.marginPowerProperty(),
                () -> p.marginPowerProperty().get() == null ? "" : Fmt.eng(p.marginPowerProperty().get()),
                v -> p.marginPowerProperty().set(v), Tips.MARGIN_POWER).blankMeans(() -> p.marginPowerProperty().set(null));
        power.setId("margin-power-field");
        power.setPromptText("L");
        row = mlpRow(g, row, "margin M", power, Tips.MARGIN_POWER);

        ComboBox<String> act = new ComboBox<>();
        act.getItems().setAll(Base.NAMES);
        act.valueProperty().bindBidirectional(p.activationProperty());
        act.setMaxWidth(Double.MAX_VALUE);
        act.setId("activation");
        Tips.on(act, Tips.ACTIVATION);
        g.add(label("activation", Tips.ACTIVATION), 0, row);
        g.add(act, 1, row++);

        javafx.scene.control.Slider leak = new javafx.scene.control.Slider(0, 0.95, p.leakProperty().get());
        leak.valueProperty().addListener((o, a, b) -> {
            double r = Math.round(b.doubleValue() * 100) / 100.0;
            if (r != p.leakProperty().get()) {
                p.leakProperty().set(r);
            }
        });
        p.leakProperty().addListener((o, a, b) -> leak.setValue(b.doubleValue()));
        leak.valueChangingProperty().addListener((o, was, now) -> p.adjustingProperty().set(now));
        Tips.on(leak, Tips.LEAK);
        NumberField leakField = new NumberField(vm, ParamSpec.LEAK, p.leakProperty(),
                () -> Fmt.eng(p.leakProperty().get()), v -> p.leakProperty().set(v), Tips.LEAK);
        leakField.setPrefColumnCount(4);
        g.add(label("leak c", Tips.LEAK), 0, row);
        g.add(sliderWithField(leak, leakField), 1, row++);

        NumberField h = new NumberField(vm, ParamSpec.HUBER_H, p.huberHProperty(),
                () -> Fmt.eng(p.huberHProperty().get()), v -> p.huberHProperty().set(v), Tips.HUBER);
        Label hl = label("Huber h", Tips.HUBER);
        g.add(hl, 0, row);
        g.add(h, 1, row++);
        showWhen(() -> "huber".equals(p.activationProperty().get()), new Node[] {hl, h}, p.activationProperty());

        LogSlider width = new LogSlider(1, 1024, p.widthProperty(), true, p.adjustingProperty());
        width.setId("width-slider");
        Tips.on(width, Tips.WIDTH);
        NumberField wf = new NumberField(vm, ParamSpec.WIDTH, p.widthProperty(),
                () -> Integer.toString(p.widthProperty().get()), v -> p.widthProperty().set((int) v), Tips.WIDTH);
        wf.setId("width-field");
        wf.setPrefColumnCount(4);
        Label wl = label("width m", Tips.WIDTH);
        wl.textProperty().bind(Bindings.createStringBinding(() -> p.isMlp() ? "hidden m" : "width m", p.modelProperty()));
        Node wbox = sliderWithField(width, wf);
        g.add(wl, 0, row);
        g.add(wbox, 1, row++);
        // a widths list sets every hidden layer's width itself: then m does not apply
        showWhen(() -> !p.isMlp() || p.widthsProperty().get() == null, new Node[] {wl, wbox},
                p.modelProperty(), p.widthsProperty());

        ComboBox<String> loss = new ComboBox<>();
        loss.getItems().setAll(Loss.NAMES);
        loss.valueProperty().bindBidirectional(p.lossProperty());
        loss.setMaxWidth(Double.MAX_VALUE);
        Tips.on(loss, Tips.LOSS);
        g.add(label("loss ℓ", Tips.LOSS), 0, row);
        g.add(loss, 1, row);
        return section("MODEL", g);
    }

    private String depthText() {
        return p.depthProperty().get() == null ? "" : Integer.toString(p.depthProperty().get());
    }

    /** A row of the MLP's own controls, shown only while the network is the MLP. */
    private int mlpRow(GridPane g, int row, String text, Node control, String tip) {
        Label l = label(text, tip);
        g.add(l, 0, row);
        g.add(control, 1, row);
        showWhen(p::isMlp, new Node[] {l, control}, p.modelProperty());
        return row + 1;
    }

    /** The hidden widths as a comma list ("200,100,50"); blank: every hidden layer m wide. */
    private TextField widthsField() {
        TextField f = new TextField(ParametersViewModel.formatWidths(p.widthsProperty().get()));
        f.setId("widths-field");
        f.setPrefColumnCount(7);
        f.setPromptText("m, m, …");
        f.getStyleClass().add("number-field");
        p.widthsProperty().addListener((o, a, w) -> {
            if (!f.isFocused() || !f.getStyleClass().contains("invalid")) {
                f.setText(ParametersViewModel.formatWidths(w));
            }
        });
        Runnable submit = () -> {
            try {
                java.util.List<Integer> w = ParametersViewModel.parseWidths(f.getText());
                if (!java.util.Objects.equals(w, p.widthsProperty().get())) {
                    p.widthsProperty().set(w);
                }
                f.getStyleClass().remove("invalid");
                f.setText(ParametersViewModel.formatWidths(w));
                vm.messageProperty().set(null);
            } catch (IllegalArgumentException e) {
                vm.messageProperty().set(e.getMessage());
                if (!f.getStyleClass().contains("invalid")) {
                    f.getStyleClass().add("invalid");
                }
            }
        };
        f.setOnAction(e -> submit.run());
        f.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                submit.run();
            }
        });
        Tips.on(f, Tips.WIDTHS);
        return f;
    }

    /** Shows (and lays out) {@code nodes} only while {@code on} holds, re-checked when a source changes. */
    private static void showWhen(java.util.function.BooleanSupplier on, Node[] nodes, javafx.beans.Observable... sources) {
        Runnable vis = () -> {
            boolean shown = on.getAsBoolean();
            for (Node n : nodes) {
                n.setVisible(shown);
                n.setManaged(shown);
            }
        };
        for (javafx.beans.Observable s : sources) {
            s.addListener(o -> vis.run());
        }
        vis.run();
    }

    private Node trainingSection() {
        GridPane g = grid();
        etaSlider = new LogSlider(1e-3, 1e6, p.etaProperty(), false, p.adjustingProperty());
        etaSlider.setId("eta-slider");
        Tips.on(etaSlider, Tips.ETA);
        etaField = new NumberField(vm, ParamSpec.ETA, p.etaProperty(), () -> Fmt.eng(p.etaProperty().get()),
                v -> p.etaProperty().set(v), Tips.ETA);
        etaField.setId("eta-field");
        etaField.setPrefColumnCount(6);
        Label etaLabel = label("stepsize η", Tips.ETA);
        etaLabel.getStyleClass().add("eta-label");
        g.add(etaLabel, 0, 0);
        g.add(sliderWithField(etaSlider, etaField), 1, 0);

        Label ratio = new Label();
        ratio.getStyleClass().add("eta-readout");
        // η/m is the two-layer net's mean-field step per neuron; an MLP has no such factor
        ratio.textProperty().bind(Bindings.createStringBinding(
                () -> "η = " + Fmt.eng(p.etaProperty().get()) + (p.isMlp() ? "" : "   η/m = "
                        + Fmt.eng(p.etaProperty().get() / p.widthProperty().get())),
                p.etaProperty(), p.widthProperty(), p.modelProperty()));
        ratio.setId("eta-readout");
        Tips.on(ratio, Tips.ETA + "\n\n" + Tips.ETA_OVER_M);
        g.add(ratio, 0, 1, 2, 1);

        NumberField steps = new NumberField(vm, ParamSpec.STEPS, p.stepsProperty(),
                () -> Long.toString(p.stepsProperty().get()), v -> p.stepsProperty().set((long) v), Tips.STEPS);
        steps.setId("steps-field");
        g.add(label("steps T", Tips.STEPS), 0, 2);
        g.add(steps, 1, 2);
        NumberField seed = new NumberField(vm, ParamSpec.SEED, p.seedProperty(),
                () -> Long.toString(p.seedProperty().get()), v -> p.seedProperty().set((long) v), Tips.SEED);
        seed.setId("seed-field");
        g.add(label("seed", Tips.SEED), 0, 3);
        g.add(seed, 1, 3);
        NumberField sigma = new NumberField(vm, ParamSpec.INIT_SCALE, p.initScaleProperty(),
                () -> Fmt.eng(p.initScaleProperty().get()), v -> p.initScaleProperty().set(v), Tips.INIT);
        g.add(label("init σ", Tips.INIT), 0, 4);
        g.add(sigma, 1, 4);

        CheckBox apply = new CheckBox("apply η to the running run");
        apply.selectedProperty().bindBidirectional(vm.applyEtaToRunningProperty());
        apply.setId("apply-eta");
        apply.setWrapText(true);
        Tips.on(apply, Tips.APPLY_ETA);
        g.add(apply, 0, 5, 2, 1);
        return section("TRAINING", g);
    }

    private static Node sliderWithField(javafx.scene.control.Slider s, TextField f) {
        HBox box = new HBox(6, s, f);
        HBox.setHgrow(s, Priority.ALWAYS);
        s.setMinWidth(60);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(7);
        ColumnConstraints c0 = new ColumnConstraints();
        c0.setMinWidth(84);
        ColumnConstraints c1 = new ColumnConstraints();
        c1.setHgrow(Priority.ALWAYS);
        c1.setFillWidth(true);
        g.getColumnConstraints().addAll(c0, c1);
        return g;
    }

    private static Label label(String text, String tip) {
        Label l = new Label(text);
        l.getStyleClass().add("param-label");
        Tips.on(l, tip);
        return l;
    }

    private static Node section(String title, Node body) {
        Label t = new Label(title);
        t.getStyleClass().add("section-title");
        VBox v = new VBox(6, t, body);
        v.getStyleClass().add("section");
        return v;
    }
}
