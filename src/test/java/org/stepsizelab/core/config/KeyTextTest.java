package org.stepsizelab.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.stepsizelab.core.InputException;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.data.Datasets;

/** Core's errors name configuration keys; each front end words them (issue 10). */
class KeyTextTest {
    static final KeyText.Wording FLAGS = KeyText.wording(ConfigKey::option, k -> k.option() + " ");

    @Test
    void aDataErrorNamesTheKeyAndTheCommandLineWordsItAsTheFlag() {
        RunConfig c = RunConfig.defaults().with(ConfigKey.DATASET, "gaussian").with(ConfigKey.N, 1);
        InputException e = assertThrows(InputException.class, () -> Datasets.load(c));
        assertEquals("n = 1 is too small for gaussian; expected at least 2 points (one of each label)", e.getMessage());
        assertEquals("--n 1 is too small for gaussian; expected at least 2 points (one of each label)",
                e.message(FLAGS));
    }

    @Test
    void aRangeThatLivesOnTheKeyIsCheckedAtLoadTooAndNamedByKey() {
        // a configuration built directly (as the app's fields build it) meets the same rule as the command line
        RunConfig c = new RunConfig("moons", "softplus", 0.5, 1, 20, 1e4, 10, 0, 1, "logistic", 1, null, null, null,
                250.0, null, 0, true, null, 1, 0);
        InputException e = assertThrows(InputException.class, () -> Datasets.load(c));
        assertEquals("noise: value 250.0 is out of range (allowed: a number from 0 to 100)", e.getMessage());
        assertEquals("--noise: value 250.0 is out of range (allowed: a number from 0 to 100)", e.message(FLAGS));
    }

    @Test
    void aModelErrorIsBadInputNamingTheKeys() {
        RunConfig c = RunConfig.defaults().with(ConfigKey.MODEL, "mlp").with(ConfigKey.DEPTH, 3)
                .with(ConfigKey.WIDTHS, java.util.List.of(4));
        InputException e = assertThrows(InputException.class, () -> org.stepsizelab.core.model.Models.create(c, 2));
        assertEquals("depth = 3: that many trained layers need 2 hidden widths, but widths lists 1", e.getMessage());
        assertEquals("--depth 3: that many trained layers need 2 hidden widths, but --widths lists 1", e.message(FLAGS));
    }

    @Test
    void marksOfUnknownKeysAndOtherBracesAreLeftAlone() {
        String t = KeyText.value(ConfigKey.TEST_N, 4) + ": file {x}.csv, {nope=}3, a smaller " + KeyText.key(ConfigKey.N);
        assertEquals("test_n = 4: file {x}.csv, {nope=}3, a smaller n", KeyText.render(t, KeyText.KEYS));
        assertEquals("--test-n 4: file {x}.csv, {nope=}3, a smaller --n", KeyText.render(t, FLAGS));
        assertFalse(new InputException(t).getMessage().contains("--"));
    }

    @Test
    void defaultsLiveOnTheKeys() {
        RunConfig d = RunConfig.defaults();
        for (ConfigKey k : ConfigKey.values()) {
            assertEquals(k.defaultValue(), k.get(d), k.key());
        }
        assertEquals(10_000L, ConfigKey.STEPS.defaultValue());
        assertEquals(7L, d.with(ConfigKey.SEED, 7).seed()); // an int for a long key is converted
        assertEquals(3.0, d.with(ConfigKey.ETA, 3).eta());
    }
}
