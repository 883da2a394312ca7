package org.stepsizelab.app.vm;

import org.stepsizelab.chart.ChartSeries;
import org.stepsizelab.core.HistoryTable;
import org.stepsizelab.core.PhaseInfo;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.model.Models;

/** A run kept on the charts as an overlay: its label, fixed colour, config and (compacted) history. */
public record PinnedRun(String label, int color, RunConfig config, HistoryTable table, PhaseInfo phase) {

    public ChartSeries series() {
        return new ChartSeries(label, table, color, Models.marginPower(config));
    }
}
