package org.stepsizelab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** After shutdown begins, stderr passes the app's own lines and drops JavaFX's stack traces. */
class QuietShutdownTest {
    @Test
    void keepsOwnLinesAndDropsTheRest() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream err = QuietShutdown.ownLinesOnly(new PrintStream(out, true, StandardCharsets.UTF_8));
        err.println("stepsize-lab: interrupted; nothing was written");
        new java.util.concurrent.RejectedExecutionException("Task rejected from QuantumRenderer").printStackTrace(err);
        err.println("[perf] final frames=3");
        err.print("stepsize-lab: a line ");
        err.println("written in two parts");
        assertEquals("stepsize-lab: interrupted; nothing was written\n[perf] final frames=3\n"
                + "stepsize-lab: a line written in two parts\n", out.toString(StandardCharsets.UTF_8));
    }
}
