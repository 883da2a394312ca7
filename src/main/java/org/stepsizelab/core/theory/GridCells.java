package org.stepsizelab.core.theory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.stepsizelab.core.Num;

/**
 * The per-cell summary of a grid sweep ({@code sweep-cells.csv}): for each cell, how many of its
 * runs finished and diverged, and for each metric the median and the spread (min, max) over the
 * cell's seeds. Diverged runs enter no statistic; a cell with none left has empty fields.
 */
public final class GridCells {
    private GridCells() {}

    /** Median, min and max of one metric over one cell's usable runs (NaN when there are none). */
    public record Stat(double median, double min, double max, int count) {
        static Stat of(double[] values) {
            double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
            if (v.length == 0) {
                return new Stat(Double.NaN, Double.NaN, Double.NaN, 0);
            }
            int h = v.length / 2;
            double median = v.length % 2 == 1 ? v[h] : 0.5 * (v[h - 1] + v[h]);
            return new Stat(median, v[0], v[v.length - 1], v.length);
        }
    }

    /** One cell: its index, how many runs reported (finished) and diverged, and the statistics. */
    public record Cell(int cell, int finished, int diverged, Map<GridMetric, Stat> stats) {
        public Stat stat(GridMetric m) {
            return stats.get(m);
        }
    }

    /** Summarizes results given per run (null = not finished), cell by cell in cell order. */
    public static List<Cell> of(GridSweep grid, List<SweepResult> byRun) {
        int per = grid.seedsPerCell();
        List<Cell> out = new ArrayList<>(grid.cells());
        for (int c = 0; c < grid.cells(); c++) {
            int finished = 0, diverged = 0;
            EnumMap<GridMetric, double[]> values = new EnumMap<>(GridMetric.class);
            for (GridMetric m : GridMetric.values()) {
                values.put(m, new double[per]);
            }
            for (int s = 0; s < per; s++) {
                int run = c * per + s;
                SweepResult r = run < byRun.size() ? byRun.get(run) : null;
                finished += r != null && !r.cancelled() ? 1 : 0;
                diverged += r != null && r.diverged() ? 1 : 0;
                for (GridMetric m : GridMetric.values()) {
                    values.get(m)[s] = m.of(r);
                }
            }
            EnumMap<GridMetric, Stat> stats = new EnumMap<>(GridMetric.class);
            values.forEach((m, v) -> stats.put(m, Stat.of(v)));
            out.add(new Cell(c, finished, diverged, stats));
        }
        return out;
    }

    /** The CSV text: cell, the axes' values, runs, finished, diverged, then median/min/max per metric. */
    public static String format(GridSweep grid, List<Cell> cells) {
        List<String> head = new ArrayList<>(List.of("cell"));
        for (GridAxis a : grid.axes()) {
            head.add(a.key().key());
        }
        head.addAll(List.of("runs", "finished", "diverged"));
        for (GridMetric m : GridMetric.values()) {
            head.addAll(List.of(m.column() + "_median", m.column() + "_min", m.column() + "_max"));
        }
        StringBuilder sb = new StringBuilder(GridCsv.join(head)).append('\n');
        for (Cell c : cells) {
            List<String> f = new ArrayList<>(List.of(Integer.toString(c.cell())));
            int[] at = grid.coordinates(c.cell());
            for (int k = 0; k < at.length; k++) {
                f.add(grid.axes().get(k).text(at[k]));
            }
            f.addAll(List.of(Integer.toString(grid.seedsPerCell()), Integer.toString(c.finished()),
                    Integer.toString(c.diverged())));
            for (GridMetric m : GridMetric.values()) {
                Stat s = c.stat(m);
                f.addAll(List.of(num(s.median()), num(s.min()), num(s.max())));
            }
            sb.append(GridCsv.join(f)).append('\n');
        }
        return sb.toString();
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "" : Num.exact(v);
    }
}
