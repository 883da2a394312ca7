package org.stepsizelab.chart;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.stepsizelab.core.HistoryTable;
import org.stepsizelab.core.Metric;

/**
 * One series' decimation kept between updates, so that while a run streams only the columns the
 * new rows touch are redone instead of the whole history (up to 131,072 rows per series) after each
 * batch. The result is always exactly what {@link Decimator} gives for the same grid: a pass resumes
 * at the start of the last column that began on a row unchanged since the last update (the table's
 * change log tells which), and starts afresh when the column edges or the first row moved.
 *
 * <p>The change log ({@link HistoryTable#version}, {@link HistoryTable#unchangedBelow}) is kept by
 * the table in core because only core writes the table; see the note there.
 */
final class IncrementalDecimation {
    private final HistoryTable table;
    private final Metric metric;
    private final DoubleUnaryOperator transform;
    private final boolean positiveOnly;

    /** The last pass: its grid, rows, the table's version then, and its per-column extremes. */
    private Decimator.Grid grid;
    private int firstRow, endRow;
    private long version;
    private Decimator.Acc acc;
    /** Rows the last update scanned (so tests can check the work is incremental). */
    private int lastScanned;

    IncrementalDecimation(HistoryTable table, Metric metric, DoubleUnaryOperator transform, boolean positiveOnly) {
        this.table = table;
        this.metric = metric;
        this.transform = transform;
        this.positiveOnly = positiveOnly;
    }

    int lastScanned() {
        return lastScanned;
    }

    /** The series decimated on grid g (equal to {@code Decimator.decimate(table, …, g)}). */
    Decimator.Points update(Decimator.Grid g) {
        int i0 = g.firstRow(table), i1 = g.endRow(table);
        if (table.isEmpty() || i1 - i0 <= g.columns()) {
            // few rows: drawn one by one, cheap; nothing worth keeping
            acc = null;
            lastScanned = Math.max(0, i1 - i0);
            return Decimator.decimate(table, metric, transform, positiveOnly, g);
        }
        int from = i0, column = -1;
        if (acc != null && grid.sameEdges(g) && i0 == firstRow) {
            int same = Math.min(Math.min(table.unchangedBelow(version), endRow), i1);
            int limit = Math.min(grid.columns(), g.columns());
            int p = acc.size;
            // back to the last column that began on an unchanged row (not the first column, whose
            // start depends on where the pass began) and whose edges are still the same
            while (p > 0 && !(acc.startRow[p - 1] < same && acc.startRow[p - 1] > i0 && acc.column[p - 1] < limit)) {
                p--;
            }
            if (p > 0) {
                int row = acc.startRow[p - 1];
                while (p > 0 && acc.startRow[p - 1] == row) {
                    p--;
                }
                from = row;
                column = acc.column[p] - 1;
                acc.size = p;
            }
        }
        if (from == i0) {
            acc = new Decimator.Acc(2 * Math.min(i1 - i0, g.columns() + 2) + 4, metric, transform, positiveOnly);
            column = -1;
        }
        Decimator.scan(table, g, from, i1, column, acc);
        grid = g;
        firstRow = i0;
        endRow = i1;
        version = table.version();
        lastScanned = i1 - from;
        // simplify may hand back the arrays it is given; the pass's own arrays change next time
        return Decimator.simplify(Arrays.copyOf(acc.xs, acc.size), Arrays.copyOf(acc.ys, acc.size), acc.size,
                g.logX(), positiveOnly);
    }
}
