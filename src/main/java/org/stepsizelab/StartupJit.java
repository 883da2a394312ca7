package org.stepsizelab;

import java.util.List;

/**
 * JIT settings for a short-lived desktop JVM on few cores: the top tier (C2) compiles a method only
 * after ten times JDK 17's default number of calls and loop turns.
 *
 * <p>Why: measured at the first drawn chart of {@code java -jar} on a 2-core machine, the C2
 * compiler thread had used as much CPU as the JavaFX thread (2.1 s each; C1 another 1.3 s),
 * compiling start-up code — CSS, skins, layout — that never runs again. With two cores that CPU is
 * taken from the window. Delayed C2 left the window 0.3–0.5 s sooner on the screen, and a 10,000-step
 * {@code run} ended sooner too (1.2 s instead of 1.5 s): the training loops are called millions of
 * times, so they still reach C2 within their first milliseconds. The same options go into the
 * packaged app's launcher configuration (packaging/build-dist.sh). JVM options the user gives come
 * after these and win.
 */
final class StartupJit {
    static final List<String> OPTIONS = List.of(
            "-XX:Tier4InvocationThreshold=50000",
            "-XX:Tier4MinInvocationThreshold=6000",
            "-XX:Tier4CompileThreshold=150000",
            "-XX:Tier4BackEdgeThreshold=400000");

    private StartupJit() {}
}
