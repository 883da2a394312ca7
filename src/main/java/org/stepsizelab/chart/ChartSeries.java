package org.stepsizelab.chart;

import org.stepsizelab.core.HistoryTable;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.model.Models;

/**
 * One run as the charts draw it: a label for the legend (e.g. "η=10⁴, m=20, softplus c=½"), its
 * history table (exact or an envelope), its colour (an index into {@link Palette#run}; -1 takes
 * the run's position: 0 for the current run, 1, 2, … for pins) and the power M of its normalized
 * margin min_i y_i f/‖w‖^M (NaN when not known), which the margin chart's axis names.
 */
public record ChartSeries(String label, HistoryTable table, int color, double marginPower) {

    public ChartSeries(String label, HistoryTable table) {
        this(label, table, -1);
    }

    public ChartSeries(String label, HistoryTable table, int color) {
        this(label, table, color, Double.NaN);
    }

    /** A run of {@code config}: its legend label and its network's margin power M. */
    public static ChartSeries of(RunConfig config, HistoryTable table, int color) {
        return new ChartSeries(RunLabels.of(config), table, color, Models.marginPower(config));
    }

    int colorOr(int position) {
        return color >= 0 ? color : position;
    }
}
