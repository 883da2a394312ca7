package org.stepsizelab.app;

import javafx.animation.AnimationTimer;
import org.stepsizelab.app.vm.MainViewModel;

/**
 * Drains the run into the window about 30 times a second on the FX thread. It also measures the
 * FX thread: the work of each drain (data + chart redraw) and the gap between pulses (a stall of
 * the FX thread shows as a long gap); {@code -Dstepsizelab.perf=true} logs both every 5 s.
 */
final class FrameTicker extends AnimationTimer {
    private static final long PERIOD = 33_000_000L;
    private static final boolean LOG = Boolean.getBoolean("stepsizelab.perf");

    private final MainViewModel vm;
    private long lastDrain;
    private long lastPulse;
    private FrameStats work = new FrameStats();
    private FrameStats gaps = new FrameStats();

    FrameTicker(MainViewModel vm) {
        this.vm = vm;
    }

    @Override
    public void handle(long now) {
        long wall = System.nanoTime();
        if (lastPulse != 0) {
            gaps.add((wall - lastPulse) / 1e6);
        }
        lastPulse = wall;
        if (now - lastDrain < PERIOD) {
            return;
        }
        lastDrain = now;
        vm.tick(now);
        long end = System.nanoTime();
        work.add((end - wall) / 1e6);
        lastPulse = end;
        if (LOG && work.count() % 150 == 0) {
            System.err.println("[perf] " + summary());
        }
    }

    /** Starts the statistics afresh (a benchmark leaves out the start-up frames). */
    void resetStats() {
        work = new FrameStats();
        gaps = new FrameStats();
    }

    /** "drain: frames=… mean=… max=…; pulse gaps: …". */
    String summary() {
        return "step " + vm.run().stepProperty().get() + "; drain+redraw " + work.summary() + "; pulse gaps "
                + gaps.summary();
    }
}
