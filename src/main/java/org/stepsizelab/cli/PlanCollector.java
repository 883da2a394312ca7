package org.stepsizelab.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.stepsizelab.core.theory.GridCells;
import org.stepsizelab.core.theory.GridCsv;
import org.stepsizelab.core.theory.SweepResult;

/**
 * {@code sweep --collect DIR}: merges every finished task's result into {@code DIR/sweep.csv} and
 * {@code DIR/sweep-cells.csv} (and the heat maps the chart options ask for), then lists the tasks
 * still missing and the failed ones with their error lines. It only reads, so it can run while
 * tasks are still running and again as more finish. Exit code 0 when every task has finished,
 * 1 when some are missing or failed (the tables then hold the finished ones).
 */
final class PlanCollector {
    private PlanCollector() {}

    /** How many task numbers (and failure lines) to print before "… and N more". */
    static final int LISTED = 20;

    static int collect(Path dir, ChartOptions charts, PrintWriter out, PrintWriter err) throws IOException {
        SweepTasks.Plan plan = SweepTasks.read(dir);
        charts.check();
        String header = GridCsv.header(plan.grid());
        int n = plan.tasks();
        SweepResult[] byRun = new SweepResult[n];
        List<String> missing = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        int finished = 0;
        for (int i = 0; i < n; i++) {
            String problem = null;
            try (BufferedReader r = Files.newBufferedReader(plan.result(i), StandardCharsets.UTF_8)) {
                String h = r.readLine(), row = r.readLine();
                if (!header.equals(h) || row == null) {
                    problem = "result file does not match the plan's columns";
                } else {
                    GridCsv.Row parsed = GridCsv.parse(plan.grid(), row);
                    if (parsed.run() != i) {
                        problem = "result file holds run " + parsed.run();
                    } else {
                        byRun[i] = parsed.result();
                        finished++;
                    }
                }
            } catch (NoSuchFileException e) {
                Path f = plan.failure(i);
                if (Files.isRegularFile(f)) {
                    problem = Files.readString(f, StandardCharsets.UTF_8).strip();
                } else {
                    missing.add(plan.name(i));
                }
            } catch (IllegalArgumentException e) {
                problem = "unreadable result (" + e.getMessage() + ")";
            }
            if (problem != null) {
                failed.add("task " + plan.name(i) + ": " + problem);
            }
        }
        List<GridCells.Cell> cells = GridOutput.writeTables(plan.dir(), plan.grid(), Arrays.asList(byRun));
        out.println("collected " + finished + " of " + n + " tasks -> " + plan.dir().resolve(GridOutput.SWEEP_CSV)
                + " (per cell: " + GridOutput.CELLS_CSV + ")");
        GridSweepRun.charts(charts, plan.grid(), cells, out);
        if (!missing.isEmpty()) {
            err.println(missing.size() + " task(s) missing (not run, still running, or stopped): " + listed(missing));
        }
        if (!failed.isEmpty()) {
            err.println(failed.size() + " task(s) failed (run tasks.txt again to retry them):");
            for (String f : failed.subList(0, Math.min(LISTED, failed.size()))) {
                err.println("  " + f);
            }
            if (failed.size() > LISTED) {
                err.println("  … and " + (failed.size() - LISTED) + " more (see " + plan.dir().resolve("failed") + ")");
            }
        }
        return missing.isEmpty() && failed.isEmpty() ? Cli.OK : Cli.FAILURE;
    }

    private static String listed(List<String> names) {
        String shown = String.join(", ", names.subList(0, Math.min(LISTED, names.size())));
        return names.size() > LISTED ? shown + ", … and " + (names.size() - LISTED) + " more" : shown;
    }
}
