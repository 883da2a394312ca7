package org.stepsizelab.cli;

import java.io.PrintWriter;
import java.util.function.Consumer;
import org.stepsizelab.core.Num;
import org.stepsizelab.core.StepRecord;

/**
 * Progress of a long run on stderr: nothing for the first two seconds (short runs stay silent),
 * then one line every two seconds — rewritten in place on a terminal, appended in a log — with the
 * time left at the rate so far, so that a run of 10¹² steps says it will not finish today.
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
    private int skip;
    private int skipped;

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

    /**
     * Reads the clock only at every {@code k}-th record, for callers (bench) whose timing one clock
     * read per step would disturb.
     */
    ProgressLine checkingEvery(int k) {
        this.skip = Math.max(0, k - 1);
        return this;
    }

    @Override
    public void accept(StepRecord r) {
        if (skipped < skip) {
            skipped++;
            return;
        }
        skipped = 0;
        long now = System.nanoTime();
        if (now < next) {
            return;
        }
        next = now + period;
        double elapsed = (now - start) / 1e9;
        double percent = totalSteps == 0 ? 100.0 : 100.0 * r.step() / totalSteps;
        String line = String.format(java.util.Locale.ROOT, "step %d/%d (%s%%), loss %s, %.0f s%s",
                r.step(), totalSteps, percent >= 1 || percent == 0 ? String.format(java.util.Locale.ROOT, "%.0f", percent)
                        : Num.compact(percent), Num.compact(r.loss()), elapsed, left(r.step(), elapsed));
        if (inPlace) {
            err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
            err.flush();
            lastWidth = line.length();
        } else {
            err.println(line);
        }
    }

    /** ", about 3.2 days left" at the rate so far; empty before the first step. */
    private String left(long step, double elapsed) {
        if (step <= 0 || step >= totalSteps || elapsed <= 0) {
            return "";
        }
        double s = (totalSteps - step) * (elapsed / step);
        String t = s < 120 ? String.format(java.util.Locale.ROOT, "%.0f s", s)
                : s < 7200 ? String.format(java.util.Locale.ROOT, "%.0f min", s / 60)
                : s < 172800 ? String.format(java.util.Locale.ROOT, "%.1f h", s / 3600)
                : s < 3.156e8 ? String.format(java.util.Locale.ROOT, "%.1f days", s / 86400)
                : String.format(java.util.Locale.ROOT, "%s years", Num.compact(s / 3.156e7));
        return ", about " + t + " left";
    }

    /** Clears the in-place line so that the summary starts on a clean line. */
    void finish() {
        if (inPlace && lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            err.flush();
        }
    }
}
