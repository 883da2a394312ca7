package org.stepsizelab.app.vm;

import java.util.function.DoubleConsumer;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import org.stepsizelab.app.dataview.DataViewModel;
import org.stepsizelab.chart.ChartData;
import org.stepsizelab.chart.ChartSeries;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunHistory;
import org.stepsizelab.core.data.DataSource;
import org.stepsizelab.core.data.DataSources;

/**
 * The window's state: parameters, the current run, pins and view options, and the rules that tie
 * them together (a parameter change re-runs from the same seed after a short pause; for small
 * problems the run follows a dragged slider; η can instead be applied to the running trajectory).
 * Knows no controls; the FX thread drives it through {@link #tick}.
 */
public final class MainViewModel {
    /** Small problems restart at most this often while a slider moves (the curves follow the slider). */
    static final long FOLLOW_NANOS = 40_000_000L;
    /** Larger problems restart this long after the last change. */
    static final long DEBOUNCE_NANOS = 300_000_000L;

    private final ParametersViewModel params;
    private final RunViewModel run;
    private final PinsViewModel pins = new PinsViewModel();
    private final ViewOptions view = new ViewOptions();
    private final DataViewModel dataView;
    private final LongSupplier clock;
    private final ObjectProperty<ChartData> chartData = new SimpleObjectProperty<>(this, "chartData",
            ChartData.empty());
    private final StringProperty message = new SimpleStringProperty(this, "message");
    private final BooleanProperty applyEtaToRunning = new SimpleBooleanProperty(this, "applyEtaToRunning");
    private long restartDue = -1;

    public MainViewModel(RunConfig initial) {
        this(initial, System::nanoTime, RunHistory.DEFAULT_CAPACITY);
    }

    public MainViewModel(RunConfig initial, LongSupplier clock, int historyCapacity) {
        this.params = new ParametersViewModel(initial);
        this.run = new RunViewModel(historyCapacity);
        this.clock = clock;
        this.dataView = new DataViewModel(run, pins);
        dataView.styleProperty().bind(view.styleProperty());
        params.configProperty().addListener((o, old, cfg) -> configChanged(old, cfg));
        params.adjustingProperty().addListener((o, was, now) -> {
            if (!now && !params.config().equals(run.configProperty().get())) {
                requestRestart(false);
            }
        });
        pins.pins().addListener((ListChangeListener<PinnedRun>) c -> refreshChartData());
        // the sharpness chart needs λ_max from the run: switching it on asks for ~500 estimates
        view.showSharpnessProperty().addListener((o, was, on) -> {
            if (on && params.sharpnessEveryProperty().get() == 0) {
                // small problems: every step (the XOR's EoS phase, where λ_max > 2/η, lasts ~10 steps)
                long t = params.stepsProperty().get();
                params.sharpnessEveryProperty().set((int) Math.max(1, isSmall(params.config()) ? t / 20_000 : t / 500));
            } else if (!on) {
                params.sharpnessEveryProperty().set(0);
            }
        });
        params.sharpnessEveryProperty().addListener((o, was, every) -> {
            if (every.intValue() > 0) {
                view.showSharpnessProperty().set(true);
            }
        });
        view.showSharpnessProperty().set(initial.sharpnessEvery() > 0);
        run.errorProperty().addListener((o, a, err) -> {
            if (err != null) {
                message.set(err);
            }
        });
    }

    /** Starts the configured run now. */
    public void start() {
        restartDue = -1;
        message.set(null);
        run.start(params.config(), false);
        refreshChartData();
    }

    /** Space / the Run button: pause or resume; once a run is over, run it again from step 0. */
    public void runOrPause() {
        if (run.stateProperty().get().over()) {
            start();
        } else {
            run.togglePause();
        }
    }

    /** Back to step 0 with the current parameters (same seed), running. */
    public void reset() {
        start();
    }

    public void pin() {
        if (run.table().isEmpty()) {
            message.set("Nothing to pin yet: the run has no steps.");
            return;
        }
        pins.pin(run.configProperty().get(), run.table(), run.phaseProperty().get());
    }

    /** One FX frame: restart if a debounced change is due, drain the run, refresh the charts' data. */
    public void tick(long nowNanos) {
        if (restartDue >= 0 && nowNanos >= restartDue) {
            start();
        }
        if (run.tick(nowNanos)) {
            refreshChartData();
        }
        dataView.tick();
    }

    /**
     * Parses a typed value and hands it to {@code setter}; on bad input nothing changes and the
     * message says what is allowed.
     *
     * @return null if accepted, else the message shown
     */
    public String submit(ParamSpec spec, String text, DoubleConsumer setter) {
        try {
            double v = spec.parse(text);
            setter.accept(v);
            message.set(null);
            return null;
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return e.getMessage();
        }
    }

    private void configChanged(RunConfig old, RunConfig cfg) {
        if (applyEtaToRunning.get() && old != null && cfg.eta() != old.eta()
                && old.withEta(cfg.eta()).equals(cfg) && run.applyEta(cfg.eta())) {
            return;
        }
        boolean small = isSmall(cfg);
        if (params.adjustingProperty().get() && !small) {
            return; // a large problem re-runs when the slider is released
        }
        requestRestart(small && params.adjustingProperty().get());
    }

    private void requestRestart(boolean follow) {
        long now = clock.getAsLong();
        if (follow) {
            // throttle, not debounce: keep restarting while the slider moves
            if (restartDue < 0) {
                restartDue = now + FOLLOW_NANOS;
            }
        } else {
            restartDue = now + (isSmall(params.config()) ? FOLLOW_NANOS : DEBOUNCE_NANOS);
        }
    }

    /** XOR and the 2-D / toy sets up to 10⁵ steps: fast enough to follow a slider live. */
    boolean isSmall(RunConfig cfg) {
        if (cfg.steps() > 100_000) {
            return false;
        }
        RunConfig current = run.configProperty().get();
        if (current != null && current.dataset().equals(cfg.dataset()) && run.trainD() > 0) {
            return run.trainD() <= 3 && (double) run.trainN() * cfg.width() * cfg.steps() <= 5e9;
        }
        return DataSources.of(cfg.dataset()).map(DataSource::small).orElse(false);
    }

    /**
     * The pointer is over step {@code step} of the charts: returns the readout there (null while the
     * run has no steps); hovering a paused or finished run also shows that step in the data view.
     */
    public String hoverAt(double step) {
        String text = run.readouts().at(step);
        if (text != null && run.stateProperty().get() != RunState.RUNNING) {
            dataView.preview(Math.max(0, Math.round(step)));
        }
        return text;
    }

    /** The pointer left the charts: the data view goes back to the step it showed. */
    public void endHover() {
        dataView.endPreview();
    }

    /** True while a debounced restart is waiting. */
    public boolean restartPending() {
        return restartDue >= 0;
    }

    private void refreshChartData() {
        RunConfig cfg = run.configProperty().get();
        ChartSeries current = cfg == null ? new ChartSeries("", run.table(), 0) : ChartSeries.of(cfg, run.table(), 0);
        chartData.set(new ChartData(null, current, run.phaseProperty().get(),
                run.etaChanges(), pins.series()));
    }

    public void shutdown() {
        run.shutdown();
        dataView.shutdown();
    }

    public ParametersViewModel params() { return params; }
    public RunViewModel run() { return run; }
    public PinsViewModel pins() { return pins; }
    public ViewOptions view() { return view; }
    public DataViewModel dataView() { return dataView; }
    public ObjectProperty<ChartData> chartDataProperty() { return chartData; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty applyEtaToRunningProperty() { return applyEtaToRunning; }
}
