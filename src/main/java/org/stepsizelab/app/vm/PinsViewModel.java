package org.stepsizelab.app.vm;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stepsizelab.chart.ChartSeries;
import org.stepsizelab.chart.RunLabels;
import org.stepsizelab.core.HistoryTable;
import org.stepsizelab.core.PhaseInfo;
import org.stepsizelab.core.RunConfig;

/**
 * Pinned runs. Each keeps the colour it got when pinned (the first free one of the palette after
 * the current run's), so removing one never recolours the others; histories are compacted to
 * {@link #PIN_BUCKETS} buckets (exact up to that many steps, spikes kept beyond).
 */
public final class PinsViewModel {
    public static final int PIN_BUCKETS = 16_384;
    /** Colours 1..6 of the palette; the current run uses 0. */
    static final int COLOURS = 6;

    private final ObservableList<PinnedRun> pins = FXCollections.observableArrayList();

    public ObservableList<PinnedRun> pins() {
        return pins;
    }

    public PinnedRun pin(RunConfig config, HistoryTable table, PhaseInfo phase) {
        PinnedRun p = new PinnedRun(RunLabels.of(config), nextColour(), config, table.compactedTo(PIN_BUCKETS),
                phase);
        pins.add(p);
        return p;
    }

    public void remove(PinnedRun p) {
        pins.remove(p);
    }

    public void clear() {
        pins.clear();
    }

    public List<ChartSeries> series() {
        List<ChartSeries> out = new ArrayList<>(pins.size());
        for (PinnedRun p : pins) {
            out.add(p.series());
        }
        return out;
    }

    private int nextColour() {
        int[] used = new int[COLOURS + 1];
        for (PinnedRun p : pins) {
            used[p.color()]++;
        }
        int best = 1;
        for (int c = 1; c <= COLOURS; c++) {
            if (used[c] < used[best]) {
                best = c;
            }
        }
        return best;
    }
}
