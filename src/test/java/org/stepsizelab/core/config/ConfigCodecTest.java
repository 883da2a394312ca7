package org.stepsizelab.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepsizelab.core.preset.Presets;
import org.stepsizelab.core.InputException;
import org.stepsizelab.core.RunConfig;

class ConfigCodecTest {

    private static String fails(String json) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigCodec.parse(json, "p.json"));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("p.json"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void writeThenReadGivesTheSameConfig() {
        RunConfig odd = new RunConfig("csv:/tmp/a b.csv", "huber", 0.1 + 0.2, 1.0 / 3, 7, Math.PI * 1e3, 123_456_789_012L,
                -42, 0.0, "exponential", 2.5e-7, 100, 3, 0.05, 0.25, "0,1:2", 10, false, "yes", 3, 5);
        assertEquals(odd, ConfigCodec.parse(ConfigCodec.write(odd), "x"));
        assertEquals(RunConfig.defaults(), ConfigCodec.parse(ConfigCodec.write(RunConfig.defaults()), "x"));
    }

    @Test
    void absentDataSetParametersAreOmittedAndDefaultsFillTheRest() {
        String json = ConfigCodec.write(RunConfig.defaults());
        assertFalse(json.contains("\"n\""), json);
        assertFalse(json.contains("margin"), json);
        assertTrue(json.contains("\"huber_h\""), json);
        RunConfig c = ConfigCodec.parse("{\"eta\": 1, \"title\": \"Small\", \"description\": \"d\"}", "p");
        assertEquals(RunConfig.defaults().withEta(1.0), c);
    }

    @Test
    void integersMayBeWrittenAsExactDoubles() {
        RunConfig c = ConfigCodec.parse("{\"steps\": 1e4, \"width\": 20.0}", "p");
        assertEquals(10_000L, c.steps());
        assertEquals(20, c.width());
        assertTrue(fails("{\"width\": 2.5}").contains("\"width\" must be an integer"));
    }

    @Test
    void unknownKeySuggestsTheNearest() {
        String m = fails("{\"etaa\": 1}");
        assertTrue(m.contains("unknown field \"etaa\"") && m.contains("did you mean \"eta\""), m);
        assertTrue(fails("{\"init-scale\": 1}").contains("did you mean \"init_scale\""));
        assertTrue(fails("{\"zzzzzzzzzzzzzz\": 1}").contains("allowed: dataset, activation"));
    }

    @Test
    void wrongTypesAreNamed() {
        assertTrue(fails("{\"eta\": \"big\"}").contains("field \"eta\" must be a number, got the string \"big\""));
        assertTrue(fails("{\"normalize\": 1}").contains("\"normalize\" must be true or false"));
        assertTrue(fails("{\"dataset\": 3}").contains("\"dataset\" must be a string"));
        assertTrue(fails("{\"eta\": null}").contains("\"eta\": a value is required"));
        assertTrue(fails("{\"title\": 3}").contains("\"title\" must be a string"));
        assertTrue(fails("[1, 2]").contains("expected a JSON object"));
        assertNull(ConfigCodec.parse("{\"n\": null}", "p").n());
    }

    @Test
    void valuesOutOfRangeAreRejectedWithWhatIsAllowed() {
        assertTrue(fails("{\"eta\": -1}").contains("allowed: a finite number > 0"));
        assertTrue(fails("{\"eta\": 0}").contains("\"eta\""));
        assertTrue(fails("{\"eta\": 1e400}").contains("Infinity"));
        assertTrue(fails("{\"width\": 0}").contains("allowed: an integer >= 1"));
        assertTrue(fails("{\"steps\": -5}").contains("allowed: an integer from 0 to 1e12"));
        assertTrue(fails("{\"leak\": 1}").contains("0 <= c < 1"));
        assertTrue(fails("{\"leak\": -0.1}").contains("\"leak\""));
        assertTrue(fails("{\"huber_h\": 0}").contains("\"huber_h\""));
        assertTrue(fails("{\"init_scale\": -1}").contains(">= 0"));
        assertTrue(fails("{\"output_scale\": 0}").contains("\"output_scale\""));
        assertTrue(fails("{\"every\": 0}").contains("\"every\""));
        assertTrue(fails("{\"sharpness_every\": -1}").contains("\"sharpness_every\""));
        assertTrue(fails("{\"test_n\": -1}").contains("\"test_n\""));
        assertTrue(fails("{\"width\": 3000000000}").contains("\"width\" must be an integer"));
    }

    @Test
    void unknownNamesListTheAllowedOnes() {
        assertTrue(fails("{\"activation\": \"relux\"}").contains("unknown activation 'relux' (allowed: softplus, gelu"));
        assertTrue(fails("{\"loss\": \"hinge\"}").contains("allowed: logistic, exponential"));
        String m = fails("{\"dataset\": \"xorr\"}");
        assertTrue(m.contains("unknown dataset 'xorr'") && m.contains("xor") && m.contains("csv:PATH"), m);
        assertTrue(fails("{\"dataset\": \"csv:\"}").contains("names no file"));
        assertEquals("idx:a,b", ConfigCodec.parse("{\"dataset\": \"idx:a,b\"}", "p").dataset());
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        String m = fails("{\n  \"eta\": 1,\n  \"width\" 20\n}");
        assertTrue(m.contains("malformed JSON at line 3, column"), m);
        assertTrue(fails("{\"eta\": 1} trailing").contains("malformed JSON"));
        assertTrue(fails("{\"eta\": 1, \"eta\": 2}").contains("Duplicate field 'eta'"));
        assertTrue(fails("").contains("empty"));
        String two = fails("{\"eta\": 1}{\"eta\": 2}");
        assertTrue(two.endsWith("line 1, column 11: more text after the JSON object (a preset holds exactly one object)"), two);
        assertFalse(two.contains("com.fasterxml") || two.contains("DeserializationFeature"), two);
    }

    @Test
    /** Files are read by {@link Presets#read}, which parses them with ConfigCodec. */
    void readingAFileNamesItAndMissingFilesAreInputErrors(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "{\"eta\": }");
        InputException e = assertThrows(InputException.class, () -> Presets.read(f));
        assertTrue(e.getMessage().startsWith(f.toString() + ": malformed JSON at line 1, column"), e.getMessage());
        InputException missing = assertThrows(InputException.class, () -> Presets.read(dir.resolve("none.json")));
        assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
        InputException isDir = assertThrows(InputException.class, () -> Presets.read(dir));
        assertTrue(isDir.getMessage().startsWith(dir + ": cannot read"), isDir.getMessage());
    }

    @Test
    void explicitOverridesWinOverThePreset() {
        ConfigValues preset = ConfigCodec.parseValues("{\"eta\": 1, \"width\": 4, \"seed\": 9}", "p");
        ConfigValues cli = new ConfigValues().set(ConfigKey.ETA, 5.0, "option --eta");
        RunConfig merged = ConfigCodec.merge(preset, cli);
        assertEquals(5.0, merged.eta());
        assertEquals(4, merged.width());
        assertEquals(9L, merged.seed());
        assertEquals(RunConfig.defaults().steps(), merged.steps());
    }

    @Test
    void editDistanceIsLevenshtein() {
        assertEquals(0, ConfigCodec.editDistance("eta", "eta"));
        assertEquals(1, ConfigCodec.editDistance("etaa", "eta"));
        assertEquals(3, ConfigCodec.editDistance("kitten", "sitting"));
    }
}
