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
     * first JVM started: what the user waited since typing {@code java -jar}.
     */
    private static String sinceLauncher() {
        return ProcessHandle.current().parent()
                .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .flatMap(p -> p.info().startInstant())
                .map(t -> "; since the launcher JVM started " + (System.currentTimeMillis() - t.toEpochMilli()) + " ms")
                .orElse("");
    }

    /** Prints the line once the chart has first been drawn while {@code hasData} holds. */
    void untilFirstDraw(JFreeChart chart, java.util.function.BooleanSupplier hasData) {
        if (!ON) {
            return;
        }
        chart.addProgressListener(new ChartProgressListener() {
            @Override
            public void chartProgress(ChartProgressEvent e) {
                if (e.getType() == ChartProgressEvent.DRAWING_FINISHED && hasData.getAsBoolean()) {
                    chart.removeProgressListener(this);
                    mark("first charts drawn");
                    System.err.println("[perf] start-up (JVM up-time): " + String.join(", ", marks)
                            + sinceLauncher());
                    if (Boolean.getBoolean("stepsizelab.perf.exit")) {
                        // a training run for the packaged app's class archive: end normally, so it is written
                        javafx.application.Platform.exit();
                    }
                }
            }
        });
    }
}
