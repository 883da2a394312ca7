package org.stepsizelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.stepsizelab.cli.CliRunner.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sweep --plan / task / --collect for real: GNU parallel runs the plan with -j2, one task's JVM is
 * killed midway, the plan is run again (finished tasks skipped) and the collected sweep.csv equals
 * the in-process sweep's (every field but the seconds). The Slurm script's body runs a task with
 * SLURM_ARRAY_TASK_ID set, from a fresh environment. (.ci/run installs parallel.)
 */
class SweepPlanParallelTest {
    @TempDir
    static Path dir;

    static final String[] GRID = {"--grid", "eta=10,1e4", "--grid", "width=5,10", "--steps", "20000"};
    static List<String> inProcess;

    @BeforeAll
    static void inProcessSweep() throws IOException {
        String[] args = concat(new String[] {"sweep"}, GRID, new String[] {"--out", dir.resolve("in-process").toString()});
        CliRunner.Result r = cli(args);
        assertEquals(0, r.code(), r.toString());
        inProcess = withoutSeconds(dir.resolve("in-process/sweep.csv"));
    }

    private static String[] concat(String[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }

    /** sweep.csv without its last column (the wall-clock seconds, the one field that differs). */
    static List<String> withoutSeconds(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().map(l -> l.substring(0, l.lastIndexOf(','))).toList();
    }

    private static Path plan(String name) {
        Path p = dir.resolve(name);
        CliRunner.Result r = cli(concat(new String[] {"sweep"}, GRID, new String[] {"--plan", p.toString()}));
        assertEquals(0, r.code(), r.toString());
        return p;
    }

    private static boolean onPath(String tool) {
        return Optional.ofNullable(System.getenv("PATH")).stream().flatMap(s -> java.util.Arrays.stream(s.split(File.pathSeparator)))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    /** Runs a command in {@code cwd} with a clean environment (PATH only): as a fresh login would. */
    private static Process start(Path cwd, Map<String, String> env, String... cmd) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true)
                .redirectOutput(cwd.resolve("logs/driver-" + System.nanoTime() + ".out").toFile());
        String path = System.getenv("PATH");
        pb.environment().clear();
        pb.environment().put("PATH", path == null ? "/usr/bin:/bin" : path);
        pb.environment().put("HOME", dir.toString());
        pb.environment().putAll(env);
        return pb.start();
    }

    @Test
    void gnuParallelRunsThePlanAKilledTaskIsRetriedAndTheCollectedSweepEqualsTheInProcessOne() throws Exception {
        assumeTrue(onPath("parallel"), "GNU parallel is not installed (.ci/run installs it)");
        Path p = plan("parallel-plan");
        assertEquals(List.of("sh run-task.sh 0", "sh run-task.sh 1", "sh run-task.sh 2", "sh run-task.sh 3"),
                Files.readAllLines(p.resolve("tasks.txt")));
        assertTrue(Files.readString(p.resolve("tasks/2.json")).contains("\"width\" : 5"));

        Process first = start(p, Map.of(), "parallel", "--will-cite", "-j2", "::::", "tasks.txt");
        // kill the first task JVM that appears, long before it can finish
        ProcessHandle victim = null;
        for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); victim == null && System.nanoTime() < end; ) {
            victim = first.toHandle().descendants()
                    .filter(h -> h.info().commandLine().orElse("").contains("org.stepsizelab.Launcher task"))
                    .findFirst().orElse(null);
            Thread.sleep(5);
        }
        assertTrue(victim != null, "parallel started a task JVM");
        String killed = victim.info().commandLine().orElse("");
        victim.destroyForcibly();
        assertTrue(first.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, first.exitValue(), "parallel reports the one failed job");
        String task = killed.substring(killed.lastIndexOf(' ') + 1);
        assertFalse(Files.exists(p.resolve("results/" + task + ".csv")), "a killed task leaves no result");
        assertTrue(Files.readString(p.resolve("failed/" + task + ".txt")).startsWith("exit 137"),
                Files.readString(p.resolve("failed/" + task + ".txt")));

        CliRunner.Result partial = cli("sweep", "--collect", p.toString());
        assertEquals(1, partial.code(), partial.toString());
        assertTrue(partial.out().contains("collected 3 of 4 tasks"), partial.toString());
        assertTrue(partial.err().contains("1 task(s) failed") && partial.err().contains("task " + task + ": exit 137"),
                partial.err());
        assertEquals(4, Files.readAllLines(p.resolve("sweep.csv")).size(), "header and the 3 finished rows");

        Process again = start(p, Map.of(), "parallel", "--will-cite", "-j2", "::::", "tasks.txt");
        assertTrue(again.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, again.exitValue());
        assertFalse(Files.exists(p.resolve("failed/" + task + ".txt")), "the retried task cleared its failure");
        CliRunner.Result all = cli("sweep", "--collect", p.toString(), "--png", p.resolve("heat.png").toString(),
                "--png-size", "640x480");
        assertEquals(0, all.code(), all.toString());
        assertEquals(inProcess, withoutSeconds(p.resolve("sweep.csv")), "bit-identical to the in-process sweep");
        assertTrue(Files.exists(p.resolve("heat-final-loss.png")));
        assertEquals(Files.readString(dir.resolve("in-process/sweep-cells.csv")), Files.readString(p.resolve("sweep-cells.csv")));
    }

    @Test
    void theSlurmScriptRunsLineTaskIdOfTheListFromAFreshShellAndAFinishedTaskIsSkipped() throws Exception {
        Path p = plan("slurm-plan");
        String sbatch = Files.readString(p.resolve("array.sbatch"));
        assertTrue(sbatch.contains("#SBATCH --array=0-3"), sbatch);
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/logs")).getParent();
        Process task = start(elsewhere, Map.of("SLURM_ARRAY_TASK_ID", "2"), "bash", p.resolve("array.sbatch").toString());
        assertTrue(task.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, task.exitValue(), Files.readString(p.resolve("logs/2.err")));
        List<String> result = withoutSeconds(p.resolve("results/2.csv"));
        assertEquals(List.of(inProcess.get(0), inProcess.get(3)), result, "row 2 of the in-process sweep");
        // TASK_OFFSET shifts the line for clusters with a small MaxArraySize; a finished task is skipped
        Process offset = start(elsewhere, Map.of("SLURM_ARRAY_TASK_ID", "0", "TASK_OFFSET", "2"), "bash",
                p.resolve("array.sbatch").toString());
        assertTrue(offset.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, offset.exitValue());
        try (var outs = Files.list(elsewhere.resolve("logs"))) {
            String printed = outs.map(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return "";
                }
            }).reduce("", String::concat);
            assertTrue(printed.contains("task 2: already done"), printed);
        }
        Process none = start(elsewhere, Map.of("SLURM_ARRAY_TASK_ID", "9"), "bash", p.resolve("array.sbatch").toString());
        assertTrue(none.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, none.exitValue(), "no line 10 in a 4-task list");
    }

    @Test
    void writingThePlanAgainKeepsItAndADifferentPlanIsRefused() throws IOException {
        Path p = plan("again-plan");
        CliRunner.Result same = cli(concat(new String[] {"sweep"}, GRID, new String[] {"--plan", p.toString()}));
        assertEquals(0, same.code(), same.toString());
        assertTrue(same.out().contains("plan already in"), same.out());
        CliRunner.Result other = cli("sweep", "--grid", "eta=1,2", "--plan", p.toString());
        assertEquals(2, other.code());
        assertTrue(other.err().contains("holds a different plan"), other.err());
        CliRunner.Result missing = cli("sweep", "--collect", dir.resolve("nowhere").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no plan.json here"), missing.err());
        CliRunner.Result none = cli("sweep", "--collect", p.toString());
        assertEquals(1, none.code());
        assertTrue(none.err().contains("4 task(s) missing") && none.err().contains("0, 1, 2, 3"), none.err());
    }
}
