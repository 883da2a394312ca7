package org.stepsizelab.app;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartProgressEvent;
import org.jfree.chart.event.ChartProgressListener;

/**
 * With {@code -Dstepsizelab.perf=true}, logs how long start-up takes on the FX thread: the JVM's
 * up-time when each part of the window is built and when the charts are first drawn with data, as
 * one "[perf] start-up: …" line on stderr. Without the property it records nothing. With
 * {@code -Dstepsizelab.perf.exit=true} as well, the app then quits (the packaging's training run).
 */
final class StartupLog {
    static final boolean ON = Boolean.getBoolean("stepsizelab.perf");
    private final List<String> marks = new ArrayList<>();
    private long last = uptime();

    StartupLog() {
        mark("start()");
    }

    private static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    /** Notes that a part is done (uptime, and the ms it took since the previous mark). */
    void mark(String what) {
        if (!ON) {
            return;
        }
        long now = uptime();
        marks.add(what + " " + now + " ms (+" + (now - last) + ")");
        last = now;
    }

    /**
     * When the Launcher started this JVM again (to add the vector module), the time since the
     * first JVM started: what the user waited since typing {@code java -jar}. The launcher hands its
     * start time over ({@code STEPSIZE_LAB_LAUNCHER_START}, epoch ms); the process table's start
     * times are too coarse for this (they were up to a second off).
     */
    private static String sinceLauncher() {
        String start = System.getenv(org.stepsizelab.Launcher.START_ENV);
        if (start == null || !start.matches("\\d+")) {
            return "";
        }
        return "; since the launcher JVM started " + (System.currentTimeMillis() - Long.parseLong(start)) + " ms";
    }

    /**
     * Once the chart has first been drawn while {@code hasData} holds: runs {@code then} (always, also
     * without the property) and prints the line.
     */
    void untilFirstDraw(JFreeChart chart, java.util.function.BooleanSupplier hasData, Runnable then) {
        chart.addProgressListener(new ChartProgressListener() {
            @Override
            public void chartProgress(ChartProgressEvent e) {
                if (e.getType() == ChartProgressEvent.DRAWING_FINISHED && hasData.getAsBoolean()) {
                    chart.removeProgressListener(this);
                    mark("first charts drawn");
                    // after this pulse: the drawn chart reaches the screen first
                    javafx.application.Platform.runLater(then);
                    if (!ON) {
                        return;
                    }
                    System.err.println("[perf] start-up (JVM up-time): " + String.join(", ", marks)
                            + sinceLauncher());
                }
            }
        });
    }

    /**
     * After the next layout of {@code scene}: notes {@code what} on a second "[perf]" line (the
     * window complete), and with {@code -Dstepsizelab.perf.exit=true} quits — the packaging's
     * training start, which thereby records what the whole window loads, and ends normally so that
     * its class archive is written.
     */
    void afterNextLayout(javafx.scene.Scene scene, String what) {
        if (!ON) {
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                long now = uptime();
                System.err.println("[perf] window complete (JVM up-time): " + what + " " + now + " ms");
                if (Boolean.getBoolean("stepsizelab.perf.exit")) {
                    javafx.application.Platform.runLater(javafx.application.Platform::exit);
                }
            }
        });
    }
}
