package org.stepsizelab.core.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepsizelab.core.config.ConfigException;

/** Tours are validated like presets: file, line and field in one sentence. */
class ToursTest {
    @TempDir
    Path dir;

    private String error(String json) throws Exception {
        Path f = Files.writeString(dir.resolve("my-tour.json"), json);
        return assertThrows(ConfigException.class, () -> Tours.read(f)).getMessage();
    }

    private static String step(String extra) {
        return "{\"title\": \"T\", \"steps\": [\n {\"title\": \"a\", \"preset\": \"fig2-xor-large-eta\", \"caption\": \"C.\"},\n"
                + " {\"title\": \"b\", \"preset\": \"fig2-xor-small-eta\",\n  \"caption\": \"D.\"" + extra + "}\n]}";
    }

    @Test
    void theBundledTourIsListedAndFoundByName() {
        assertEquals(java.util.List.of("paper"), Tours.bundledNames());
        Tour t = Tours.resolve("paper");
        assertEquals("Tour of the paper", t.title());
        assertEquals("fig2-xor-small-eta", t.steps().get(0).preset().name());
        assertEquals(1.0, t.steps().get(0).preset().config().eta());
    }

    @Test
    void aUsersTourWithAPresetBesideIt() throws Exception {
        Files.writeString(dir.resolve("wide.json"), "{\"eta\": 30, \"width\": 50}");
        Path f = Files.writeString(dir.resolve("mine.json"),
                "{\"title\": \"Mine\", \"steps\": [{\"title\": \"w\", \"preset\": \"wide\", \"caption\": \"Wide. Look.\","
                        + " \"highlight\": \"margin\", \"sweep\": {\"over\": \"eta\", \"eta_min\": 1, \"eta_max\": 1e4, \"count\": 5}}]}");
        Tour t = Tours.read(f);
        assertEquals(50, t.steps().get(0).preset().config().width());
        assertEquals("margin", t.steps().get(0).highlight());
        assertEquals(5, t.steps().get(0).sweep().count());
    }

    @Test
    void errorsNameFileLineAndField() throws Exception {
        String unknown = error(step(", \"hilight\": \"loss\""));
        assertTrue(unknown.contains("my-tour.json, line 4: field \"steps[1].hilight\": unknown field (did you mean \"highlight\"?)"),
                unknown);
        String chart = error(step(", \"highlight\": \"speed\""));
        assertTrue(chart.contains("line 4: field \"steps[1].highlight\": \"speed\" is not a chart (allowed: loss, norm"), chart);
        String preset = error(step(", \"sweep\": {\"over\": \"eta\", \"eta_min\": 10, \"eta_max\": 1, \"count\": 3}"));
        assertTrue(preset.contains("field \"steps[1].sweep.eta_max\": 1.0 must be larger than eta_min 10.0"), preset);
        String missing = error("{\"title\": \"T\", \"steps\": [\n{\"title\": \"a\", \"preset\": \"no-such-preset\", \"caption\": \"C.\"}]}");
        assertTrue(missing.contains("line 2: field \"steps[0].preset\": ") && missing.contains("no bundled preset"), missing);
        String malformed = error("{\"title\": \"T\",\n \"steps\": [ }");
        assertTrue(malformed.contains("my-tour.json: malformed JSON at line 2"), malformed);
        String noCaption = error("{\"title\": \"T\", \"steps\": [{\"title\": \"a\", \"preset\": \"fig2-xor-large-eta\"}]}");
        assertTrue(noCaption.contains("field \"steps[0]\": missing \"caption\""), noCaption);
        String empty = error("{\"title\": \"T\", \"steps\": []}");
        assertTrue(empty.contains("field \"steps\": expected a non-empty array"), empty);
    }
}
