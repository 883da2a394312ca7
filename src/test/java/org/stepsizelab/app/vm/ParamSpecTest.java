package org.stepsizelab.app.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.config.ConfigException;
import org.stepsizelab.core.config.ConfigKey;

/**
 * The app's number fields take their limits from the configuration keys (issue 10: one place for a
 * key's range), so a value the window accepts is one a preset file and the command line accept, and
 * the other way round. No display needed.
 */
class ParamSpecTest {

    static List<ParamSpec> all() throws IllegalAccessException {
        List<ParamSpec> specs = new ArrayList<>();
        for (Field f : ParamSpec.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == ParamSpec.class) {
                specs.add((ParamSpec) f.get(null));
            }
        }
        return specs;
    }

    @Test
    void everyFieldHasItsKeysRange() throws Exception {
        List<ParamSpec> specs = all();
        assertEquals(14, specs.size());
        for (ParamSpec s : specs) {
            ConfigKey.Range r = s.key().range();
            assertEquals(s.key().kind() != ConfigKey.Kind.REAL, s.integer(), s.name());
            // integer fields stop where a typed double stops being exact (2⁵³), the seed's only limit
            double exact = s.integer() ? ParamSpec.EXACT_INTEGERS : Double.POSITIVE_INFINITY;
            assertEquals(Math.max(r.min(), -exact), s.min(), s.name());
            assertEquals(Math.min(r.max(), exact), s.max(), s.name());
            if (!s.integer()) {
                assertEquals(r.minInclusive(), s.minInclusive(), s.name());
                assertEquals(r.maxInclusive(), s.maxInclusive(), s.name());
            }
        }
    }

    @Test
    void theFieldAndTheKeyAcceptTheSameValues() throws Exception {
        String[] texts = {"-1", "0", "0.5", "1", "2", "20", "99.5", "100", "101", "1e4", "65536", "65537", "1e9",
            "1e12", "1e13", "2147483647", "2147483648", "-3"};
        for (ParamSpec s : all()) {
            for (String t : texts) {
                double v = Double.parseDouble(t);
                boolean field = accepts(s, t);
                boolean key = keyAccepts(s.key(), v);
                assertEquals(key, field, s.name() + " " + t);
            }
        }
    }

    @Test
    void theOldAppOnlyCapsAreGone() {
        // the app used to stop at η ≤ 1e12, m ≤ 65,536, noise ≤ 100 (that one is now the key's own)
        assertEquals(1e13, ParamSpec.ETA.parse("1e13"));
        assertEquals(100_000, ParamSpec.WIDTH.parse("100000"));
        assertEquals(100, ParamSpec.NOISE.parse("100"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParamSpec.NOISE.parse("101"));
        assertEquals("noise: 101 is out of range; enter a number ≥ 0 and ≤ 100, e.g. 0.1", e.getMessage());
        assertEquals(-3, ParamSpec.SEED.parse("-3"));
        assertEquals("enter a whole number, e.g. 0", ParamSpec.SEED.allowed());
        assertEquals("enter a whole number ≥ 0 and ≤ 1e12, e.g. 10000", ParamSpec.STEPS.allowed());
        assertEquals("enter a number ≥ 0 and < 1, e.g. 0.5", ParamSpec.LEAK.allowed());
        assertEquals("enter a whole number ≥ 1, e.g. 20", ParamSpec.WIDTH.allowed());
    }

    private static boolean accepts(ParamSpec s, String text) {
        try {
            s.parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean keyAccepts(ConfigKey key, double v) {
        Object boxed;
        switch (key.kind()) {
            case INT:
                if (v != Math.rint(v) || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                    return false;
                }
                boxed = (int) v;
                break;
            case LONG:
                if (v != Math.rint(v)) {
                    return false;
                }
                boxed = (long) v;
                break;
            default:
                boxed = v;
        }
        try {
            key.check(boxed, key.key());
            return true;
        } catch (ConfigException e) {
            assertTrue(e.getMessage().startsWith(key.key() + ": "), e.getMessage());
            return false;
        }
    }
}
