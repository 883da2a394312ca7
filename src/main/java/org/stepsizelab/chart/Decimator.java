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
        if (t.size() == 0 || columns < 1) {
            return Points.EMPTY;
        }
        return decimate(t, metric, transform, positiveOnly, Grid.of(lo, hi, columns, logX));
    }

    /** Like the method above, on a given column grid. */
    static Points decimate(HistoryTable t, Metric metric, DoubleUnaryOperator transform,
                           boolean positiveOnly, Grid g) {
        int n = t.size();
        if (n == 0) {
            return Points.EMPTY;
        }
        int i0 = g.firstRow(t), i1 = g.endRow(t);
        int count = i1 - i0;
        Acc acc = new Acc(2 * Math.min(count, g.columns() + 2) + 4, metric, transform, positiveOnly);
        if (count <= g.columns()) {
            for (int i = i0; i < i1; i++) {
                if (acc.accept(t, i, g.logX())) {
                    acc.flush(0, i);
                }
            }
            return simplify(acc.xs, acc.ys, acc.size, g.logX(), positiveOnly);
        }
        scan(t, g, i0, i1, -1, acc);
        return simplify(acc.xs, acc.ys, acc.size, g.logX(), positiveOnly);
    }

    /**
     * Pixel columns in the axis's own scale (linear or log10 of the step): column c = 0..columns-1
     * covers [u0 + c·du, u0 + (c+1)·du); steps before lo fall in column −1 and steps from the grid's
     * end on in column {@code columns} (one bucket each, so lines run to the border of the plot).
     */
    record Grid(double lo, double hi, double u0, double du, int columns, boolean logX) {
        /** lo..hi (the window) in {@code columns} columns. */
        static Grid of(double lo, double hi, int columns, boolean logX) {
            if (logX) {
                lo = Math.max(lo, 1.0);
            }
            if (!(hi > lo)) {
                hi = lo + 1;
            }
            double u0 = logX ? Math.log10(lo) : lo;
            double du = ((logX ? Math.log10(hi) : hi) - u0) / columns;
            return new Grid(lo, hi, u0, du, columns, logX);
        }

        /**
         * A grid for lo..hi with a column width that is a power of two in the axis's scale, between
         * half and one of {@code columns}' width, so it stays the same while hi grows (a streaming run
         * only adds columns at the end) until the run has doubled. Spikes keep their full height;
         * the points are at most twice as dense as with {@code columns} columns.
         */
        static Grid growing(double lo, double hi, int columns, boolean logX) {
            Grid exact = of(lo, hi, columns, logX);
            if (!(exact.du > 0) || !Double.isFinite(exact.du)) {
                return exact;
            }
            double du = Math.scalb(1.0, Math.getExponent(exact.du));
            double span = exact.du * columns;
            int n = (int) Math.min(4L * columns, Math.max(1L, (long) Math.ceil(span / du)));
            double end = exact.u0 + n * du;
            return new Grid(exact.lo, Math.max(exact.hi, exact.logX ? Math.pow(10, end) : end),
                    exact.u0, du, n, exact.logX);
        }

        /** True if this grid's column edges before column {@code columns} are other's too. */
        boolean sameEdges(Grid other) {
            return lo == other.lo && u0 == other.u0 && du == other.du && logX == other.logX;
        }

        /** The right edge of column c (lo for c = −1, none for the last). */
        double edge(int c) {
            if (c < 0) {
                return lo;
            }
            if (c >= columns) {
                return Double.POSITIVE_INFINITY;
            }
            double u = u0 + (c + 1) * du;
            return logX ? Math.pow(10, u) : u;
        }

        /** The first row drawn: one bucket before lo. */
        int firstRow(HistoryTable t) {
            return Math.max(0, t.lowerBound((long) Math.floor(lo)) - 1);
        }

        /** One past the last row drawn: one bucket beyond hi. */
        int endRow(HistoryTable t) {
            return Math.min(t.size(), t.lowerBound((long) Math.ceil(hi)) + 2);
        }
    }

    /**
     * Adds rows from..to-1 to {@code acc}, one flush (min and max) per column; {@code column} is the
     * column before row {@code from}'s (−1 at the start of a pass, else the column before the one row
     * {@code from} begins).
     */
    static void scan(HistoryTable t, Grid g, int from, int to, int column, Acc acc) {
        double nextBoundary = g.edge(column); // the left edge of column + 1
        int start = from;
        boolean logX = g.logX();
        for (int i = from; i < to; i++) {
            double x = mid(t, i);
            if (x >= nextBoundary) {
                acc.flush(column, start);
                while (x >= nextBoundary && column < g.columns()) {
                    column++;
                    nextBoundary = g.edge(column);
                }
                start = i;
            }
            acc.accept(t, i, logX);
        }
        acc.flush(column, start);
    }

    /** Vertical tolerance as a fraction of the drawn value range: about ⅓ pixel on a 300-pixel chart. */
    static final double TOLERANCE = 1e-3;
    /** Longest run of points one straight segment may replace (keeps the pass linear). */
    private static final int MAX_SPAN = 64;

    /**
     * Drops points that lie on the straight segment between their neighbours to within
     * {@link #TOLERANCE} of the value range (measured in the axes' own scales, log or linear), so a
     * smooth stretch such as the stable phase's 1/t line costs a few points while every bend and spike
     * stays. What is drawn differs from the full point list by less than a pixel.
     */
    static Points simplify(double[] xs, double[] ys, int n, boolean logX, boolean logY) {
        if (n <= 2) {
            return new Points(xs, ys, n);
        }
        double[] u = new double[n], v = new double[n];
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            u[i] = logX ? Math.log10(xs[i]) : xs[i];
            v[i] = logY ? Math.log10(ys[i]) : ys[i];
            lo = Math.min(lo, v[i]);
            hi = Math.max(hi, v[i]);
        }
        double tol = (hi - lo) * TOLERANCE;
        if (!(tol > 0)) {
            // a constant series: its two ends draw it exactly
            return new Points(new double[] {xs[0], xs[n - 1]}, new double[] {ys[0], ys[n - 1]}, 2);
        }
        double[] ox = new double[n], oy = new double[n];
        int out = 0;
        int anchor = 0;
        ox[out] = xs[0];
        oy[out++] = ys[0];
        while (anchor < n - 1) {
            // extend the segment anchor→end while every point between stays within tol of it
            int end = anchor + 1;
            while (end + 1 < n && end + 1 - anchor <= MAX_SPAN && fits(u, v, anchor, end + 1, tol)) {
                end++;
            }
            ox[out] = xs[end];
            oy[out++] = ys[end];
            anchor = end;
        }
        return new Points(ox, oy, out);
    }

    /** True if the points strictly between a and b lie within tol (vertically) of the segment a→b. */
    private static boolean fits(double[] u, double[] v, int a, int b, double tol) {
        double du = u[b] - u[a];
        for (int i = a + 1; i < b; i++) {
            double expected;
            if (du == 0) {
                // a vertical segment (min and max of one column): points must lie between its ends
                double lo = Math.min(v[a], v[b]), hi = Math.max(v[a], v[b]);
                if (v[i] < lo - tol || v[i] > hi + tol || u[i] != u[a]) {
                    return false;
                }
                continue;
            }
            expected = v[a] + (v[b] - v[a]) * (u[i] - u[a]) / du;
            if (Math.abs(v[i] - expected) > tol) {
                return false;
            }
        }
        return true;
    }

    /** The step a bucket is drawn at: its middle. */
    static double mid(HistoryTable t, int i) {
        return 0.5 * (t.firstStep(i) + t.lastStep(i));
    }

    /** The extremes of one column so far. */
    static final class Acc {
        double[] xs, ys;
        /** Per point: its column and the first row of that column (to resume a pass there). */
        int[] column, startRow;
        int size;
        final int metricIndex;
        final Metric metric;
        final DoubleUnaryOperator f;
        final boolean positiveOnly;
        double minY, maxY, minX, maxX;
        boolean any;

        Acc(int capacity, Metric metric, DoubleUnaryOperator f, boolean positiveOnly) {
            this.xs = new double[capacity];
            this.ys = new double[capacity];
            this.column = new int[capacity];
            this.startRow = new int[capacity];
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

        /** Ends a column (c, whose first row is {@code row}): its min and max in time order. */
        void flush(int c, int row) {
            if (!any) {
                return;
            }
            ensure(2);
            if (minY == maxY) {
                put(minX, minY, c, row);
            } else if (minX <= maxX) {
                put(minX, minY, c, row);
                put(maxX, maxY, c, row);
            } else {
                put(maxX, maxY, c, row);
                put(minX, minY, c, row);
            }
            any = false;
        }

        private void put(double x, double y, int c, int row) {
            xs[size] = x;
            ys[size] = y;
            column[size] = c;
            startRow[size] = row;
            size++;
        }

        private void ensure(int more) {
            if (size + more > xs.length) {
                int cap = xs.length * 2 + more;
                xs = java.util.Arrays.copyOf(xs, cap);
                ys = java.util.Arrays.copyOf(ys, cap);
                column = java.util.Arrays.copyOf(column, cap);
                startRow = java.util.Arrays.copyOf(startRow, cap);
            }
        }
    }
}
