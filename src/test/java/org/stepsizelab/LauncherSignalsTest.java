package org.stepsizelab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real signals to a launcher that relaunched itself (no --add-modules, so it starts a worker JVM):
 * Ctrl-C to the process group and SIGTERM to the launcher exit 130/143 with the one documented line
 * and leave nothing; SIGKILL of the launcher takes the worker down with it, and nothing appears.
 */
@EnabledOnOs(OS.LINUX)
class LauncherSignalsTest {
    private static final String INTERRUPTED = "stepsize-lab: interrupted; nothing was written (partial files removed)";

    @TempDir
    Path dir;

    private Path errFile;

    /** Starts a long run through the relaunching launcher and waits until its staging directory exists. */
    private Process startLongRun(boolean ownProcessGroup) throws Exception {
        errFile = dir.resolve("err.txt");
        List<String> cmd = new ArrayList<>();
        if (ownProcessGroup) {
            cmd.add("setsid"); // execs java as the leader of a new process group, as a shell job is
        }
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), "org.stepsizelab.Launcher",
                "run", "--steps", "1e9", "--every", "1000", "-q", "--out", dir.resolve("long").toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(errFile.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove(Launcher.OPT_OUT);
        pb.environment().remove(ParentWatch.ENV);
        Process p = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (staged().isEmpty() && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertFalse(staged().isEmpty(), "the run started: " + Files.readString(errFile));
        return p;
    }

    private static ProcessHandle worker(Process launcher) {
        List<ProcessHandle> kids = launcher.toHandle().children().toList();
        assertEquals(1, kids.size(), "the launcher relaunched itself once");
        return kids.get(0);
    }

    private static void kill(String signal, String target) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", "-" + signal, "--", target).start().waitFor());
    }

    private void assertInterruptedCleanly(Process p, ProcessHandle w, int code) throws Exception {
        try {
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the launcher ends");
        } finally {
            p.destroyForcibly();
            w.destroyForcibly();
        }
        assertEquals(code, p.exitValue());
        assertFalse(w.isAlive(), "the worker has ended too");
        List<String> err = Files.readAllLines(errFile, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        assertEquals(List.of(INTERRUPTED), err, "the worker's last line is relayed");
        assertEquals(List.of("err.txt"), listing(), "no output directory, no staging directory");
    }

    @Test
    void ctrlCToTheProcessGroupExits130WithTheLine() throws Exception {
        Process p = startLongRun(true);
        ProcessHandle w = worker(p);
        kill("INT", "-" + p.pid()); // the whole group, as a terminal's Ctrl-C
        assertInterruptedCleanly(p, w, 130);
    }

    @Test
    void sigtermToTheLauncherAloneExits143WithTheLine() throws Exception {
        Process p = startLongRun(false);
        ProcessHandle w = worker(p);
        kill("TERM", Long.toString(p.pid()));
        assertInterruptedCleanly(p, w, 143);
    }

    @Test
    void sigkillOfTheLauncherTakesTheWorkerDownAndNothingAppears() throws Exception {
        Process p = startLongRun(false);
        ProcessHandle w = worker(p);
        try {
            kill("KILL", Long.toString(p.pid()));
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(137, p.exitValue());
            assertTrue(w.onExit().get(30, TimeUnit.SECONDS) != null && !w.isAlive(), "the worker dies with its parent");
        } finally {
            w.destroyForcibly();
        }
        Thread.sleep(500); // anything the worker would still publish
        assertEquals(List.of("err.txt"), listing(), "the worker cleaned up and published nothing");
    }

    private List<String> staged() throws Exception {
        return listing().stream().filter(n -> n.startsWith(".long.partial-")).toList();
    }

    private List<String> listing() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
