package org.stepsizelab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Before the window is opened: is there a display, GTK 3 and a JVM that may draw? When not, one
 * line on stderr says what is missing and how to get it, and the program ends with exit code
 * {@value #EXIT_CODE} — instead of JavaFX's stack trace ("Unable to open DISPLAY", "Unable to load
 * glass GTK library").
 *
 * <p>The checks only predict what JavaFX would hit and never block a set-up they cannot judge: a
 * remote DISPLAY, or a system without {@code /etc/ld.so.cache} (NixOS, musl), passes. Monocle (the
 * tests' headless platform, {@code -Dglass.platform=Monocle}) needs neither display nor GTK.
 */
public final class DesktopCheck {
    /** The exit code when the window cannot be opened (2 is bad input, 1 an internal error). */
    public static final int EXIT_CODE = 3;
    static final String GTK = "libgtk-3.so.0";
    /**
     * The packaged app (its cfg sets jpackage.app-version) runs in its launcher's process, which it
     * names; the jar is started with java -jar.
     */
    private static final String CLI_HINT = "or use the command line ("
            + (System.getProperty("jpackage.app-version") == null ? "java -jar stepsize-lab.jar"
            // the packaged app's command: its start script says which (it runs the bundled java itself)
            : System.getProperty("stepsizelab.command",
                    ProcessHandle.current().info().command().orElse("stepsize-lab"))) + " run --help)";

    private DesktopCheck() {}

    /**
     * Whether these arguments open the window (none, {@code --tour NAME} or {@code --presentation})
     * rather than a command.
     */
    public static boolean opensWindow(String[] args) {
        return args.length == 0 || args[0].equals("--tour") || args[0].startsWith("--tour=")
                || args[0].equals("--presentation");
    }

    /** Ends the JVM with one line and exit code 3 when the window cannot be opened here. */
    public static void exitIfNoDesktop() {
        problem(System.getenv(), System::getProperty, DesktopCheck::x11SocketExists, DesktopCheck::gtkInstalled)
                .ifPresent(DesktopCheck::exit);
    }

    /** Prints the line and exits (also used when JavaFX itself fails to start the toolkit). */
    static void exit(String line) {
        System.err.println("stepsize-lab: " + line);
        System.exit(EXIT_CODE);
    }

    /**
     * JavaFX failed to start its toolkit after all (a display that refuses us, a GTK that does not
     * load): the same kind of line and exit code 3 when the failure is one of those, else false.
     */
    public static boolean exitIfToolkitFailed(Throwable failure) {
        Optional<String> line = toolkitProblem(failure, System.getenv("DISPLAY"));
        line.ifPresent(DesktopCheck::exit);
        return line.isPresent();
    }

    /** The sentence for a JavaFX toolkit failure, or empty when it is none of the desktop's. */
    static Optional<String> toolkitProblem(Throwable failure, String display) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Unable to open DISPLAY")) {
                return Optional.of("cannot open the window: the display " + display
                        + " refused the connection; start it from a desktop session, " + CLI_HINT);
            }
            if (m.contains("GTK") || m.contains("no suitable pipeline")) {
                return Optional.of("cannot open the window: JavaFX could not load GTK 3 (" + m.strip() + ");"
                        + " install it (Debian/Ubuntu: sudo apt-get install libgtk-3-0, Fedora: sudo dnf install gtk3), "
                        + CLI_HINT);
            }
        }
        return Optional.empty();
    }

    /**
     * What stops the window from opening, as the sentence to print, or empty. Pure: the
     * environment, system properties, X socket and GTK look-ups are passed in (so tests can
     * simulate a machine without them).
     */
    static Optional<String> problem(Map<String, String> env, Function<String, String> props,
                                    Predicate<Integer> x11Socket, Predicate<Map<String, String>> gtk) {
        if ("Monocle".equalsIgnoreCase(String.valueOf(props.apply("glass.platform")))) {
            return Optional.empty();
        }
        if ("true".equalsIgnoreCase(props.apply("java.awt.headless"))) {
            return Optional.of("cannot open the window: this JVM was started headless (-Djava.awt.headless=true);"
                    + " start it without that option, " + CLI_HINT);
        }
        String os = String.valueOf(props.apply("os.name")).toLowerCase(java.util.Locale.ROOT);
        if (!os.contains("linux") && !os.contains("bsd")) {
            return Optional.empty(); // Windows and macOS draw through their own toolkits
        }
        String display = env.get("DISPLAY");
        if (display == null || display.isBlank()) {
            return Optional.of("cannot open the window: there is no display (DISPLAY is not set);"
                    + " start it from a desktop session (or over ssh -X, or under xvfb-run), " + CLI_HINT);
        }
        Integer local = localDisplayNumber(display);
        if (local != null && !x11Socket.test(local)) {
            return Optional.of("cannot open the window: no X server runs on DISPLAY=" + display
                    + " (no /tmp/.X11-unix/X" + local + "); start it from a desktop session, " + CLI_HINT);
        }
        if (!gtk.test(env)) {
            return Optional.of("cannot open the window: GTK 3 (" + GTK + ") is not installed;"
                    + " install it (Debian/Ubuntu: sudo apt-get install libgtk-3-0, Fedora: sudo dnf install gtk3), "
                    + CLI_HINT);
        }
        return Optional.empty();
    }

    /** N for a local display ":N", ":N.S" or "unix:N"; null for a remote one (host:N) or a socket path. */
    static Integer localDisplayNumber(String display) {
        String d = display.strip();
        if (d.startsWith("unix:")) {
            d = d.substring(4);
        }
        if (!d.startsWith(":")) {
            return null;
        }
        String n = d.substring(1).replaceFirst("\\..*$", "");
        return n.matches("\\d{1,6}") ? Integer.valueOf(n) : null;
    }

    /** The X server's socket: a file in /tmp/.X11-unix, or Linux's abstract socket of that name. */
    private static boolean x11SocketExists(int n) {
        String name = "/tmp/.X11-unix/X" + n;
        if (Files.exists(Path.of(name))) {
            return true;
        }
        try {
            return Files.readString(Path.of("/proc/net/unix"), StandardCharsets.UTF_8).contains("@" + name);
        } catch (IOException | RuntimeException e) {
            return true; // cannot tell: let JavaFX try
        }
    }

    /** Whether the dynamic linker can find GTK 3 (its cache or LD_LIBRARY_PATH); true when unsure. */
    static boolean gtkInstalled(Map<String, String> env) {
        String ldPath = env.getOrDefault("LD_LIBRARY_PATH", "");
        for (String dir : ldPath.split(":")) {
            if (!dir.isEmpty() && Files.exists(Path.of(dir, GTK))) {
                return true;
            }
        }
        Path cache = Path.of("/etc/ld.so.cache");
        if (!Files.isReadable(cache)) {
            return true;
        }
        try {
            if (new String(Files.readAllBytes(cache), StandardCharsets.ISO_8859_1).contains(GTK)) {
                return true;
            }
        } catch (IOException e) {
            return true;
        }
        // not in the cache: installed but ldconfig not run yet?
        for (String dir : List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64",
                "/usr/lib", "/lib64", "/lib")) {
            if (Files.exists(Path.of(dir, GTK))) {
                return true;
            }
        }
        return false;
    }
}
