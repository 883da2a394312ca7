package org.stepsizelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.stepsizelab.core.InputException;
import org.stepsizelab.core.config.ConfigCodec;
import org.stepsizelab.core.theory.GridSweep;

/**
 * {@code sweep … --plan DIR}: writes the sweep as independent tasks without running them (layout in
 * {@link SweepTasks}). Writing the same plan again keeps the finished results (the scripts are
 * refreshed, e.g. for a new jar path); a folder that holds a different plan is refused.
 */
final class PlanWriter {
    private PlanWriter() {}

    /** The module the fast kernels need; a task's JVM gets it on its command line (no relaunch). */
    static final String MODULE_FLAG = "--add-modules=jdk.incubator.vector";

    static int write(GridSweep grid, List<String> axesText, String seedsText, Path dir, PrintWriter out) {
        String plan = SweepTasks.planJson(grid, axesText, seedsText);
        Path abs = dir.toAbsolutePath().normalize();
        Path planFile = abs.resolve(SweepTasks.PLAN_JSON);
        boolean again = false;
        try {
            if (Files.exists(abs) && !Files.isDirectory(abs)) {
                throw new InputException("--plan " + dir + ": exists and is not a folder");
            }
            if (Files.isRegularFile(planFile)) {
                if (!Files.readString(planFile, StandardCharsets.UTF_8).equals(plan)) {
                    throw new InputException("--plan " + dir + ": the folder holds a different plan (choose a new folder,"
                            + " or delete it to start over)");
                }
                again = true;
            } else if (Files.isDirectory(abs)) {
                try (var entries = Files.list(abs)) {
                    if (entries.findAny().isPresent()) {
                        throw new InputException("--plan " + dir + ": the folder is not empty and holds no plan");
                    }
                }
            }
            for (String sub : List.of("tasks", "results", "failed", "logs")) {
                Files.createDirectories(abs.resolve(sub));
            }
        } catch (IOException e) {
            throw new InputException("--plan " + dir + ": cannot create the plan folder (" + e.getMessage() + ")");
        }
        SweepTasks.Plan p = new SweepTasks.Plan(abs, grid, axesText, seedsText);
        int n = grid.runs();
        StringBuilder lines = new StringBuilder(n * 24);
        for (int i = 0; i < n; i++) {
            String name = p.name(i);
            if (!again) {
                SweepTasks.write(p.preset(i), ConfigCodec.write(grid.config(i)));
            }
            lines.append("sh run-task.sh ").append(name).append('\n');
        }
        SweepTasks.write(abs.resolve("tasks.txt"), lines.toString());
        SweepTasks.write(abs.resolve("run-task.sh"), runTaskScript(javaBinary(), classPath()));
        SweepTasks.write(abs.resolve("array.sbatch"), sbatchScript(abs, n));
        executable(abs.resolve("run-task.sh"));
        executable(abs.resolve("array.sbatch"));
        SweepTasks.write(planFile, plan); // last: a folder with plan.json is a complete plan
        int done = 0;
        if (again) {
            for (int i = 0; i < n; i++) {
                done += Files.exists(p.result(i)) ? 1 : 0;
            }
        }
        out.println((again ? "plan already in " + dir + ": " + done + " of " + n + " tasks finished; scripts refreshed"
                : n + " task" + (n == 1 ? "" : "s") + " planned in " + dir));
        out.println("  run them:  cd " + abs + " && parallel -j" + Runtime.getRuntime().availableProcessors()
                + " :::: tasks.txt    (or: sbatch array.sbatch)");
        out.println("  then:      sweep --collect " + abs);
        return Cli.OK;
    }

    static String runTaskScript(String java, String classPath) {
        return String.join("\n",
                "#!/bin/sh",
                "# Runs one task of this sweep plan: sh run-task.sh INDEX (each line of tasks.txt is one such call).",
                "# It works from any directory and a fresh shell: it moves into the plan folder itself.",
                "#   JAVA=/path/to/java          Java 17+ (default: the java that wrote the plan, else java on PATH)",
                "#   STEPSIZE_LAB_JAR=FILE       the program's jar (default: the class path that wrote the plan)",
                "#   JAVA_OPTS='-Xmx4g'          extra JVM options",
                "# A finished task (results/INDEX.csv) is skipped, so running tasks.txt again resumes the sweep.",
                "# A task that fails leaves failed/INDEX.txt (exit code and last error line) for sweep --collect.",
                "set -u",
                "cd \"$(dirname \"$0\")\" || exit 1",
                "i=${1:?usage: sh run-task.sh INDEX}",
                "if [ -f \"results/$i.csv\" ]; then echo \"task $i: already done\"; exit 0; fi",
                "java=${JAVA:-" + SweepTasks.shellQuote(java) + "}",
                "if [ ! -x \"$java\" ]; then java=java; fi",
                "cp=${STEPSIZE_LAB_JAR:-" + SweepTasks.shellQuote(classPath) + "}",
                "mkdir -p logs failed results",
                "# the module flag on the command line: the launcher then runs in this JVM (no relaunch)",
                "\"$java\" " + MODULE_FLAG + " ${JAVA_OPTS:-} -cp \"$cp\" org.stepsizelab.Launcher task . \"$i\" 2>\"logs/$i.err\"",
                "rc=$?",
                "if [ \"$rc\" -eq 0 ]; then",
                "  rm -f \"failed/$i.txt\"",
                "else",
                "  line=$(grep -v 'Using incubator modules' \"logs/$i.err\" | tail -n 1)",
                "  [ -n \"$line\" ] || line='stopped without a message (killed, or out of memory)'",
                "  printf 'exit %s: %s\\n' \"$rc\" \"$line\" > \"failed/.$i.tmp\" && mv -f \"failed/.$i.tmp\" \"failed/$i.txt\"",
                "  cat \"logs/$i.err\" >&2",
                "fi",
                "exit \"$rc\"",
                "");
    }

    static String sbatchScript(Path dir, int tasks) {
        String d = dir.toString();
        return String.join("\n",
                "#!/bin/bash",
                "#SBATCH --job-name=stepsize-sweep",
                "#SBATCH --array=0-" + (tasks - 1),
                "#SBATCH --ntasks=1",
                "#SBATCH --cpus-per-task=1",
                "#SBATCH --mem=2G",
                "#SBATCH --chdir=" + d,
                "#SBATCH --output=" + d + "/logs/slurm-%A_%a.out",
                "# A Slurm job array over this plan: sbatch array.sbatch (from anywhere), then sweep --collect " + d,
                "# Array task K runs line K+1 of tasks.txt. Clusters whose MaxArraySize is below the task count:",
                "#   sbatch --array=0-999 --export=ALL,TASK_OFFSET=1000 array.sbatch   (lines 1001-2000)",
                "# Finished tasks are skipped, so submitting again resumes the sweep.",
                "cd \"${STEPSIZE_PLAN_DIR:-" + d + "}\" || exit 1",
                "k=$(( ${SLURM_ARRAY_TASK_ID:?not inside a Slurm array job} + ${TASK_OFFSET:-0} ))",
                "line=$(sed -n \"$((k + 1))p\" tasks.txt)",
                "if [ -z \"$line\" ]; then echo \"array task $k: no such line in tasks.txt\" >&2; exit 2; fi",
                "eval \"$line\"",
                "");
    }

    private static void executable(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: tasks.txt calls "sh run-task.sh", which needs no x bit
        }
    }

    /** The java binary running now (absolute), which the tasks use by default. */
    static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * This program's class path with absolute entries, so a task finds it from any folder. A jar
     * that holds only a manifest Class-Path (a test runner's temporary launcher jar) is replaced by
     * the entries it names.
     */
    static String classPath() {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (e.isBlank()) {
                continue;
            }
            Path p = Path.of(e).toAbsolutePath().normalize();
            List<String> inner = manifestClassPath(p);
            if (inner.isEmpty()) {
                out.add(p.toString());
            } else {
                out.addAll(inner);
            }
        }
        return String.join(java.io.File.pathSeparator, out);
    }

    private static List<String> manifestClassPath(Path jar) {
        if (!jar.toString().endsWith(".jar") || !Files.isRegularFile(jar)) {
            return List.of();
        }
        try (JarFile f = new JarFile(jar.toFile())) {
            Manifest m = f.getManifest();
            String cp = m == null ? null : m.getMainAttributes().getValue("Class-Path");
            if (cp == null || cp.isBlank() || f.size() > 3) { // a real jar with classes keeps its place
                return List.of();
            }
            List<String> out = new ArrayList<>();
            URI base = jar.toUri();
            for (String u : cp.trim().split("\\s+")) {
                out.add(Path.of(base.resolve(u)).toAbsolutePath().normalize().toString());
            }
            return out;
        } catch (IOException | IllegalArgumentException e) {
            return List.of();
        } catch (UncheckedIOException e) {
            return List.of();
        }
    }
}
