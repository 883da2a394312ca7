package org.stepsizelab.app.dataview;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import org.stepsizelab.app.vm.PinnedRun;
import org.stepsizelab.app.vm.PinsViewModel;
import org.stepsizelab.app.vm.RunState;
import org.stepsizelab.app.vm.RunViewModel;
import org.stepsizelab.chart.ChartStyle;
import org.stepsizelab.chart.Fmt;
import org.stepsizelab.chart.Palette;
import org.stepsizelab.chart.dataview.DataViewChart;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.dataview.DataViewScene;
import org.stepsizelab.core.dataview.PlaneFrame;
import org.stepsizelab.core.dataview.ImageScene;
import org.stepsizelab.core.dataview.SceneMaker;
import org.stepsizelab.core.training.ObservedWeights;
import org.stepsizelab.core.training.WeightStore;
import org.jfree.chart.JFreeChart;

/**
 * The DATA VIEW panel's state: which step it shows (live, or a step scrubbed to), the picture of that
 * step, replay, and pinned runs' boundaries. The weights come from the run history's one weight
 * store ({@link org.stepsizelab.core.RunHistory#weights()}, a bounded {@link WeightStore}) and every
 * decision value from the run's model ({@code Model.predict}), so any network is drawn. The picture is computed and drawn to an image on one
 * background thread by {@link DataViewPainter} (a new request waits only for the picture in
 * progress; the newest request wins), and handed over on the FX thread in {@link #tick}. Knows no controls, so it is tested
 * without a display.
 */
public final class DataViewModel {
    /** Replay: each frame moves to the first kept step at or beyond 1.06·t + 1 (log time). */
    static final double PLAY_FACTOR = 1.06;

    /** What the panel shows. */
    public enum Mode {
        /** The decision map (2-D) or the projected points (3 ≤ d ≤ 16) at one step. */
        MAP,
        /** Image data: training images framed by their margins, the neurons' weights, the margin histogram. */
        IMAGES,
        /** Each neuron's normalized margin over the run beside the network's (Fig. 4). */
        NEURONS
    }

    /** The neuron chart is redrawn at most this often while the run streams. */
    static final long NEURON_REDRAW_NANOS = 250_000_000L;

    /**
     * One finished picture.
     *
     * @param image the picture ({@code TYPE_INT_ARGB_PRE}); one of the painter's two reused buffers,
     *     so it is valid until the next picture is handed over (the panel copies it when it takes it)
     * @param chart the picture's chart, null for a streamed map (export rebuilds the chart from {@code scene})
     * @param streamed drawn by the streaming path (the kept chart plus what changed), not as a whole chart
     * @param strip on a tall panel, the Fig. 4 chart shown under the map (a new image each time it is
     *     redrawn, at most once a second while the run streams, and never written again), else null
     */
    public record Frame(long step, BufferedImage image, DataViewScene scene, ImageScene images, JFreeChart chart,
            double millis, boolean streamed, BufferedImage strip) {
        /** A picture without the neuron strip. */
        public Frame(long step, BufferedImage image, DataViewScene scene, ImageScene images, JFreeChart chart,
                double millis, boolean streamed) {
            this(step, image, scene, images, chart, millis, streamed, null);
        }
    }

    /** @param streaming live while the run runs: the map may take the streaming path */
    record Request(long runNumber, ObservedWeights weights, DataSplit split, WeightStore.Snapshot snapshot,
            int width, int height, ChartStyle style, List<PinState> pins, Mode mode, long eosEnd, boolean streaming) {}

    /** Multiply-adds one map may cost (its resolution drops for deep nets: a steady frame rate). */
    public static final double MAP_BUDGET_MULTIPLY_ADDS = 4e7;

    private final RunViewModel run;
    private final ExecutorService renderer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "stepsize-lab-data-view");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY); // the trainer and the FX thread come first
        return t;
    });
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicReference<Frame> finished = new AtomicReference<>();
    private final AtomicReference<String> failure = new AtomicReference<>();
    /** Draws the pictures, on the render thread only. */
    private final DataViewPainter painter = new DataViewPainter();
    private final Map<PinnedRun, PinState> pinStates = new IdentityHashMap<>();
    private long requestedStep = Long.MIN_VALUE;
    private long requestedRun = -1;
    private boolean dirty;
    /** The last request took the streaming path: when streaming stops, the whole chart is drawn once more. */
    private boolean lastStreaming;
    private long framesShown;
    /** The drawing thread's CPU clock (for the pacing). */
    private static final ThreadMXBean CPU = cpuClock();
    /**
     * Pacing: after a picture that took c ms of CPU the next starts c ms later, so drawing takes at
     * most half a core.
     */
    private volatile long nextAllowed;

    private final ObjectProperty<Frame> frame = new SimpleObjectProperty<>(this, "frame");
    /** The step asked for, or −1 to follow the run live. */
    private final LongProperty scrubStep = new SimpleLongProperty(this, "scrubStep", -1);
    /** A step shown while the pointer hovers a chart (−1: none); it leaves {@link #scrubStep} alone. */
    private final LongProperty previewStep = new SimpleLongProperty(this, "previewStep", -1);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final LongProperty lastKeptStep = new SimpleLongProperty(this, "lastKeptStep", 0);
    private final StringProperty caption = new SimpleStringProperty(this, "caption", "");
    private final IntegerProperty width = new SimpleIntegerProperty(this, "width", 480);
    private final IntegerProperty height = new SimpleIntegerProperty(this, "height", 440);
    private final ObjectProperty<ChartStyle> style = new SimpleObjectProperty<>(this, "style", ChartStyle.screen());
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.MAP);
    /** Whether the current run's data are images (the panel offers Images instead of Map). */
    private final BooleanProperty imageData = new SimpleBooleanProperty(this, "imageData");
    private long lastNeuronRender;

    /** A pinned run's boundary when it was pinned, with the frame it was drawn in. */
    record PinState(DataViewChart.Overlay overlay, PlaneFrame frame) {}

    public DataViewModel(RunViewModel run, PinsViewModel pins) {
        this.run = run;
        run.runNumberProperty().addListener((o, a, b) -> {
            scrubStep.set(-1);
            playing.set(false);
            dirty = true;
        });
        scrubStep.addListener((o, a, b) -> dirty = true);
        previewStep.addListener((o, a, b) -> dirty = true);
        width.addListener((o, a, b) -> dirty = true);
        height.addListener((o, a, b) -> dirty = true);
        style.addListener((o, a, b) -> dirty = true);
        mode.addListener((o, a, b) -> dirty = true);
        pins.pins().addListener((ListChangeListener<PinnedRun>) c -> {
            while (c.next()) {
                for (PinnedRun p : c.getRemoved()) {
                    pinStates.remove(p);
                }
                for (PinnedRun p : c.getAddedSubList()) {
                    keepPinState(p);
                }
            }
            dirty = true;
        });
    }

    /** One FX frame: hand over a finished picture, advance a replay, ask for the next picture. */
    public void tick() {
        Frame done = finished.getAndSet(null);
        if (done != null) {
            frame.set(done);
            framesShown++;
            caption.set(done.scene() == null && done.images() == null ? "kept steps 0 … " + Fmt.count(done.step())
                    : captionOf(done.step()));
        }
        String err = failure.getAndSet(null);
        if (err != null) {
            caption.set(err);
        }
        ObservedWeights observed = run.weights();
        DataSplit split = run.split();
        if (observed == null || split == null) {
            return;
        }
        boolean images = SceneMaker.kindOf(split.train()) == SceneMaker.Kind.IMAGES;
        if (images != imageData.get()) {
            imageData.set(images);
            if (images && mode.get() == Mode.MAP) {
                mode.set(Mode.IMAGES);
            } else if (!images && mode.get() == Mode.IMAGES) {
                mode.set(Mode.MAP);
            }
        }
        WeightStore store = observed.store();
        WeightStore.Snapshot newest = store.latest();
        if (newest == null) {
            return;
        }
        lastKeptStep.set(newest.step());
        if (playing.get() && !busy.get()) { // one picture per replay step, however slow the drawing
            advancePlay(store, newest.step());
        }
        long asked = shownStepAsked();
        WeightStore.Snapshot target = asked < 0 ? store.latest() : store.nearest(asked);
        if (target == null) {
            return;
        }
        boolean streaming = asked < 0 && mode.get() == Mode.MAP && run.stateProperty().get() == RunState.RUNNING;
        boolean fresh = target.step() != requestedStep || run.runNumberProperty().get() != requestedRun || dirty
                || (lastStreaming && !streaming);
        if (mode.get() == Mode.NEURONS && fresh && !dirty && run.runNumberProperty().get() == requestedRun) {
            // the whole run is drawn: a new step only extends it, a few times a second is enough
            long now = System.nanoTime();
            fresh = now - lastNeuronRender >= NEURON_REDRAW_NANOS;
            if (fresh) {
                lastNeuronRender = now;
            }
        }
        if (asked < 0 && !fresh && !run.stateProperty().get().over()) {
            store.requestLatest(); // the worker hands over its newest weights at its next step
        }
        // after shutdown (the window closing) a last tick may still come: it draws nothing
        if (fresh && !renderer.isShutdown() && System.nanoTime() >= nextAllowed && busy.compareAndSet(false, true)) {
            requestedStep = target.step();
            requestedRun = run.runNumberProperty().get();
            dirty = false;
            lastStreaming = streaming;
            Request r = new Request(requestedRun, observed, split, target, width.get(), height.get(),
                    style.get(), List.copyOf(pinStates.values()), mode.get(), run.phaseProperty().get().eosEndStep(),
                    streaming);
            renderer.execute(() -> render(r));
            if (streaming) {
                // ask for the next weights now, so they are there when this picture is done: the next
                // picture can then start at the pulse that hands this one over, not one pulse later
                store.requestLatest();
            }
        }
    }

    private static ThreadMXBean cpuClock() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        return mx.isCurrentThreadCpuTimeSupported() ? mx : null;
    }

    private void advancePlay(WeightStore store, long newest) {
        long now = scrubStep.get() < 0 ? 0 : scrubStep.get();
        if (now >= newest) {
            playing.set(false);
            return;
        }
        long next = store.ceilingStep((long) Math.floor(now * PLAY_FACTOR) + 1);
        scrubStep.set(next < 0 ? newest : next);
    }

    private void render(Request r) {
        long startNanos = System.nanoTime();
        long startCpu = CPU == null ? -1 : CPU.getCurrentThreadCpuTime();
        try {
            Frame f = painter.paint(r, startNanos);
            if (f != null) {
                finished.set(f);
            }
        } catch (DataViewPainter.CannotDraw e) {
            failure.set(e.getMessage());
        } catch (RuntimeException e) {
            failure.set("The data view could not be drawn: " + e.getMessage());
        } finally {
            // rest as long as the picture took of this thread's CPU time (its wall time on a busy
            // machine also counts the other threads' turns, and resting that long would halve the rate
            // for nothing); -1 where the JVM cannot tell: then the wall time
            long cpu = CPU == null ? -1 : CPU.getCurrentThreadCpuTime() - startCpu;
            long end = System.nanoTime();
            nextAllowed = end + Math.max(0, startCpu < 0 || cpu < 0 ? end - startNanos : cpu);
            busy.set(false);
        }
    }

    /** Pinned boundaries drawn in the same frame as the current picture (the same data). */
    static List<DataViewChart.Overlay> visible(List<PinState> pins, PlaneFrame frame) {
        return pins.stream().filter(p -> p.frame().equals(frame)).map(PinState::overlay).toList();
    }

    /** The pinned boundaries drawn over a scene (those of the same data). */
    public List<DataViewChart.Overlay> overlaysFor(DataViewScene scene) {
        return visible(List.copyOf(pinStates.values()), scene.frame());
    }

    /** A new pin keeps the boundary the data view shows now (the run's last picture). */
    private void keepPinState(PinnedRun p) {
        Frame f = frame.get();
        if (f == null || f.scene() == null || f.scene().grid() == null) {
            return;
        }
        pinStates.put(p, new PinState(new DataViewChart.Overlay(p.label(), Palette.run(p.color()), f.scene().contour()),
                f.scene().frame()));
    }

    /** The step the picture should show: a hovered one, else the scrubbed one, else −1 (live). */
    private long shownStepAsked() {
        return previewStep.get() >= 0 ? previewStep.get() : scrubStep.get();
    }

    private String captionOf(long step) {
        long asked = shownStepAsked();
        if (asked < 0) {
            return "live · step " + Fmt.count(step);
        }
        return asked == step ? "step " + Fmt.count(step)
                : "step " + Fmt.count(step) + " (the kept step nearest to " + Fmt.count(asked) + ")";
    }

    public boolean live() {
        return scrubStep.get() < 0;
    }

    /** Shows step t (the nearest kept one). */
    public void scrubTo(long t) {
        playing.set(false);
        scrubStep.set(Math.max(0, t));
    }

    /** Shows step t while the pointer hovers a chart there (the scrubbed step comes back after). */
    public void preview(long t) {
        previewStep.set(Math.max(0, t));
    }

    public void endPreview() {
        previewStep.set(-1);
    }

    /** Follows the run again. */
    public void goLive() {
        playing.set(false);
        scrubStep.set(-1);
    }

    /** Replays the run from step 0 (or from the step shown, if scrubbed) to its newest kept step. */
    public void play() {
        if (live() || scrubStep.get() >= lastKeptStep.get()) {
            scrubStep.set(0);
        }
        playing.set(true);
    }

    public void togglePlay() {
        if (playing.get()) {
            playing.set(false);
        } else {
            play();
        }
    }

    /** Pictures handed over so far (the frame-rate benchmark counts them). */
    public long framesShown() {
        return framesShown;
    }

    /** True while a picture is being computed. */
    public boolean rendering() {
        return busy.get();
    }

    public void shutdown() {
        renderer.shutdownNow();
    }

    public ObjectProperty<Frame> frameProperty() { return frame; }
    public LongProperty scrubStepProperty() { return scrubStep; }
    public BooleanProperty playingProperty() { return playing; }
    public LongProperty lastKeptStepProperty() { return lastKeptStep; }
    public LongProperty previewStepProperty() { return previewStep; }
    public StringProperty captionProperty() { return caption; }
    public IntegerProperty widthProperty() { return width; }
    public IntegerProperty heightProperty() { return height; }
    public ObjectProperty<ChartStyle> styleProperty() { return style; }
    public ObjectProperty<Mode> modeProperty() { return mode; }
    public BooleanProperty imageDataProperty() { return imageData; }
}
