package org.stepsizelab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** No display, no GTK, a headless JVM: one line on stderr, exit code 3, no stack trace. */
class DesktopCheckTest {
    private static final Map<String, String> LINUX = Map.of("os.name", "Linux");

    @TempDir
    Path dir;

    private static Optional<String> problem(Map<String, String> env, Map<String, String> props,
                                            boolean socket, boolean gtk) {
        return DesktopCheck.problem(env, props::get, n -> socket, e -> gtk);
    }

    @Test
    void aDesktopWithDisplayAndGtkPasses() {
        assertEquals(Optional.empty(), problem(Map.of("DISPLAY", ":0"), LINUX, true, true));
        // a remote display cannot be checked from here: JavaFX is left to try
        assertEquals(Optional.empty(), problem(Map.of("DISPLAY", "host:10.0"), LINUX, false, true));
    }

    @Test
    void eachMissingPieceIsNamedWithItsRemedy() {
        String none = problem(Map.of(), LINUX, true, true).orElseThrow();
        assertTrue(none.contains("DISPLAY is not set") && none.contains("run --help"), none);
        String dead = problem(Map.of("DISPLAY", ":42.0"), LINUX, false, true).orElseThrow();
        assertTrue(dead.contains("DISPLAY=:42.0") && dead.contains("/tmp/.X11-unix/X42"), dead);
        String gtk = problem(Map.of("DISPLAY", ":0"), LINUX, true, false).orElseThrow();
        assertTrue(gtk.contains("libgtk-3.so.0") && gtk.contains("apt-get install libgtk-3-0"), gtk);
        String headless = problem(Map.of("DISPLAY", ":0"), Map.of("os.name", "Linux", "java.awt.headless", "true"),
                true, true).orElseThrow();
        assertTrue(headless.contains("-Djava.awt.headless=true"), headless);
    }

    @Test
    void monocleAndOtherSystemsAreNotJudged() {
        assertEquals(Optional.empty(), problem(Map.of(), Map.of("os.name", "Linux", "glass.platform", "Monocle",
                "java.awt.headless", "true"), false, false));
        assertEquals(Optional.empty(), problem(Map.of(), Map.of("os.name", "Windows 11"), false, false));
        assertEquals(Optional.empty(), problem(Map.of(), Map.of("os.name", "Mac OS X"), false, false));
    }

    @Test
    void localDisplayNumbers() {
        assertEquals(0, DesktopCheck.localDisplayNumber(":0"));
        assertEquals(7, DesktopCheck.localDisplayNumber(":7.1"));
        assertEquals(3, DesktopCheck.localDisplayNumber("unix:3"));
        assertNull(DesktopCheck.localDisplayNumber("localhost:10.0"));
        assertNull(DesktopCheck.localDisplayNumber("/private/tmp/com.apple.launchd/org.xquartz:0"));
    }

    @Test
    void javaFxToolkitFailuresBecomeTheSameLine() {
        var gtk = new UnsupportedOperationException("Unable to load glass GTK library.");
        assertTrue(DesktopCheck.toolkitProblem(new RuntimeException(gtk), ":0").orElseThrow()
                .contains("apt-get install libgtk-3-0"));
        assertTrue(DesktopCheck.toolkitProblem(new UnsupportedOperationException("Unable to open DISPLAY"), ":5")
                .orElseThrow().contains("display :5 refused"));
        assertEquals(Optional.empty(), DesktopCheck.toolkitProblem(new IllegalStateException("other"), ":0"));
    }

    @Test
    void gtkIsFoundThroughLdLibraryPath() throws Exception {
        Files.writeString(dir.resolve(DesktopCheck.GTK), "");
        assertTrue(DesktopCheck.gtkInstalled(Map.of("LD_LIBRARY_PATH", "/nonexistent:" + dir)));
    }

    // --- the real program, in a child JVM ------------------------------------------------------

    @Test
    @EnabledOnOs(OS.LINUX)
    void withoutDisplay() throws Exception {
        Result r = launch(List.of(), Map.of());
        r.assertOneLine("DISPLAY is not set");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aHeadlessJvm() throws Exception {
        Result r = launch(List.of("-Djava.awt.headless=true"), Map.of("DISPLAY", ":0"));
        r.assertOneLine("-Djava.awt.headless=true");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void theTourOptionChecksTooBeforeAnything() throws Exception {
        Result r = launch(List.of(), Map.of("DISPLAY", ":64999"), "--tour", "paper");
        r.assertOneLine("no X server runs on DISPLAY=:64999");
    }

    /**
     * A GTK that does not load (a broken libgtk-3.so.0 first on LD_LIBRARY_PATH) on a real X server:
     * the check lets it pass, JavaFX fails, and its failure becomes the line. Needs Xvfb.
     */
    @Test
    @EnabledOnOs(OS.LINUX)
    void aGtkThatDoesNotLoad() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/Xvfb")), "Xvfb is not installed");
        Files.writeString(dir.resolve(DesktopCheck.GTK), "not a library");
        int n = 600 + (int) (ProcessHandle.current().pid() % 300);
        Process x = new ProcessBuilder("/usr/bin/Xvfb", ":" + n, "-nolisten", "tcp")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Path socket = Path.of("/tmp/.X11-unix/X" + n);
            for (int i = 0; i < 200 && !Files.exists(socket) && x.isAlive(); i++) {
                Thread.sleep(50);
            }
            assumeTrue(Files.exists(socket), "Xvfb did not start");
            Result r = launch(List.of(), Map.of("DISPLAY", ":" + n, "LD_LIBRARY_PATH", dir.toString()));
            r.assertOneLine("JavaFX could not load GTK 3");
        } finally {
            x.destroy();
            x.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private record Result(int code, List<String> err) {
        void assertOneLine(String fragment) {
            assertEquals(DesktopCheck.EXIT_CODE, code, String.join("\n", err));
            assertEquals(1, err.size(), "one line: " + err);
            assertTrue(err.get(0).startsWith("stepsize-lab: cannot open the window: ") && err.get(0).contains(fragment),
                    err.get(0));
        }
    }

    private Result launch(List<String> jvm, Map<String, String> env, String... args)
            throws Exception {
        Path errFile = dir.resolve("err.txt");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.stepsizelab.Launcher"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(errFile.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the JVM ends");
        List<String> err = Files.readAllLines(errFile, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("WARNING: Using incubator")).toList();
        return new Result(p.exitValue(), err);
    }
}
