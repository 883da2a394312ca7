package org.stepsizelab.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.jfree.chart.util.Args;
import org.jfree.data.DomainInfo;
import org.jfree.data.Range;
import org.jfree.data.xy.AbstractXYDataset;
import org.stepsizelab.core.HistoryTable;
import org.stepsizelab.core.Metric;

/**
 * An XY dataset that shows history tables decimated to a window of steps and a number of pixel
 * columns (see {@link Decimator}). Its domain bounds are the full runs, so "zoom to fit" restores
 * the whole history, while its points cover only the visible window.
 */
public final class EnvelopeDataset extends AbstractXYDataset implements DomainInfo {

    /** One series: a metric of one run. */
    public record Source(String key, HistoryTable table, Metric metric, DoubleUnaryOperator transform) {
    }

    private final boolean positiveOnly;
    private final List<Source> sources = new ArrayList<>();
    /** What is drawn: the series keys and points as of the last recompute (sources may be newer). */
    private final List<String> keys = new ArrayList<>();
    private final List<Decimator.Points> points = new ArrayList<>();
    /** Each series' decimation from the last recompute, redone incrementally while a run streams. */
    private Map<CacheKey, IncrementalDecimation> passes = new HashMap<>();

    /** A series' identity for {@link #passes}: its table object (not contents), metric and transform. */
    private record CacheKey(String key, HistoryTable table, Metric metric, Class<?> transform) {
        static CacheKey of(Source s) {
            return new CacheKey(s.key(), s.table(), s.metric(),
                    s.transform() == null ? null : s.transform().getClass());
        }
    }
    private double lo = 0, hi = 1;
    private int columns = 1600;
    private boolean logX;
    private boolean autoWindow = true;

    /** @param positiveOnly the value axis is logarithmic: values ≤ 0 are not drawn */
    public EnvelopeDataset(boolean positiveOnly) {
        this.positiveOnly = positiveOnly;
    }

    /** Swaps the sources without re-decimating: the caller sets the window next (one pass, not two). */
    void replaceSources(List<Source> list) {
        sources.clear();
        sources.addAll(list);
    }

    /** Shows steps lo..hi at {@code columns} columns; {@code auto} follows the whole run instead. */
    public void setWindow(boolean auto, double lo, double hi, int columns, boolean logX) {
        this.autoWindow = auto;
        this.lo = lo;
        this.hi = hi;
        this.columns = Math.max(1, columns);
        this.logX = logX;
        recompute();
    }

    private void recompute() {
        points.clear();
        keys.clear();
        double wlo = lo, whi = hi;
        if (autoWindow) {
            Range r = getDomainBounds(false);
            wlo = r == null ? 0 : r.getLowerBound();
            whi = r == null ? 1 : r.getUpperBound();
        }
        // following the whole run, the column width is held fixed while the run grows (see
        // Grid.growing), so after a batch each series only redoes its last columns
        Decimator.Grid grid = autoWindow ? Decimator.Grid.growing(wlo, whi, columns, logX)
                : Decimator.Grid.of(wlo, whi, columns, logX);
        Map<CacheKey, IncrementalDecimation> next = new HashMap<>();
        for (Source s : sources) {
            keys.add(s.key());
            CacheKey k = CacheKey.of(s);
            IncrementalDecimation pass = next.computeIfAbsent(k, x -> {
                IncrementalDecimation old = passes.get(x);
                return old != null ? old : new IncrementalDecimation(s.table(), s.metric(), s.transform(), positiveOnly);
            });
            points.add(pass.update(grid));
        }
        passes = next;
        fireDatasetChanged();
    }

    /** Drawn points over all series (what a redraw costs). */
    public int pointCount() {
        int n = 0;
        for (Decimator.Points p : points) {
            n += p.size();
        }
        return n;
    }

    @Override
    public int getSeriesCount() {
        return points.size();
    }

    @Override
    public Comparable<?> getSeriesKey(int series) {
        Args.requireInRange(series, "series", 0, keys.size() - 1);
        return keys.get(series);
    }

    @Override
    public int getItemCount(int series) {
        return points.get(series).size();
    }

    @Override
    public Number getX(int series, int item) {
        return points.get(series).x()[item];
    }

    @Override
    public double getXValue(int series, int item) {
        return points.get(series).x()[item];
    }

    @Override
    public Number getY(int series, int item) {
        return points.get(series).y()[item];
    }

    @Override
    public double getYValue(int series, int item) {
        return points.get(series).y()[item];
    }

    @Override
    public double getDomainLowerBound(boolean includeInterval) {
        Range r = getDomainBounds(includeInterval);
        return r == null ? Double.NaN : r.getLowerBound();
    }

    @Override
    public double getDomainUpperBound(boolean includeInterval) {
        Range r = getDomainBounds(includeInterval);
        return r == null ? Double.NaN : r.getUpperBound();
    }

    /** The steps of every run shown (step ≥ 1 on a log step axis). */
    @Override
    public Range getDomainBounds(boolean includeInterval) {
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (Source s : sources) {
            HistoryTable t = s.table();
            if (t.isEmpty()) {
                continue;
            }
            min = Math.min(min, t.firstStep(0));
            max = Math.max(max, t.lastStep(t.size() - 1));
        }
        if (min > max) {
            return null;
        }
        if (logX) {
            min = Math.max(min, 1);
            max = Math.max(max, 10);
        }
        if (max <= min) {
            max = min + 1;
        }
        return new Range(min, max);
    }
}
