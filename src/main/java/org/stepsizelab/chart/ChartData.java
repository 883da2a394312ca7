package org.stepsizelab.chart;

import java.util.List;
import org.stepsizelab.core.EtaChange;
import org.stepsizelab.core.HistoryTable;
import org.stepsizelab.core.PhaseInfo;

/**
 * Everything a panel shows, as plain data (no view model): the current run with its phases and η
 * changes, and pinned runs drawn as overlays.
 *
 * @param title a chart title, or null for none (the app shows none)
 */
public record ChartData(String title, ChartSeries current, PhaseInfo phase, List<EtaChange> etaChanges,
                        List<ChartSeries> pinned) {

    public ChartData {
        etaChanges = List.copyOf(etaChanges);
        pinned = List.copyOf(pinned);
        phase = phase == null ? PhaseInfo.NONE : phase;
    }

    /** Just one run, no overlays. */
    public static ChartData of(String label, HistoryTable table, PhaseInfo phase) {
        return new ChartData(null, new ChartSeries(label, table), phase, List.of(), List.of());
    }

    public static ChartData empty() {
        return of("", new HistoryTable(), PhaseInfo.NONE);
    }

    public ChartData withPinned(List<ChartSeries> p) {
        return new ChartData(title, current, phase, etaChanges, p);
    }

    public ChartData withTitle(String t) {
        return new ChartData(t, current, phase, etaChanges, pinned);
    }
}
