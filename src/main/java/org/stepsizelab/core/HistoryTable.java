package org.stepsizelab.core;

import java.util.Arrays;

/**
 * A run's history as columns of buckets: bucket i covers the steps firstStep(i)..lastStep(i) and
 * holds, per {@link Metric}, the minimum and maximum over those steps (NaNs ignored; NaN if every
 * value was NaN). While every bucket holds one step the table is exact: min = max = the value.
 *
 * <p>Not thread-safe: a {@link RunHistory} hands each reader its own tables.
 */
public final class HistoryTable {
    private long[] first;
    private long[] last;
    private final double[][] min = new double[Metric.COUNT][];
    private final double[][] max = new double[Metric.COUNT][];
    private int size;
    /**
     * A change log so a reader can redo only what changed (the charts' incremental decimation):
     * every mutation counts one version and records the lowest row it touched.
     *
     * <p>Why it lives here and not in {@code chart}, its only reader today: the table is written
     * only inside {@code core} (RunHistory's deltas call the package-private mutators below: append,
     * widen the last bucket, truncate, merge pairs on compaction), so only the table sees which rows
     * each write touched. A reader outside could learn it only by comparing every row with its own
     * copy, the O(n) pass per batch the log exists to avoid, or by core handing out its deltas, which
     * would tie the chart to RunHistory's compaction. The log is a fact about the table (a version
     * and the rows kept since), knows nothing of charts, and costs one int per write.
     */
    private static final int LOG = 64;
    private long version;
    private final int[] lowestTouched = new int[LOG];

    public HistoryTable() {
        this(64);
    }

    public HistoryTable(int initialCapacity) {
        int cap = Math.max(1, initialCapacity);
        first = new long[cap];
        last = new long[cap];
        for (int k = 0; k < Metric.COUNT; k++) {
            min[k] = new double[cap];
            max[k] = new double[cap];
        }
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public long firstStep(int i) {
        return first[i];
    }

    public long lastStep(int i) {
        return last[i];
    }

    public double min(Metric metric, int i) {
        return min[metric.ordinal()][i];
    }

    public double max(Metric metric, int i) {
        return max[metric.ordinal()][i];
    }

    /** The value at a one-step bucket; for wider buckets the maximum (a spike is never hidden). */
    public double value(Metric metric, int i) {
        return max[metric.ordinal()][i];
    }

    /** True if every bucket covers a single step, so the table holds every record exactly. */
    public boolean exact() {
        for (int i = 0; i < size; i++) {
            if (first[i] != last[i]) {
                return false;
            }
        }
        return true;
    }

    /** True if any bucket has a finite value of the metric. */
    public boolean hasAny(Metric metric) {
        double[] a = max[metric.ordinal()];
        for (int i = 0; i < size; i++) {
            if (Double.isFinite(a[i])) {
                return true;
            }
        }
        return false;
    }

    /** Counts mutations; see {@link #unchangedBelow(long)}. */
    public long version() {
        return version;
    }

    /**
     * The number of leading rows that are exactly as they were at {@code sinceVersion} (0 if that
     * version is too old to tell, or not one of this table's).
     */
    public int unchangedBelow(long sinceVersion) {
        if (sinceVersion > version || version - sinceVersion >= LOG) {
            return 0;
        }
        int low = size;
        for (long v = sinceVersion + 1; v <= version; v++) {
            low = Math.min(low, lowestTouched[(int) (v % LOG)]);
        }
        return low;
    }

    private void touched(int lowestRow) {
        version++;
        lowestTouched[(int) (version % LOG)] = lowestRow;
    }

    /** The bucket containing a step, or the nearest one; -1 if empty. */
    public int indexOfStep(long step) {
        return size == 0 ? -1 : Math.min(lowerBound(step), size - 1);
    }

    /** The first index whose bucket ends at or after {@code step} (size if none). */
    public int lowerBound(long step) {
        int lo = 0, hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (last[mid] < step) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Appends a one-step bucket with a record's values. */
    void append(StepRecord r) {
        touched(size);
        grow(size + 1);
        first[size] = r.step();
        last[size] = r.step();
        for (int k = 0; k < Metric.COUNT; k++) {
            double v = Metric.ALL[k].of(r);
            min[k][size] = v;
            max[k][size] = v;
        }
        size++;
    }

    /** Widens the last bucket with a record that follows it. */
    void mergeIntoLast(StepRecord r) {
        int i = size - 1;
        touched(i);
        last[i] = r.step();
        for (int k = 0; k < Metric.COUNT; k++) {
            double v = Metric.ALL[k].of(r);
            min[k][i] = nanMin(min[k][i], v);
            max[k][i] = nanMax(max[k][i], v);
        }
    }

    /** Appends rows from..to-1 of another table. */
    void appendRows(HistoryTable src, int from, int to) {
        int count = to - from;
        if (count <= 0) {
            return;
        }
        touched(size);
        grow(size + count);
        System.arraycopy(src.first, from, first, size, count);
        System.arraycopy(src.last, from, last, size, count);
        for (int k = 0; k < Metric.COUNT; k++) {
            System.arraycopy(src.min[k], from, min[k], size, count);
            System.arraycopy(src.max[k], from, max[k], size, count);
        }
        size += count;
    }

    /** Drops every bucket from index {@code newSize} on. */
    void truncate(int newSize) {
        int to = Math.min(size, Math.max(0, newSize));
        if (to < size) {
            touched(to);
        }
        size = to;
    }

    /**
     * Merges neighbouring pairs of buckets in place after the first {@code keep} ones, halving the
     * rest (an odd last bucket stays).
     */
    void mergePairs(int keep) {
        int out = keep;
        touched(keep);
        for (int i = keep; i < size; i += 2, out++) {
            int j = Math.min(i + 1, size - 1);
            first[out] = first[i];
            last[out] = last[j];
            for (int k = 0; k < Metric.COUNT; k++) {
                min[k][out] = nanMin(min[k][i], min[k][j]);
                max[k][out] = nanMax(max[k][i], max[k][j]);
            }
        }
        size = out;
    }

    /** A copy of this table. */
    public HistoryTable copy() {
        HistoryTable t = new HistoryTable(size);
        t.appendRows(this, 0, size);
        return t;
    }

    /**
     * A copy with at most {@code maxBuckets} buckets, neighbours merged in pairs as often as needed
     * except in the first eighth, which stays as it is (the EoS phase): every spike survives as a
     * bucket's min or max (used to keep pinned runs small).
     */
    public HistoryTable compactedTo(int maxBuckets) {
        if (maxBuckets < 1) {
            throw new IllegalArgumentException("maxBuckets must be >= 1");
        }
        HistoryTable t = copy();
        int keep = maxBuckets / 8;
        while (t.size > maxBuckets) {
            t.mergePairs(keep);
        }
        return t;
    }

    private void grow(int needed) {
        if (needed <= first.length) {
            return;
        }
        int cap = Math.max(needed, first.length * 2);
        first = Arrays.copyOf(first, cap);
        last = Arrays.copyOf(last, cap);
        for (int k = 0; k < Metric.COUNT; k++) {
            min[k] = Arrays.copyOf(min[k], cap);
            max[k] = Arrays.copyOf(max[k], cap);
        }
    }

    static double nanMin(double a, double b) {
        if (Double.isNaN(a)) {
            return b;
        }
        if (Double.isNaN(b)) {
            return a;
        }
        return Math.min(a, b);
    }

    static double nanMax(double a, double b) {
        if (Double.isNaN(a)) {
            return b;
        }
        if (Double.isNaN(b)) {
            return a;
        }
        return Math.max(a, b);
    }
}
