package org.stepsizelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.StepRecord;

class ProgressLineTest {

    private static StepRecord at(long step, double loss) {
        return new StepRecord(step, loss, 1, 0, 1, Double.NaN, Double.NaN, Double.NaN, 1);
    }

    @Test
    void silentWithinThePeriod() {
        StringWriter text = new StringWriter();
        ProgressLine p = new ProgressLine(new PrintWriter(text, true), 100, false);
        p.accept(at(1, 0.5));
        p.finish();
        assertEquals("", text.toString());
    }

    @Test
    void logLinesAndInPlaceLines() {
        StringWriter log = new StringWriter();
        ProgressLine p = new ProgressLine(new PrintWriter(log, true), 200, false, 0);
        p.accept(at(50, 0.25));
        p.accept(at(100, 1.5e-7));
        String[] lines = log.toString().split("\\R");
        assertEquals(2, lines.length);
        assertTrue(lines[0].startsWith("step 50/200 (25%), loss 0.25, "), lines[0]);
        assertTrue(lines[1].startsWith("step 100/200 (50%), loss 1.5e-7, "), lines[1]);

        StringWriter tty = new StringWriter();
        ProgressLine q = new ProgressLine(new PrintWriter(tty, true), 10, true, 0);
        q.accept(at(5, 0.5));
        q.finish();
        String s = tty.toString();
        assertTrue(s.startsWith("\rstep 5/10 (50%)") && s.endsWith("\r") && !s.contains("\n"), s);
    }
}
