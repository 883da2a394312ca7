package org.stepsizelab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The relaunched JVM's stderr reaches the user without the incubator notice, and otherwise unchanged. */
class LauncherTest {

    private static String copied(String childStderr) {
        PrintStream saved = System.err;
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        System.setErr(new PrintStream(sink, true, StandardCharsets.UTF_8));
        try {
            Launcher.copyStderr(new ByteArrayInputStream(childStderr.getBytes(StandardCharsets.UTF_8)));
        } finally {
            System.setErr(saved);
        }
        return sink.toString(StandardCharsets.UTF_8);
    }

    @Test
    void dropsTheIncubatorNoticeOnly() {
        assertEquals("stepsize-lab run: option --eta: 'abc' is not a number\n",
                copied(Launcher.INCUBATOR_NOTICE + "\nstepsize-lab run: option --eta: 'abc' is not a number\n"));
    }

    @Test
    void keepsEverythingElseByteForByte() {
        String progress = "step 10/100\rstep 20/100\r\nlast line without newline";
        assertEquals(progress, copied(progress));
        assertEquals("", copied(""));
        assertEquals("WARNING: something else\nx\n", copied("WARNING: something else\nx\n"));
    }
}
