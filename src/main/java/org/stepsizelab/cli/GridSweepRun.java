package org.stepsizelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.stepsizelab.core.Num;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.kernel.Kernels;
import org.stepsizelab.core.output.RunResult;
import org.stepsizelab.core.output.RunWriter;
import org.stepsizelab.core.output.StagedDirectory;
import org.stepsizelab.core.theory.GridCells;
import org.stepsizelab.core.theory.GridSweep;
import org.stepsizelab.core.theory.SweepResult;
import org.stepsizelab.core.theory.SweepRunner;

/** {@code sweep --grid …} in this process: all runs on the pool, then the tables and heat maps. */
final class GridSweepRun {
    private GridSweepRun() {}

    static int run(GridSweep grid, Path out, int pool, boolean keepRuns, ChartOptions charts, PrintWriter stdout,
            PrintWriter err) throws IOException {
        charts.check();
        List<RunConfig> configs = grid.configs(); // every value checked before anything runs
        try (StagedDirectory staged = StagedDirectory.create(out)) {
            Path dir = staged.dir();
            SweepRunner.RunMethod method = keepRuns ? keptRun(dir.resolve("runs"), configs.size())
                    : SweepRunner.loadingData(() -> Kernels.withThreads(1));
            int used = Math.min(pool, configs.size());
            err.printf(Locale.ROOT, "sweep: %d run%s (%d cell%s × %d seed%s) on %d thread%s%n", configs.size(),
                    plural(configs.size()), grid.cells(), plural(grid.cells()), grid.seedsPerCell(),
                    plural(grid.seedsPerCell()), used, plural(used));
            err.flush();
            List<SweepResult> byRun = new SweepRunner(method, pool).runIndexed(configs, (done, total, index, r) -> {
                synchronized (err) {
                    err.println(progressLine(grid, done, total, index, r));
                    err.flush();
                }
            }, () -> false);
            List<GridCells.Cell> cells = GridOutput.writeTables(dir, grid, byRun);
            staged.commit();
            stdout.println(configs.size() + " runs -> " + out.resolve(GridOutput.SWEEP_CSV) + " (per cell: "
                    + out.resolve(GridOutput.CELLS_CSV) + ")");
            charts(charts, grid, cells, stdout);
        }
        return Cli.OK;
    }

    /** Writes the heat maps asked for, or says why a grid of three or more axes has none. */
    static void charts(ChartOptions charts, GridSweep grid, List<GridCells.Cell> cells, PrintWriter stdout) {
        if (!charts.wanted()) {
            return;
        }
        if (!org.stepsizelab.chart.GridHeatMap.drawable(grid)) {
            stdout.println("no heat maps: they show one or two --grid axes, this grid has " + grid.axes().size());
            return;
        }
        for (Path p : GridOutput.writeCharts(charts, grid, cells)) {
            stdout.println("heat map -> " + p);
        }
    }

    static String progressLine(GridSweep grid, int done, int total, int index, SweepResult r) {
        List<String> cols = grid.keyColumns(), vals = grid.keyValues(index);
        StringBuilder keys = new StringBuilder();
        for (int k = 0; k < cols.size(); k++) {
            keys.append(k == 0 ? "" : " ").append(cols.get(k)).append('=').append(vals.get(k));
        }
        String how = r.diverged() ? "diverged" : "final loss " + Num.compact(r.finalLoss());
        return String.format(Locale.ROOT, "[%d/%d] %s: %s, s*=%d (%.2f s)", done, total, keys, how, r.eosEndStep(),
                r.seconds());
    }

    private static SweepRunner.RunMethod keptRun(Path runsDir, int total) {
        int digits = Integer.toString(Math.max(1, total - 1)).length();
        return (index, cfg, cancelled) -> {
            RunResult r = RunWriter.run(cfg, runsDir.resolve(String.format(Locale.ROOT, "%0" + digits + "d", index)),
                    rec -> { }, cancelled, List.of());
            return new SweepRunner.Finished(r.outcome(), r.last());
        };
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
