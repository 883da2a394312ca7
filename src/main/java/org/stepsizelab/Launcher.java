package org.stepsizelab;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The jar's entry point. It does not extend javafx.application.Application, so the shaded jar
 * starts with JavaFX on the class path: no arguments open the app, a sub-command runs headless.
 *
 * <p>{@code java -jar} cannot add modules, and the fast kernels need jdk.incubator.vector. When it
 * is missing, the launcher starts the same java binary again with
 * {@code --add-modules=jdk.incubator.vector}, the same class path, JVM options and arguments,
 * inherits the terminal and exits with the child's exit code. Set {@value #OPT_OUT}=1 to stay in
 * this JVM (the portable kernel then runs; results agree to 1e−12).
 */
public final class Launcher {
    static final String OPT_OUT = "STEPSIZE_LAB_NO_RELAUNCH";
    /** The launcher JVM's start (epoch ms), for the child's start-up timing. */
    public static final String START_ENV = "STEPSIZE_LAB_LAUNCHER_START";
    private static final String MODULE = "jdk.incubator.vector";

    private Launcher() {}

    public static void main(String[] args) {
        if (DesktopCheck.opensWindow(args)) DesktopCheck.exitIfNoDesktop(); // one line + exit 3, before any relaunch
        ParentWatch.startIfAsked();
        if (ModuleLayer.boot().findModule(MODULE).isEmpty() && System.getenv(OPT_OUT) == null) {
            Integer code = relaunch(args);
            if (code != null) {
                System.exit(code);
            }
        }
        if (DesktopCheck.opensWindow(args)) {
            org.stepsizelab.app.StepsizeLabApp.launchApp(args);
        } else {
            System.exit(org.stepsizelab.cli.Cli.run(args));
        }
    }

    /** Runs this program in a child JVM with the module; null if that JVM cannot be started. */
    private static Integer relaunch(String[] args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBinary());
        cmd.add("--add-modules=" + MODULE);
        cmd.addAll(StartupJit.OPTIONS); // C2 later: start-up code is not worth its CPU on few cores
        cmd.addAll(StartupArchive.jvmOptions(args)); // the window's class archive (options given by the user win)
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!a.startsWith("-agentlib:jdwp")) { // a debugger port cannot be opened twice
                cmd.add(a);
            }
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Launcher.class.getName());
        cmd.addAll(List.of(args));
        // stderr is piped only to drop the JVM's "Using incubator modules" notice, so that an
        // error stays the one line the command line promises
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO().redirectError(ProcessBuilder.Redirect.PIPE);
        pb.environment().put(OPT_OUT, "1"); // the child never relaunches
        pb.environment().put(START_ENV, Long.toString(ManagementFactory.getRuntimeMXBean().getStartTime()));
        pb.environment().put(ParentWatch.ENV, Long.toString(ProcessHandle.current().pid())); // and dies with us
        try {
            Process child = pb.start();
            Thread copier = new Thread(() -> copyStderr(child.getErrorStream()), "stderr");
            copier.setDaemon(true);
            copier.start();
            // Ctrl-C or SIGTERM to the launcher: pass it on, then wait until the child has cleaned up
            // and said so ("interrupted; nothing was written"), and relay that line before we exit
            Thread stop = new Thread(() -> {
                stopping = true;
                stopChild(child, copier);
            }, "stepsize-lab stop worker");
            Runtime.getRuntime().addShutdownHook(stop);
            int code = child.waitFor();
            if (stopping) {
                // we were signalled and the hook ended the child: the JVM exits when the hook is done,
                // with the signal's own status (130 for Ctrl-C, 143 for SIGTERM). Returning the child's
                // code here could win that race: a Ctrl-C to the process group reaches the child too,
                // which may end by our SIGTERM first and report 143
                Thread.sleep(Long.MAX_VALUE);
            }
            StartupArchive.childEnded(code);
            copier.join(2000);
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException e) {
                // already shutting down: the hook waits for the child
            }
            return code;
        } catch (java.io.IOException e) {
            System.err.println("stepsize-lab: could not start a JVM with " + MODULE + " (" + e.getMessage()
                    + "); running with the portable kernel");
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /** Set by the shutdown hook when a signal ends the launcher (the main thread then leaves the exit to the JVM). */
    private static volatile boolean stopping;

    /** How long a signalled launcher waits for its child to clean up before killing it. */
    private static final long STOP_WAIT_SECONDS = 20;

    static void stopChild(Process child, Thread copier) {
        // SIGTERM: the child's own hooks remove its partial files. Through the handle, because
        // Process.destroy() also closes our end of its stderr, which would lose its last line
        child.toHandle().destroy();
        try {
            if (!child.waitFor(STOP_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS)) {
                child.destroyForcibly();
                child.waitFor(STOP_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            }
            copier.join(2000); // the child's last words
            // the JVM may halt before the main thread, also woken by the child's end, gets to this
            if (!child.isAlive()) {
                StartupArchive.childEnded(child.exitValue());
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
        }
        System.err.flush();
    }

    static final String INCUBATOR_NOTICE = "WARNING: Using incubator modules: " + MODULE;

    /** Copies the child's stderr as it comes, minus the incubator notice on its first line. */
    static void copyStderr(java.io.InputStream in) {
        java.io.PrintStream err = System.err;
        try {
            java.io.ByteArrayOutputStream first = new java.io.ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                first.write(b);
            }
            String line = first.toString(java.nio.charset.StandardCharsets.UTF_8);
            if (!line.strip().equals(INCUBATOR_NOTICE)) {
                err.write(first.toByteArray());
                if (b == '\n') {
                    err.write('\n');
                }
                err.flush();
            }
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) != -1) {
                err.write(buf, 0, n);
                err.flush();
            }
        } catch (java.io.IOException e) {
            // the child has gone; nothing more to copy
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    }
}
