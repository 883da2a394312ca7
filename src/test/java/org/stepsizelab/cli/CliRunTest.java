package org.stepsizelab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepsizelab.cli.CliRunner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.Runs;
import org.stepsizelab.core.StepRecord;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.config.ConfigCodec;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.kernel.Kernels;

/** The run command's files: names, headers, exact values, reproducibility and the preset round trip. */
class CliRunTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path run(String name, String... options) {
        Path out = dir.resolve(name);
        // --quiet: on a loaded machine even a short run may pass the progress line's 2 s mark
        List<String> args = new ArrayList<>(List.of("run", "--quiet", "--out", out.toString()));
        args.addAll(List.of(options));
        CliRunner.Result r = cli(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.toString());
        assertEquals("", r.err(), r.toString());
        assertTrue(r.out().contains("final loss") || r.out().contains("diverged"), r.out());
        return out;
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file);
    }

    @Test
    void writesTheFourFilesWithExactValues() throws IOException {
        Path out = run("xor", "--steps", "300", "--eta", "1e4");
        try (var s = Files.list(out)) {
            assertEquals(List.of("dataset.csv", "init.csv", "metrics.csv", "summary.json"),
                    s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        List<String> metrics = lines(out.resolve("metrics.csv"));
        assertEquals("step,loss,param_norm,normalized_margin,accuracy,sharpness,test_loss,test_accuracy", metrics.get(0));
        assertEquals(302, metrics.size(), "header + steps 0..300");

        // the values are exactly the trainer's (Double.toString round-trips)
        RunConfig cfg = RunConfig.defaults().withSteps(300);
        DataSplit split = Datasets.load(cfg);
        List<StepRecord> records = new ArrayList<>();
        Runs.drive(new Trainer(cfg, split.train(), null, Kernels.best(split.train().n(), split.train().d(), cfg.width())),
                records::add, () -> false);
        for (int t = 0; t <= 300; t++) {
            String[] cells = metrics.get(t + 1).split(",", -1);
            assertEquals(8, cells.length);
            StepRecord r = records.get(t);
            assertEquals(t, Long.parseLong(cells[0]));
            assertEquals(r.loss(), Double.parseDouble(cells[1]), 0.0);
            assertEquals(r.paramNorm(), Double.parseDouble(cells[2]), 0.0);
            assertEquals(r.normalizedMargin(), Double.parseDouble(cells[3]), 0.0);
            assertEquals(r.accuracy(), Double.parseDouble(cells[4]), 0.0);
            assertEquals("", cells[5], "sharpness not computed");
            assertEquals("", cells[6], "no test split");
            assertEquals("", cells[7]);
        }

        List<String> data = lines(out.resolve("dataset.csv"));
        assertEquals("x1,x2,y", data.get(0));
        double h = 1.0 / Math.sqrt(2); // features × (1/R) with R = √2
        assertEquals(List.of(-h + "," + -h + ",1", h + "," + h + ",1", h + "," + -h + ",-1", -h + "," + h + ",-1"),
                data.subList(1, 5), "XOR scaled to unit norm");

        List<String> init = lines(out.resolve("init.csv"));
        assertEquals("a,w1,w2", init.get(0));
        assertEquals(21, init.size());
        double[] w0 = Trainer.initialWeights(20, 2, 1.0, 0);
        for (int j = 0; j < 20; j++) {
            String[] cells = init.get(j + 1).split(",");
            assertEquals(j % 2 == 0 ? "1" : "-1", cells[0]);
            assertEquals(w0[2 * j], Double.parseDouble(cells[1]), 0.0);
            assertEquals(w0[2 * j + 1], Double.parseDouble(cells[2]), 0.0);
        }

        JsonNode s = JSON.readTree(out.resolve("summary.json").toFile());
        for (String key : List.of("config", "eos_end_step", "theory_monotone_step", "theory_stable_step", "final_loss",
                "diverged", "diverged_at_step", "data_margin", "constants", "seconds")) {
            assertTrue(s.has(key), key);
        }
        for (String key : List.of("alpha", "sup_dphi", "beta_tilde", "kappa", "rho", "beta")) {
            assertTrue(s.get("constants").get(key).isNumber(), key);
        }
        assertEquals(records.get(300).loss(), s.get("final_loss").doubleValue(), 0.0);
        assertEquals(9, s.get("eos_end_step").asLong(), "the XOR run's last rise (docs/MATH.md §5: step 7–16)");
        assertFalse(s.get("diverged").booleanValue());
        assertTrue(s.get("diverged_at_step").isNull());
        assertEquals(0.5, s.get("constants").get("alpha").doubleValue(), 1e-12);
        assertEquals(cfg, ConfigCodec.parse(s.get("config").toString(), "summary"));
    }

    @Test
    void everyKeepsEveryKthStepAndAlwaysTheLast() throws IOException {
        Path out = run("every", "--steps", "20", "--every", "7");
        List<String> steps = lines(out.resolve("metrics.csv")).stream().skip(1).map(l -> l.split(",")[0]).toList();
        assertEquals(List.of("0", "7", "14", "20"), steps);
        Path exact = run("exact", "--steps", "21", "--every", "7");
        assertEquals(List.of("0", "7", "14", "21"),
                lines(exact.resolve("metrics.csv")).stream().skip(1).map(l -> l.split(",")[0]).toList());
    }

    @Test
    void rerunsAreBitIdentical() throws IOException {
        String[] opts = {"--steps", "500", "--activation", "gelu", "--leak", "0.3", "--width", "7", "--seed", "42",
                "--eta", "37.5"};
        Path a = run("a", opts);
        Path b = run("b", opts);
        for (String f : List.of("metrics.csv", "dataset.csv", "init.csv")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        Path other = run("c", "--steps", "500", "--activation", "gelu", "--leak", "0.3", "--width", "7", "--seed", "43",
                "--eta", "37.5");
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve("init.csv")),
                Files.readAllBytes(other.resolve("init.csv"))), "the seed matters");
    }

    @Test
    void summaryConfigRerunsToIdenticalMetrics() throws IOException {
        Path first = run("first", "--steps", "400", "--activation", "huber", "--huber-h", "0.3", "--leak", "0.1",
                "--eta", "123.456", "--width", "9", "--seed", "7", "--init-scale", "0.7", "--output-scale", "1.5",
                "--loss", "exponential", "--every", "3");
        JsonNode config = JSON.readTree(first.resolve("summary.json").toFile()).get("config");
        Path preset = Files.writeString(dir.resolve("preset.json"), config.toPrettyString());
        Path again = run("again", "--preset", preset.toString());
        assertArrayEquals(Files.readAllBytes(first.resolve("metrics.csv")), Files.readAllBytes(again.resolve("metrics.csv")));
        // the whole summary.json is accepted as a preset too
        Path third = run("third", "--preset", first.resolve("summary.json").toString());
        assertArrayEquals(Files.readAllBytes(first.resolve("metrics.csv")), Files.readAllBytes(third.resolve("metrics.csv")));
    }

    @Test
    void optionsOverrideThePreset() throws IOException {
        Path preset = Files.writeString(dir.resolve("p.json"),
                "{\"title\": \"t\", \"eta\": 1, \"width\": 4, \"steps\": 50, \"activation\": \"tanh\"}");
        Path out = run("o", "--preset", preset.toString(), "--eta", "2.5", "--steps", "30");
        JsonNode c = JSON.readTree(out.resolve("summary.json").toFile()).get("config");
        assertEquals(2.5, c.get("eta").doubleValue());
        assertEquals(30, c.get("steps").asLong());
        assertEquals(4, c.get("width").asInt());
        assertEquals("tanh", c.get("activation").asText());
        assertFalse(c.has("title"));
        assertEquals(32, lines(out.resolve("metrics.csv")).size());
    }

    @Test
    void existingDirectoryKeepsUnrelatedFilesAndGetsNewRuns() throws IOException {
        Path out = dir.resolve("existing");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "mine");
        Files.writeString(out.resolve("metrics.csv"), "old");
        run("existing", "--steps", "10");
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        assertEquals(12, lines(out.resolve("metrics.csv")).size());
        try (var s = Files.list(dir)) {
            assertEquals(List.of("existing"), s.map(p -> p.getFileName().toString()).toList(), "no temporary leftovers");
        }
    }

    @Test
    void divergedRunIsReportedWithNullsForNonFiniteNumbers() throws IOException {
        Path out = run("div", "--activation", "identity", "--leak", "0", "--loss", "exponential", "--eta", "1e150",
                "--steps", "1000");
        JsonNode s = JSON.readTree(out.resolve("summary.json").toFile());
        assertTrue(s.get("diverged").booleanValue());
        long at = s.get("diverged_at_step").asLong();
        assertTrue(at > 0 && at < 1000);
        assertTrue(s.get("final_loss").isNull(), "infinite loss written as null");
        List<String> metrics = lines(out.resolve("metrics.csv"));
        assertEquals(at + 2, metrics.size(), "rows up to and including the diverged step");
        assertTrue(metrics.get(metrics.size() - 1).startsWith(at + ","));
    }

    @Test
    void zeroStepsAndZeroInitWork() throws IOException {
        Path out = run("zero", "--steps", "0", "--init-scale", "0");
        List<String> metrics = lines(out.resolve("metrics.csv"));
        assertEquals(2, metrics.size());
        assertEquals("0," + Math.log(2) + ",0.0,,0.0,,,", metrics.get(1), "W = 0: margin undefined (empty)");
    }
}
