package org.stepsizelab.chart;

import org.stepsizelab.core.HistoryTable;

/**
 * One run as the charts draw it: a label for the legend (e.g. "η=10⁴, m=20, softplus c=½"), its
 * history table (exact or an envelope) and its colour (an index into {@link Palette#run}; -1 takes
 * the run's position: 0 for the current run, 1, 2, … for pins).
 */
public record ChartSeries(String label, HistoryTable table, int color) {

    public ChartSeries(String label, HistoryTable table) {
        this(label, table, -1);
    }

    int colorOr(int position) {
        return color >= 0 ? color : position;
    }
}
