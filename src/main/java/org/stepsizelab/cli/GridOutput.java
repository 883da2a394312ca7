package org.stepsizelab.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.stepsizelab.chart.GridHeatMap;
import org.stepsizelab.chart.SweepCharts;
import org.stepsizelab.chart.export.ChartExporter;
import org.stepsizelab.chart.export.ExportSize;
import org.stepsizelab.core.io.AtomicFiles;
import org.stepsizelab.core.theory.GridCells;
import org.stepsizelab.core.theory.GridCsv;
import org.stepsizelab.core.theory.GridMetric;
import org.stepsizelab.core.theory.GridSweep;
import org.stepsizelab.core.theory.SweepResult;

/**
 * What a grid sweep writes, in one process or collected from a plan: {@code sweep.csv} (one row
 * per finished run), {@code sweep-cells.csv} (median and spread per cell) and the heat maps the
 * chart options ask for: {@code --png heat.png} writes {@code heat-eos-end-step.png},
 * {@code heat-final-loss.png}, {@code heat-final-margin.png} and, with a test split,
 * {@code heat-test-accuracy.png}. Every file is written whole or not at all.
 */
final class GridOutput {
    private GridOutput() {}

    static final String SWEEP_CSV = "sweep.csv";
    static final String CELLS_CSV = "sweep-cells.csv";

    /** Writes both tables into {@code dir} and returns the cell summary. */
    static List<GridCells.Cell> writeTables(Path dir, GridSweep grid, List<SweepResult> byRun) {
        AtomicFiles.write(dir.resolve(SWEEP_CSV), GridCsv.format(grid, byRun).getBytes(StandardCharsets.UTF_8));
        List<GridCells.Cell> cells = GridCells.of(grid, byRun);
        AtomicFiles.write(dir.resolve(CELLS_CSV), GridCells.format(grid, cells).getBytes(StandardCharsets.UTF_8));
        return cells;
    }

    /** The metrics worth a heat map: test accuracy only when some run had a test split. */
    static List<GridMetric> metrics(List<GridCells.Cell> cells) {
        List<GridMetric> out = new ArrayList<>(List.of(GridMetric.EOS_END, GridMetric.FINAL_LOSS, GridMetric.FINAL_MARGIN));
        if (cells.stream().anyMatch(c -> c.stat(GridMetric.TEST_ACCURACY).count() > 0)) {
            out.add(GridMetric.TEST_ACCURACY);
        }
        return out;
    }

    /** Draws the heat maps to the files {@code o} names (one per metric and format); returns them. */
    static List<Path> writeCharts(ChartOptions o, GridSweep grid, List<GridCells.Cell> cells) {
        List<Path> written = new ArrayList<>();
        if (!o.wanted()) {
            return written;
        }
        ExportSize size = o.size();
        SweepCharts.Look look = o.slide ? SweepCharts.Look.slide() : SweepCharts.Look.screen();
        for (GridMetric m : metrics(cells)) {
            JFreeChart chart = GridHeatMap.of(grid, cells, m, look);
            written.addAll(write(chart, ChartExporter.Format.PNG, o.png, m, size));
            written.addAll(write(chart, ChartExporter.Format.SVG, o.svg, m, size));
            written.addAll(write(chart, ChartExporter.Format.PDF, o.pdf, m, size));
        }
        return written;
    }

    private static List<Path> write(JFreeChart chart, ChartExporter.Format f, Path file, GridMetric m, ExportSize size) {
        if (file == null) {
            return List.of();
        }
        Path target = suffixed(file, m.fileStem());
        ChartExporter.write(chart, f, target, size);
        return List.of(target);
    }

    /** {@code heat.png} with suffix {@code final-loss}: {@code heat-final-loss.png}. */
    static Path suffixed(Path file, String suffix) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        return file.resolveSibling(stem + "-" + suffix + ext);
    }
}
