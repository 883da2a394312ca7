package org.stepsizelab.core.dataview;

import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.model.Model;

/**
 * The per-point margins q_i = y_i f(x_i) of a data set under a decision function (positive: point i
 * is classified correctly; the minimum is the numerator of the normalized margin), and their
 * histogram.
 */
public final class Margins {
    private Margins() {}

    /** q_i = y_i f(θ; x_i) for every point of {@code data}, through one {@link Model#predict} call. */
    public static double[] of(Model model, double[] theta, Dataset data) {
        if (model.inputDim() != data.d()) {
            throw new IllegalArgumentException("the model takes d = " + model.inputDim() + ", the data have d = "
                    + data.d());
        }
        double[] q = new double[data.n()];
        model.predict(theta, data.x(), data.n(), q);
        for (int i = 0; i < q.length; i++) {
            q[i] *= data.y()[i];
        }
        return q;
    }

    /**
     * A histogram of margins over {@code bins} equal bins from the smallest to the largest finite one.
     *
     * @param lo left edge of bin 0 (the minimum margin)
     * @param hi right edge of the last bin (the maximum)
     * @param counts points per bin (the maximum falls in the last bin)
     */
    public record Histogram(double lo, double hi, int[] counts, int nonFinite) {

        public double binWidth() {
            return (hi - lo) / counts.length;
        }

        /** The minimum margin (the normalized margin's numerator). */
        public double min() {
            return lo;
        }

        public int total() {
            int s = nonFinite;
            for (int c : counts) {
                s += c;
            }
            return s;
        }
    }

    public static Histogram histogram(double[] q, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be >= 1");
        }
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        int bad = 0;
        for (double v : q) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            } else {
                bad++;
            }
        }
        int[] counts = new int[bins];
        if (lo > hi) {
            return new Histogram(0, 0, counts, bad);
        }
        double width = hi > lo ? (hi - lo) / bins : 1;
        for (double v : q) {
            if (Double.isFinite(v)) {
                counts[Math.min(bins - 1, (int) ((v - lo) / width))]++;
            }
        }
        return new Histogram(lo, hi > lo ? hi : lo + width * bins, counts, bad);
    }
}
