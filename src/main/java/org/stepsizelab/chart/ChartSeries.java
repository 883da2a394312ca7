package org.stepsizelab.chart;

import org.stepsizelab.core.HistoryTable;

/**
 * One run as the charts draw it: a label for the legend (e.g. "η=10⁴, m=20, softplus c=½") and its
 * history table (exact or an envelope).
 */
public record ChartSeries(String label, HistoryTable table) {
}
