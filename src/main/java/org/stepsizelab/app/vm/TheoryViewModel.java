package org.stepsizelab.app.vm;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.PhaseInfo;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.data.DataMargin;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.theory.TheoryReport;

/**
 * The THEORY panel's state: the {@link TheoryReport} of the current parameters, with the first
 * steps that met Theorem 2.2's thresholds and s* from the running run, plus the two theory toggles
 * (sharpness chart, C/(ηt) line).
 *
 * <p>The data and their margin γ (Wolfe's algorithm, up to a few seconds on image sets) are
 * computed off the FX thread, once per data configuration, and delivered through {@code fx}.
 */
public final class TheoryViewModel {
    private final MainViewModel main;
    private final BackgroundTasks worker;
    private final Map<String, DataFacts> cache = new HashMap<>();
    private final ObjectProperty<TheoryReport> report = new SimpleObjectProperty<>(this, "report");
    private final StringProperty status = new SimpleStringProperty(this, "status");
    private final BooleanProperty rateLine = new SimpleBooleanProperty(this, "rateLine", false);
    private final BooleanProperty avgBound = new SimpleBooleanProperty(this, "avgBound", false);
    private String pendingKey;
    /** The newest report asked for; asking again cancels it, and a cancelled report is dropped. */
    private BackgroundTasks.Task wanted;
    /** What the shown report was built from: the phase streams at 30 Hz, the report changes rarely. */
    private List<Object> shownFrom;

    /** The training data and γ for one data configuration. */
    record DataFacts(Dataset train, DataMargin margin) {}

    /**
     * @param fx runs a task on the FX thread ({@code Platform::runLater} in the app)
     */
    public TheoryViewModel(MainViewModel main, Consumer<Runnable> fx) {
        this.main = main;
        this.worker = BackgroundTasks.thread("theory-data", Thread.NORM_PRIORITY, fx);
        main.params().configProperty().addListener((o, a, b) -> refresh());
        // the report shows s*, r and s only: skip the ~30 updates a second that just move the last step
        main.run().phaseProperty().addListener((o, a, b) -> {
            if (a == null || !a.sameMilestones(b)) {
                refresh();
            }
        });
        main.run().configProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /** Everything that decides the training data (not η, m, T, …): the γ cache key. */
    static String dataKey(RunConfig c) {
        return String.join("|", c.dataset(), String.valueOf(c.n()), String.valueOf(c.dim()),
                String.valueOf(c.margin()), String.valueOf(c.noise()), String.valueOf(c.classes()),
                String.valueOf(c.testN()), String.valueOf(c.normalize()), String.valueOf(c.positiveLabel()),
                String.valueOf(c.seed()));
    }

    /** Rebuilds the report from the current parameters and run (FX thread). */
    public void refresh() {
        RunConfig cfg = main.params().config();
        String key = dataKey(cfg);
        DataFacts facts = cache.get(key);
        if (facts == null) {
            if (!key.equals(pendingKey)) {
                pendingKey = key;
                status.set("computing the data margin γ …");
                compute(cfg, key);
            }
            return;
        }
        PhaseInfo p = main.run().phaseProperty().get();
        // the steps belong to the run on screen: show them only when it runs these parameters
        boolean sameRun = Objects.equals(main.run().configProperty().get(), cfg) && p != null && p.lastStep() >= 0;
        Long mono = sameRun ? p.monotoneStep() : null;
        Long stable = sameRun ? p.stableStep() : null;
        Long eos = sameRun ? p.eosEndStep() : null;
        List<Object> from = Arrays.asList(cfg, facts, mono, stable, eos);
        if (from.equals(shownFrom)) {
            return; // building a report computes the activation constants numerically: not per frame
        }
        shownFrom = from;
        double gamma = facts.margin().value().orElse(Double.NaN);
        status.set(facts.margin().computed() ? null : "γ not computed: " + facts.margin().reason());
        // building a report takes ~30 ms (170 ms cold) and happens at each milestone of a starting
        // run: off the FX thread, newest request wins
        dropWantedReport();
        Dataset train = facts.train();
        wanted = worker.submit(task -> task.cancelled() ? null // a newer request is queued behind this one
                : TheoryReport.of(cfg, train, gamma, mono, stable, eos), o -> {
                    if (!o.cancelled()) {
                        report.set(o.value());
                        if (o.failed()) {
                            status.set("no theory report: " + o.message());
                        }
                    }
                });
    }

    private void dropWantedReport() {
        if (wanted != null) {
            wanted.cancel();
        }
    }

    /** The data and γ of {@code cfg}, computed in the background and cached under {@code key}. */
    private void compute(RunConfig cfg, String key) {
        worker.submit(task -> {
            Dataset train = Datasets.load(cfg).train();
            return new DataFacts(train, DataMargin.of(train));
        }, o -> {
            if (key.equals(pendingKey)) {
                pendingKey = null;
            }
            if (!o.failed()) {
                cache.put(key, o.value());
                refresh();
            } else {
                dropWantedReport(); // no report under construction may show up after this
                report.set(null);
                shownFrom = null;
                status.set("no theory report: " + o.message());
            }
        });
    }

    public ObjectProperty<TheoryReport> reportProperty() { return report; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty rateLineProperty() { return rateLine; }
    /** Theorem 3.2's running average of the loss, with its bound where the theorem applies. */
    public BooleanProperty avgBoundProperty() { return avgBound; }

    /** True when the shown report's assumptions all hold, so Theorem 3.2's bound may be drawn. */
    public boolean avgBoundApplies() {
        TheoryReport r = report.get();
        return r != null && r.allAssumptionsHold();
    }
}
