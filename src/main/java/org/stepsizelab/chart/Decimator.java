package org.stepsizelab.chart;

import java.util.function.DoubleUnaryOperator;
import org.stepsizelab.core.HistoryTable;
import org.stepsizelab.core.Metric;

/**
 * Reduces a history to what a chart's pixels can show: per pixel column the minimum and the maximum
 * (in the order they occur), so a 10⁶-step run draws as about two points per column and a spike of
 * one step still reaches its full height. Columns are even in the axis's own scale (linear or log).
 *
 * <p>Non-finite values, and values ≤ 0 on a log axis, are skipped; so are steps ≤ 0 on a log step
 * axis. Sparse metrics (NaN between evaluations) therefore draw as lines through their samples.
 */
public final class Decimator {
    private Decimator() {}

    /** Decimated points: x[0..size) and y[0..size), x non-decreasing. */
    public record Points(double[] x, double[] y, int size) {
        public static final Points EMPTY = new Points(new double[0], new double[0], 0);
    }

    /**
     * @param transform applied to the metric before plotting (e.g. η ↦ 2/η), or null
     * @param positiveOnly drop values ≤ 0 (a log value axis)
     * @param lo lowest visible step, @param hi highest visible step (the window)
     * @param columns pixel columns across the window
     */
    public static Points decimate(HistoryTable t, Metric metric, DoubleUnaryOperator transform,
                                  boolean positiveOnly, double lo, double hi, int columns, boolean logX) {
        int n = t.size();
        if (n == 0 || columns < 1) {
            return Points.EMPTY;
        }
        if (logX) {
            lo = Math.max(lo, 1.0);
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        // one bucket beyond each edge so lines run to the border of the plot
        int i0 = Math.max(0, t.lowerBound((long) Math.floor(lo)) - 1);
        int i1 = Math.min(n, t.lowerBound((long) Math.ceil(hi)) + 2);
        int count = i1 - i0;
        double[] xs = new double[2 * Math.min(count, columns + 2) + 4];
        double[] ys = new double[xs.length];
        Acc acc = new Acc(xs, ys, metric, transform, positiveOnly);

        if (count <= columns) {
            for (int i = i0; i < i1; i++) {
                if (acc.accept(t, i, logX)) {
                    acc.flush();
                }
            }
            return new Points(acc.xs, acc.ys, acc.size);
        }
        double u0 = logX ? Math.log10(lo) : lo;
        double du = ((logX ? Math.log10(hi) : hi) - u0) / columns;
        int column = -1;
        double nextBoundary = lo; // the left edge of column + 1
        for (int i = i0; i < i1; i++) {
            double x = mid(t, i);
            if (x >= nextBoundary) {
                acc.flush();
                while (x >= nextBoundary && column < columns) {
                    column++;
                    double u = u0 + (column + 1) * du;
                    nextBoundary = column >= columns ? Double.POSITIVE_INFINITY : (logX ? Math.pow(10, u) : u);
                }
            }
            acc.accept(t, i, logX);
        }
        acc.flush();
        return new Points(acc.xs, acc.ys, acc.size);
    }

    /** The step a bucket is drawn at: its middle. */
    static double mid(HistoryTable t, int i) {
        return 0.5 * (t.firstStep(i) + t.lastStep(i));
    }

    /** The extremes of one column so far. */
    private static final class Acc {
        double[] xs, ys;
        int size;
        final int metricIndex;
        final Metric metric;
        final DoubleUnaryOperator f;
        final boolean positiveOnly;
        double minY, maxY, minX, maxX;
        boolean any;

        Acc(double[] xs, double[] ys, Metric metric, DoubleUnaryOperator f, boolean positiveOnly) {
            this.xs = xs;
            this.ys = ys;
            this.metric = metric;
            this.metricIndex = metric.ordinal();
            this.f = f;
            this.positiveOnly = positiveOnly;
        }

        /** Adds bucket i; false if it had nothing drawable. */
        boolean accept(HistoryTable t, int i, boolean logX) {
            double x = mid(t, i);
            if (logX && x <= 0) {
                return false;
            }
            double a = t.min(metric, i), b = t.max(metric, i);
            if (f != null) {
                a = f.applyAsDouble(a);
                b = f.applyAsDouble(b);
            }
            boolean took = false;
            if (usable(a)) {
                take(x, a);
                took = true;
            }
            if (usable(b)) {
                take(x, b);
                took = true;
            }
            return took;
        }

        private boolean usable(double v) {
            return Double.isFinite(v) && (!positiveOnly || v > 0);
        }

        private void take(double x, double y) {
            if (!any) {
                minY = maxY = y;
                minX = maxX = x;
                any = true;
                return;
            }
            if (y < minY) {
                minY = y;
                minX = x;
            }
            if (y > maxY) {
                maxY = y;
                maxX = x;
            }
        }

        void flush() {
            if (!any) {
                return;
            }
            ensure(2);
            if (minY == maxY) {
                put(minX, minY);
            } else if (minX <= maxX) {
                put(minX, minY);
                put(maxX, maxY);
            } else {
                put(maxX, maxY);
                put(minX, minY);
            }
            any = false;
        }

        private void put(double x, double y) {
            xs[size] = x;
            ys[size] = y;
            size++;
        }

        private void ensure(int more) {
            if (size + more > xs.length) {
                xs = java.util.Arrays.copyOf(xs, xs.length * 2 + more);
                ys = java.util.Arrays.copyOf(ys, ys.length * 2 + more);
            }
        }
    }
}
