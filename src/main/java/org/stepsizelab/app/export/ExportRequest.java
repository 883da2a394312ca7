package org.stepsizelab.app.export;

import org.stepsizelab.chart.ChartKind;
import org.stepsizelab.chart.export.ChartExporter.Format;
import org.stepsizelab.chart.export.ExportSize;

/**
 * What the export dialog asks for.
 *
 * @param chart one chart on its own, or null for the whole stacked panel
 * @param slide draw in slide style (larger text, thicker lines) whatever the window shows
 */
public record ExportRequest(ChartKind chart, Format format, ExportSize size, boolean slide) {
}
