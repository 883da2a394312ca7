package org.stepsizelab.app;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Once the window's JVM shuts down (the window closed, Ctrl-C, SIGTERM), stderr keeps only the app's
 * own lines. Ended by a signal, JavaFX's renderer stops in its shutdown hook while the FX thread still
 * pulses, and JavaFX then printed a RejectedExecutionException's stack trace for the frame it could
 * not render; nothing a user could act on, and the program promises no stack traces.
 */
final class QuietShutdown {
    private QuietShutdown() {}

    /** Registers the hook (once per JVM, from the window's launch). */
    static void install() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.setErr(ownLinesOnly(System.err)),
                "stepsize-lab quiet shutdown"));
    }

    /** A stream passing on the lines that start with "stepsize-lab" or "[perf]", dropping the rest. */
    static PrintStream ownLinesOnly(PrintStream to) {
        OutputStream filter = new OutputStream() {
            private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

            @Override
            public synchronized void write(int b) {
                line.write(b);
                if (b == '\n') {
                    String s = line.toString(StandardCharsets.UTF_8);
                    if (s.startsWith("stepsize-lab") || s.startsWith("[perf]")) {
                        to.print(s);
                        to.flush();
                    }
                    line.reset();
                }
            }
        };
        return new PrintStream(filter, true, StandardCharsets.UTF_8);
    }
}
