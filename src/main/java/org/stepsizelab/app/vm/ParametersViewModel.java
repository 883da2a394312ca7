package org.stepsizelab.app.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.model.Mlp;
import org.stepsizelab.core.model.Models;

/**
 * The run parameters the controls edit, one property each, and the {@link RunConfig} they make.
 * Values arrive here already validated (see {@link ParamSpec}); a combination the data set cannot
 * build is reported by the run itself.
 */
public final class ParametersViewModel {
    // data
    private final StringProperty dataset = new SimpleStringProperty(this, "dataset");
    private final ObjectProperty<Integer> n = new SimpleObjectProperty<>(this, "n");
    private final ObjectProperty<Integer> dim = new SimpleObjectProperty<>(this, "dim");
    private final ObjectProperty<Double> margin = new SimpleObjectProperty<>(this, "margin");
    private final ObjectProperty<Double> noise = new SimpleObjectProperty<>(this, "noise");
    private final StringProperty classes = new SimpleStringProperty(this, "classes");
    private final IntegerProperty testN = new SimpleIntegerProperty(this, "testN");
    // model
    private final StringProperty activation = new SimpleStringProperty(this, "activation");
    private final DoubleProperty leak = new SimpleDoubleProperty(this, "leak");
    private final DoubleProperty huberH = new SimpleDoubleProperty(this, "huberH");
    private final IntegerProperty width = new SimpleIntegerProperty(this, "width");
    private final StringProperty loss = new SimpleStringProperty(this, "loss");
    /** The network (core.model.Models): "two-layer" or "mlp"; the next three apply to the MLP only. */
    private final StringProperty model = new SimpleStringProperty(this, "model");
    /** Trained layers L (null: the MLP's default). */
    private final ObjectProperty<Integer> depth = new SimpleObjectProperty<>(this, "depth");
    /** Hidden widths d_1 … d_{L−1} (null: every hidden layer m wide). */
    private final ObjectProperty<List<Integer>> widths = new SimpleObjectProperty<>(this, "widths");
    /** M of the normalized margin min_i y_i f/‖w‖^M (null: the model's own, L for the MLP). */
    private final ObjectProperty<Double> marginPower = new SimpleObjectProperty<>(this, "marginPower");
    // training
    private final DoubleProperty eta = new SimpleDoubleProperty(this, "eta");
    private final LongProperty steps = new SimpleLongProperty(this, "steps");
    private final LongProperty seed = new SimpleLongProperty(this, "seed");
    private final DoubleProperty initScale = new SimpleDoubleProperty(this, "initScale");
    /** λ_max(∇²L) every this many steps (0: never); switched by the sharpness chart. */
    private final IntegerProperty sharpnessEvery = new SimpleIntegerProperty(this, "sharpnessEvery");
    /** True while a slider is being dragged (the app restarts at once only for small problems). */
    private final BooleanProperty adjusting = new SimpleBooleanProperty(this, "adjusting");

    private final ReadOnlyObjectWrapper<RunConfig> config = new ReadOnlyObjectWrapper<>(this, "config");
    /** Fields a RunConfig has but no control edits (kept from the last loaded config). */
    private RunConfig base;
    private boolean loading;

    public ParametersViewModel(RunConfig initial) {
        load(initial);
        Observable[] all = {dataset, n, dim, margin, noise, classes, testN, activation, leak, huberH, width,
                loss, eta, steps, seed, initScale, sharpnessEvery, model, depth, widths, marginPower};
        // depth follows a widths list; a depth the list does not match drops the list (every layer m wide)
        widths.addListener((o, a, w) -> {
            if (w != null && !loading) {
                depth.set(w.size() + 1);
            }
        });
        depth.addListener((o, a, d) -> {
            if (!loading && widths.get() != null && (d == null || d != widths.get().size() + 1)) {
                widths.set(null);
            }
        });
        for (Observable o : all) {
            o.addListener(x -> {
                if (!loading) {
                    config.set(build());
                }
            });
        }
    }

    /** Shows a configuration in the controls (a preset, an opened file, the defaults). */
    public void load(RunConfig c) {
        loading = true;
        try {
            base = c;
            dataset.set(c.dataset());
            n.set(c.n());
            dim.set(c.dim());
            margin.set(c.margin());
            noise.set(c.noise());
            classes.set(c.classes());
            testN.set(c.testN());
            activation.set(c.activation());
            leak.set(c.leak());
            huberH.set(c.huberH());
            width.set(c.width());
            loss.set(c.loss());
            eta.set(c.eta());
            steps.set(c.steps());
            seed.set(c.seed());
            initScale.set(c.initScale());
            sharpnessEvery.set(c.sharpnessEvery());
            model.set(c.model());
            depth.set(c.depth());
            widths.set(c.widths());
            marginPower.set(c.marginPower());
        } finally {
            loading = false;
        }
        config.set(build());
    }

    private RunConfig build() {
        boolean deep = isMlp();
        return new RunConfig(dataset.get(), activation.get(), leak.get(), huberH.get(), width.get(), eta.get(),
                steps.get(), seed.get(), initScale.get(), loss.get(), base.outputScale(), n.get(), dim.get(),
                margin.get(), noise.get(), classes.get(), testN.get(), base.normalize(), base.positiveLabel(),
                base.every(), sharpnessEvery.get(), model.get(),
                // the two-layer net reads none of these: its configuration stays the plain one
                deep ? depth.get() : null, deep ? widths.get() : null, deep ? marginPower.get() : null);
    }

    /** The networks the model choice offers, the default first. */
    public static List<String> modelNames() {
        return Models.names();
    }

    /** The MLP's depth L when the field is blank. */
    public static final int DEFAULT_DEPTH = Mlp.DEFAULT_DEPTH;

    /** True when the network is the MLP: depth, widths and margin power apply (and η/m does not). */
    public boolean isMlp() {
        return Mlp.NAME.equals(model.get());
    }

    /**
     * A widths list as typed ("200, 100, 50"); blank means none (every hidden layer m wide).
     *
     * @throws IllegalArgumentException with a message that can be shown as is
     */
    public static List<Integer> parseWidths(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return null;
        }
        List<Integer> out = new ArrayList<>();
        for (String part : t.split("[,\\s]+")) {
            try {
                out.add((int) ParamSpec.WIDTH.parse(part));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("hidden widths: '" + part + "' is not a width; enter whole numbers"
                        + " ≥ 1 separated by commas, e.g. 200,100,50 (blank: every hidden layer m wide)");
            }
        }
        return out;
    }

    /** A widths list as the field shows it ("200,100,50"; blank for none). */
    public static String formatWidths(List<Integer> w) {
        return w == null ? "" : w.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public ReadOnlyObjectProperty<RunConfig> configProperty() { return config.getReadOnlyProperty(); }
    public RunConfig config() { return config.get(); }

    public StringProperty datasetProperty() { return dataset; }
    public ObjectProperty<Integer> nProperty() { return n; }
    public ObjectProperty<Integer> dimProperty() { return dim; }
    public ObjectProperty<Double> marginProperty() { return margin; }
    public ObjectProperty<Double> noiseProperty() { return noise; }
    public StringProperty classesProperty() { return classes; }
    public IntegerProperty testNProperty() { return testN; }
    public StringProperty activationProperty() { return activation; }
    public DoubleProperty leakProperty() { return leak; }
    public DoubleProperty huberHProperty() { return huberH; }
    public IntegerProperty widthProperty() { return width; }
    public StringProperty lossProperty() { return loss; }
    public StringProperty modelProperty() { return model; }
    public ObjectProperty<Integer> depthProperty() { return depth; }
    public ObjectProperty<List<Integer>> widthsProperty() { return widths; }
    public ObjectProperty<Double> marginPowerProperty() { return marginPower; }
    public DoubleProperty etaProperty() { return eta; }
    public LongProperty stepsProperty() { return steps; }
    public LongProperty seedProperty() { return seed; }
    public DoubleProperty initScaleProperty() { return initScale; }
    public BooleanProperty adjustingProperty() { return adjusting; }
    public IntegerProperty sharpnessEveryProperty() { return sharpnessEvery; }
}
