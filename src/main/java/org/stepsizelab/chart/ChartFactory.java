package org.stepsizelab.chart;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * Builds the lab's charts (JFreeChart objects only, no JavaFX: the app shows them in a ChartViewer,
 * the exporter draws them to PNG/SVG/PDF). A panel stacks loss (log y), ‖w_t‖, γ̄(w_t), accuracy
 * and sharpness vs 2/η on one step axis, with the EoS phase shaded and Theorem 2.2's thresholds.
 */
public final class ChartFactory {
    private ChartFactory() {}

    /** The stacked panel with the charts the style selects, filled with {@code data}. */
    public static LabChart panel(ChartData data, ChartStyle style) {
        List<ChartKind> kinds = new ArrayList<>();
        for (ChartKind k : ChartKind.values()) {
            if (style.kinds().contains(k)) {
                kinds.add(k);
            }
        }
        LabChart c = new LabChart(kinds, style, false);
        c.update(data);
        return c;
    }

    /** One chart on its own (for an export of just the loss, say), styled like the panel's. */
    public static LabChart single(ChartKind kind, ChartData data, ChartStyle style) {
        LabChart c = new LabChart(List.of(kind), style, true);
        c.update(data);
        return c;
    }

    /** Shortcut: the panel's JFreeChart. */
    public static JFreeChart panelChart(ChartData data, ChartStyle style) {
        return panel(data, style).chart();
    }
}
