package org.stepsizelab.app;

import javafx.animation.AnimationTimer;
import org.stepsizelab.app.vm.MainViewModel;

/**
 * Drains the run into the window about 30 times a second on the FX thread, and logs frames that
 * took long (stalls) when {@code -Dstepsizelab.perf=true}.
 */
final class FrameTicker extends AnimationTimer {
    private static final long PERIOD = 33_000_000L;
    private static final boolean LOG = Boolean.getBoolean("stepsizelab.perf");

    private final MainViewModel vm;
    private long last;
    private final FrameStats stats = new FrameStats();

    FrameTicker(MainViewModel vm) {
        this.vm = vm;
    }

    @Override
    public void handle(long now) {
        if (now - last < PERIOD) {
            return;
        }
        last = now;
        long t0 = System.nanoTime();
        vm.tick(now);
        stats.add((System.nanoTime() - t0) / 1e6);
        if (LOG && stats.count() % 150 == 0) {
            System.err.println("[perf] " + stats.summary());
        }
    }

    FrameStats stats() {
        return stats;
    }
}
