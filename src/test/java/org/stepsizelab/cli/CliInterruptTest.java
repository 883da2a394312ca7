package org.stepsizelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C (SIGINT) in the middle of a long run: one line on stderr, exit 130, nothing left behind. */
@EnabledOnOs(OS.LINUX)
class CliInterruptTest {

    @TempDir
    Path dir;

    @Test
    void ctrlCInALongRunLeavesNothingAndSaysSo() throws Exception {
        Path out = dir.resolve("long");
        Path errFile = dir.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "--add-modules=jdk.incubator.vector", "-cp",
                System.getProperty("java.class.path"), "org.stepsizelab.Launcher",
                "run", "--steps", "1e9", "--every", "1000", "-q", "--out", out.toString())
                .redirectError(errFile.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (staged().isEmpty() && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(50); // the run is under way once its staging directory exists
            }
            assertFalse(staged().isEmpty(), "the run started: " + Files.readString(errFile));
            new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the JVM ends on Ctrl-C");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(130, p.exitValue());
        List<String> err = Files.readAllLines(errFile, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("WARNING: Using incubator")).toList();
        assertEquals(List.of("stepsize-lab: interrupted; nothing was written (partial files removed)"), err);
        assertEquals(List.of("err.txt"), listing(), "no output directory, no staging directory");
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
