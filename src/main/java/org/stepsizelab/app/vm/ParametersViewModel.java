package org.stepsizelab.app.vm;

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
    // training
    private final DoubleProperty eta = new SimpleDoubleProperty(this, "eta");
    private final LongProperty steps = new SimpleLongProperty(this, "steps");
    private final LongProperty seed = new SimpleLongProperty(this, "seed");
    private final DoubleProperty initScale = new SimpleDoubleProperty(this, "initScale");
    /** True while a slider is being dragged (the app restarts at once only for small problems). */
    private final BooleanProperty adjusting = new SimpleBooleanProperty(this, "adjusting");

    private final ReadOnlyObjectWrapper<RunConfig> config = new ReadOnlyObjectWrapper<>(this, "config");
    /** Fields a RunConfig has but no control edits (kept from the last loaded config). */
    private RunConfig base;
    private boolean loading;

    public ParametersViewModel(RunConfig initial) {
        load(initial);
        Observable[] all = {dataset, n, dim, margin, noise, classes, testN, activation, leak, huberH, width,
                loss, eta, steps, seed, initScale};
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
        } finally {
            loading = false;
        }
        config.set(build());
    }

    private RunConfig build() {
        return new RunConfig(dataset.get(), activation.get(), leak.get(), huberH.get(), width.get(), eta.get(),
                steps.get(), seed.get(), initScale.get(), loss.get(), base.outputScale(), n.get(), dim.get(),
                margin.get(), noise.get(), classes.get(), testN.get(), base.normalize(), base.positiveLabel(),
                base.every(), base.sharpnessEvery());
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
    public DoubleProperty etaProperty() { return eta; }
    public LongProperty stepsProperty() { return steps; }
    public LongProperty seedProperty() { return seed; }
    public DoubleProperty initScaleProperty() { return initScale; }
    public BooleanProperty adjustingProperty() { return adjusting; }
}
