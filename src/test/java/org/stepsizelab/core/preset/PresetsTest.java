package org.stepsizelab.core.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunOutcome;
import org.stepsizelab.core.Runs;
import org.stepsizelab.core.StepRecord;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.config.ConfigCodec;
import org.stepsizelab.core.config.ConfigException;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.kernel.Kernels;
import org.stepsizelab.core.config.ConfigKey;

class PresetsTest {
    @TempDir
    Path dir;

    static Stream<String> bundledNames() {
        return Presets.indexEntries().stream().map(f -> f.substring(0, f.length() - 5));
    }

    @Test
    void theIndexNamesExactlyThePresetFilesOfTheProject() throws Exception {
        List<String> files;
        try (Stream<Path> s = Files.list(Path.of("presets"))) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        assertEquals(files, Presets.indexEntries().stream().sorted().toList());
        assertEquals(Presets.indexEntries().size(), Presets.indexEntries().stream().distinct().count());
    }

    @ParameterizedTest
    @MethodSource("bundledNames")
    void eachBundledPresetValidatesHasAMenuTextAndRuns(String name) {
        Preset p = Presets.bundled(name);
        assertNotNull(p.title(), name + " has a title");
        assertTrue(p.description() != null && p.description().length() > 40, name + " has a description");
        RunConfig few = p.config().withSteps(Math.min(5, p.config().steps()));
        DataSplit data = Datasets.load(few);
        List<StepRecord> records = new ArrayList<>();
        RunOutcome outcome = Runs.drive(new Trainer(few, data.train(), data.test(), Kernels.portable()),
                records::add, () -> false);
        assertEquals(few.steps() + 1, records.size());
        assertFalse(outcome.diverged());
        assertTrue(Double.isFinite(records.get(records.size() - 1).loss()));
    }

    @Test
    void bundledListKeepsTheIndexOrder() {
        List<Preset> all = Presets.bundled();
        assertEquals(Presets.indexEntries().size(), all.size());
        assertEquals(Presets.indexEntries().get(0), all.get(0).name() + ".json");
    }

    @Test
    void anUnknownBundledNameListsTheBundledOnes() {
        ConfigException e = assertThrows(ConfigException.class, () -> Presets.bundled("fig9"));
        assertTrue(e.getMessage().contains("fig9") && e.getMessage().contains("fig2-xor-large-eta"), e.getMessage());
    }

    @Test
    void anUnknownKeyIsNamedWithTheNearestValidOne() throws Exception {
        Path f = write("{\"dataset\": \"xor\", \"init-scal\": 0.5}");
        ConfigException e = assertThrows(ConfigException.class, () -> Presets.read(f));
        assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("init-scal")
                && e.getMessage().contains("init_scale"), e.getMessage());
    }

    @Test
    void aWrongTypeIsNamed() throws Exception {
        Path f = write("{\"width\": \"twenty\"}");
        ConfigException e = assertThrows(ConfigException.class, () -> Presets.read(f));
        assertTrue(e.getMessage().contains("\"width\"") && e.getMessage().contains("twenty"), e.getMessage());
        Path g = write("{\"title\": 3}");
        e = assertThrows(ConfigException.class, () -> Presets.read(g));
        assertTrue(e.getMessage().contains("\"title\"") && e.getMessage().contains("string"), e.getMessage());
    }

    @Test
    void anOutOfRangeValueIsNamedWithWhatIsAllowed() throws Exception {
        Path f = write("{\"leak\": 1.5}");
        ConfigException e = assertThrows(ConfigException.class, () -> Presets.read(f));
        assertTrue(e.getMessage().contains("\"leak\"") && e.getMessage().contains("1.5")
                && e.getMessage().contains("allowed") && e.getMessage().contains("c < 1"), e.getMessage());
    }

    @Test
    void malformedJsonGivesFileLineAndColumn() throws Exception {
        Path f = write("{\n  \"eta\": 1.0,\n  \"steps\": 10,,\n}");
        ConfigException e = assertThrows(ConfigException.class, () -> Presets.read(f));
        assertTrue(e.getMessage().contains(f.toString()) && e.getMessage().contains("line 3")
                && e.getMessage().contains("column"), e.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        Path f = dir.resolve("nope.json");
        ConfigException e = assertThrows(ConfigException.class, () -> Presets.read(f));
        assertTrue(e.getMessage().contains("nope.json") && e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void saveThenReadGivesTheSameConfigTitleAndDescription() {
        RunConfig cfg = RunConfig.defaults().withEta(123.456).with(ConfigKey.SEED, 7).with(ConfigKey.WIDTH, 3);
        Path f = dir.resolve("mine.json");
        Presets.save(f, cfg, "My run", "A description.");
        Preset p = Presets.read(f);
        assertEquals(cfg, p.config());
        assertEquals("My run", p.title());
        assertEquals("A description.", p.description());
        assertEquals("mine", p.name());
    }

    @Test
    void aSummaryConfigReRunsBitForBit() {
        // the config object of summary.json is itself a preset: parse it back and run again
        RunConfig cfg = Presets.bundled("fig2-xor-large-eta").config().withSteps(200);
        Preset again = Presets.parse(ConfigCodec.write(cfg), "summary.json config", "summary");
        assertEquals(cfg, again.config());
        assertEquals(run(cfg), run(again.config()));
    }

    private static List<StepRecord> run(RunConfig cfg) {
        DataSplit data = Datasets.load(cfg);
        List<StepRecord> out = new ArrayList<>();
        Runs.drive(new Trainer(cfg, data.train(), data.test(), Kernels.portable()), out::add, () -> false);
        return out;
    }

    private Path write(String json) throws Exception {
        return Files.writeString(dir.resolve("p" + System.nanoTime() + ".json"), json);
    }
}
