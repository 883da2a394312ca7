package org.stepsizelab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stepsizelab.core.InputException;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.config.ConfigCodec;
import org.stepsizelab.core.io.AtomicFiles;
import org.stepsizelab.core.theory.GridAxis;
import org.stepsizelab.core.theory.GridSweep;

/**
 * The layout of a sweep plan folder, shared by {@code sweep --plan}, the {@code task} command and
 * {@code sweep --collect}:
 * <pre>
 *   plan.json          the grid (axes as typed, seeds, base configuration, task count)
 *   tasks/NNNN.json    one preset per task (task NNNN = run NNNN of the grid)
 *   tasks.txt          one shell command per task: "sh run-task.sh NNNN"
 *   run-task.sh        runs one task with the right java, module flag and class path
 *   array.sbatch       a Slurm job array over tasks.txt
 *   results/NNNN.csv   a finished task's row of sweep.csv (header + row, written atomically)
 *   failed/NNNN.txt    a task that exited non-zero: its exit code and last error line
 *   logs/              each task's stderr (and Slurm's output)
 * </pre>
 */
final class SweepTasks {
    private SweepTasks() {}

    static final String PLAN_JSON = "plan.json";
    static final String FORMAT = "stepsize-lab sweep plan 1";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A plan as read back: the grid and how its tasks are named. */
    record Plan(Path dir, GridSweep grid, List<String> axesText, String seedsText) {
        int tasks() {
            return grid.runs();
        }

        String name(int task) {
            return taskName(task, tasks());
        }

        Path preset(int task) {
            return dir.resolve("tasks").resolve(name(task) + ".json");
        }

        Path result(int task) {
            return dir.resolve("results").resolve(name(task) + ".csv");
        }

        Path failure(int task) {
            return dir.resolve("failed").resolve(name(task) + ".txt");
        }
    }

    /** Task numbers zero-padded to the width of the last one, so files sort in task order. */
    static String taskName(int task, int tasks) {
        int digits = Integer.toString(Math.max(1, tasks - 1)).length();
        return String.format(Locale.ROOT, "%0" + digits + "d", task);
    }

    static String planJson(GridSweep grid, List<String> axesText, String seedsText) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode axes = root.putArray("grid");
        axesText.forEach(axes::add);
        if (seedsText != null) {
            root.put("seeds", seedsText);
        }
        root.put("tasks", grid.runs());
        root.set("base", ConfigCodec.toJson(grid.base()));
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialize a plan", e);
        }
    }

    /** Reads {@code dir/plan.json}; a folder that holds no plan is an InputException naming it. */
    static Plan read(Path dir) {
        Path file = dir.resolve(PLAN_JSON);
        if (!Files.isRegularFile(file)) {
            throw new InputException(dir + ": no " + PLAN_JSON + " here (write a plan with sweep … --plan " + dir + ")");
        }
        try {
            JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (root == null || !FORMAT.equals(root.path("format").asText())) {
                throw new InputException(file + ": not a sweep plan (field \"format\" is not \"" + FORMAT + "\")");
            }
            List<String> axesText = new ArrayList<>();
            root.path("grid").forEach(n -> axesText.add(n.asText()));
            String seedsText = root.hasNonNull("seeds") ? root.get("seeds").asText() : null;
            RunConfig base = ConfigCodec.parseValues(root.path("base").toString(), file + " (base)").toConfig();
            GridSweep grid = grid(base, axesText, seedsText);
            if (grid.runs() != root.path("tasks").asInt(-1)) {
                throw new InputException(file + ": field \"tasks\" says " + root.path("tasks").asText()
                        + " but the grid has " + grid.runs() + " runs");
            }
            return new Plan(dir, grid, axesText, seedsText);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read the plan (" + e.getMessage() + ")");
        }
    }

    static GridSweep grid(RunConfig base, List<String> axesText, String seedsText) {
        List<GridAxis> axes = new ArrayList<>();
        for (String a : axesText) {
            axes.add(GridAxis.parse(a, "--grid"));
        }
        return new GridSweep(base, axes, seedsText == null ? List.of() : GridSweep.parseSeeds(seedsText));
    }

    /** Writes a file of text whole or not at all. */
    static void write(Path file, String text) {
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The shell's single-quoted form of a string. */
    static String shellQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
