package org.stepsizelab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stepsizelab.core.InputException;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.config.ConfigCodec;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.kernel.Kernels;
import org.stepsizelab.core.theory.GridCsv;
import org.stepsizelab.core.theory.SweepResult;
import org.stepsizelab.core.theory.SweepRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code task PLAN INDEX}: runs one task of a sweep plan exactly as the in-process sweep runs that
 * run (same configuration, data loading and single-threaded kernel, so the row is bit-identical
 * but for the seconds) and writes {@code results/INDEX.csv} atomically. A finished task is skipped.
 */
@Command(name = "task", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Run one task of a sweep plan (what each line of the plan's tasks.txt calls) and write"
                + " PLAN/results/INDEX.csv whole or not at all."},
        footer = {"", "Exit codes: 0 done (or already done), 2 bad input, 1 failure."})
final class TaskCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan folder (written by sweep … --plan).")
    Path dir;

    @Parameters(index = "1", paramLabel = "INDEX", description = "The task number, 0 to tasks − 1 (leading zeros allowed).")
    String index;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SweepTasks.Plan plan = SweepTasks.read(dir);
        int task;
        try {
            task = Integer.parseInt(index.trim());
        } catch (NumberFormatException e) {
            task = -1;
        }
        if (task < 0 || task >= plan.tasks()) {
            throw new InputException("task '" + index + "': expected a task number from 0 to " + (plan.tasks() - 1));
        }
        Path result = plan.result(task);
        if (Files.exists(result)) {
            spec.commandLine().getOut().println("task " + plan.name(task) + ": already done");
            return Cli.OK;
        }
        Path preset = plan.preset(task);
        RunConfig config = ConfigCodec.parse(Files.readString(preset, StandardCharsets.UTF_8), preset.toString());
        if (!config.equals(plan.grid().config(task))) {
            throw new InputException(preset + ": differs from run " + task + " of " + SweepTasks.PLAN_JSON
                    + " (the plan folder was edited; write the plan again in a new folder)");
        }
        SweepRunner.RunMethod method = SweepRunner.inMemory(Datasets.load(config), () -> Kernels.withThreads(1));
        SweepResult r = SweepRunner.runOne(method, task, config, () -> false);
        String row = GridCsv.row(plan.grid(), task, r);
        SweepTasks.write(result, GridCsv.header(plan.grid()) + "\n" + row + "\n");
        spec.commandLine().getOut().println(GridSweepRun.progressLine(plan.grid(), 1, 1, task, r));
        return Cli.OK;
    }
}
