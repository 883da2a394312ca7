package org.stepsizelab.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.InputException;

/** Assertions the data tests share. */
final class DataChecks {
    private DataChecks() {}

    static int count(Dataset s, double label) {
        int c = 0;
        for (double v : s.y()) {
            if (v == label) {
                c++;
            }
        }
        return c;
    }

    /** Every label is ±1, ⌈n/2⌉ are +1 and ⌊n/2⌋ are −1. */
    static void assertBalanced(Dataset s) {
        for (double v : s.y()) {
            assertTrue(v == 1 || v == -1, "label " + v);
        }
        assertEquals((s.n() + 1) / 2, count(s, 1), "+1 count");
        assertEquals(s.n() / 2, count(s, -1), "-1 count");
    }

    static double norm(Dataset s, int i) {
        double q = 0;
        for (int k = 0; k < s.d(); k++) {
            q += s.x()[i * s.d() + k] * s.x()[i * s.d() + k];
        }
        return Math.sqrt(q);
    }

    /**
     * Runs the code, expects bad input (a DataException, or a ConfigException when a key's range from
     * ConfigKey refuses the value) and checks that the message names every fragment. Core names keys,
     * not flags ("n = 1", not "--n 1"): the message must not mention a command-line option.
     */
    static InputException assertDataError(Executable code, String... fragments) {
        InputException e = assertThrows(InputException.class, code);
        assertTrue(!e.getMessage().matches("(?s).*--[a-z].*"), "names a command-line flag: " + e.getMessage());
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "message '" + e.getMessage() + "' should contain '" + f + "'");
        }
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e;
    }
}
