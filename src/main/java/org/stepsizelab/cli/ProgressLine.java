package org.stepsizelab.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import org.stepsizelab.core.Num;
import org.stepsizelab.core.StepRecord;

/**
 * Progress of a long run on stderr: nothing for the first two seconds (short runs stay silent),
 * then one line every two seconds — rewritten in place on a terminal, appended in a log.
 */
final class ProgressLine implements Consumer<StepRecord> {
    private static final long PERIOD_NANOS = 2_000_000_000L;

    private final PrintWriter err;
    private final long totalSteps;
    private final boolean inPlace;
    private final long period;
    private final long start = System.nanoTime();
    private long next;
    private int lastWidth;

    ProgressLine(PrintWriter err, long totalSteps, boolean inPlace) {
        this(err, totalSteps, inPlace, PERIOD_NANOS);
    }

    ProgressLine(PrintWriter err, long totalSteps, boolean inPlace, long periodNanos) {
        this.err = err;
        this.totalSteps = totalSteps;
        this.inPlace = inPlace;
        this.period = periodNanos;
        this.next = start + periodNanos;
    }

    @Override
    public void accept(StepRecord r) {
        long now = System.nanoTime();
        if (now < next) {
            return;
        }
        next = now + period;
        String line = String.format(java.util.Locale.ROOT, "step %d/%d (%.0f%%), loss %s, %.0f s",
                r.step(), totalSteps, totalSteps == 0 ? 100.0 : 100.0 * r.step() / totalSteps,
                Num.compact(r.loss()), (now - start) / 1e9);
        if (inPlace) {
            err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
            err.flush();
            lastWidth = line.length();
        } else {
            err.println(line);
        }
    }

    /** Clears the in-place line so that the summary starts on a clean line. */
    void finish() {
        if (inPlace && lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            err.flush();
        }
    }
}
