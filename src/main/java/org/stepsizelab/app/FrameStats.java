package org.stepsizelab.app;

import java.util.Locale;

/** Counts FX-thread work per frame: mean, max and how many frames went over 16 ms and 50 ms. */
final class FrameStats {
    private long count;
    private double sum;
    private double max;
    private long over16;
    private long over50;

    void add(double millis) {
        count++;
        sum += millis;
        max = Math.max(max, millis);
        if (millis > 16) {
            over16++;
        }
        if (millis > 50) {
            over50++;
        }
    }

    long count() {
        return count;
    }

    double max() {
        return max;
    }

    String summary() {
        return String.format(Locale.ROOT, "frames=%d mean=%.2fms max=%.2fms over16=%d over50=%d",
                count, count == 0 ? 0 : sum / count, max, over16, over50);
    }
}
