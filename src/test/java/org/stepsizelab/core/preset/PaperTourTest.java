package org.stepsizelab.core.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepsizelab.cli.Cli;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.kernel.Kernels;

/**
 * The bundled tour tells the paper's story, and every number a caption states is what the real run
 * shows: each step's claims are checked on its preset run through the command line (10⁴ steps of
 * XOR or two or five points: about a second each; the deeper net of Fig. 1 over the 139 steps its
 * caption talks about, in-process), and a guard fails when a caption holds a number that no claim
 * checks (references such as "Theorem 2.2" and formulas are listed as such).
 */
class PaperTourTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Tour tour;
    private static final Map<String, Run> RUNS = new HashMap<>();
    @TempDir
    static Path dir;

    /** A finished run: metrics.csv as columns, summary.json, and its folder (for neurons.csv). */
    record Run(Map<String, List<String>> cols, JsonNode summary, Path dir) {
        double at(String col, int row) {
            return Double.parseDouble(cols.get(col).get(row));
        }

        int rows() {
            return cols.get("step").size();
        }

        double max(String col) {
            return cols.get(col).stream().filter(s -> !s.isEmpty()).mapToDouble(Double::parseDouble).max().orElseThrow();
        }

        double last(String col) {
            return at(col, rows() - 1);
        }
    }

    private record Claim(String literal, Runnable check) {}

    @BeforeAll
    static void load() {
        tour = Tours.bundled("paper");
    }

    private static Run run(String preset, String... extra) throws Exception {
        String key = preset + String.join(" ", extra);
        if (!RUNS.containsKey(key)) {
            Path out = dir.resolve("run" + RUNS.size());
            List<String> args = new ArrayList<>(List.of("run", "--preset", preset, "-q", "--out", out.toString()));
            args.addAll(List.of(extra));
            assertEquals(0, cli(args.toArray(String[]::new)));
            RUNS.put(key, new Run(columns(out.resolve("metrics.csv")), JSON.readTree(out.resolve("summary.json").toFile()),
                    out));
        }
        return RUNS.get(key);
    }

    private static int cli(String... args) {
        return Cli.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
    }

    private static Map<String, List<String>> columns(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        String[] head = lines.get(0).split(",", -1);
        Map<String, List<String>> cols = new HashMap<>();
        for (String h : head) {
            cols.put(h, new ArrayList<>());
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            for (int i = 0; i < head.length; i++) {
                cols.get(head[i]).add(cells[i]);
            }
        }
        return cols;
    }

    /** |value − stated| within half a unit of the stated number's last digit. */
    private static void near(double stated, double halfUnit, double value, String what) {
        assertTrue(Math.abs(value - stated) <= halfUnit, what + ": the caption says " + stated + ", the run " + value);
    }

    private static Claim cfg(String literal, String preset, String key, double value) {
        return new Claim(literal, () -> assertEquals(value, org.stepsizelab.core.config.ConfigCodec
                .toJson(Presets.bundled(preset).config()).get(key).asDouble(), literal));
    }

    // ---- the claims, step by step ----------------------------------------------------------------

    private static List<Claim> claims(int step) throws Exception {
        switch (step) {
            case 0: {
                Run r = run("fig2-xor-small-eta");
                return List.of(cfg("η = 1:", "fig2-xor-small-eta", "eta", 1),
                        new Claim("after 10⁴ steps", () -> assertEquals(10_001, r.rows())),
                        new Claim("0.147", () -> near(0.147, 5e-4, r.last("loss"), "final loss")),
                        new Claim("falls monotonically", () -> assertEquals(0, r.summary().get("eos_end_step").asInt())));
            }
            case 1: {
                Run r = run("fig2-xor-large-eta");
                Run small = run("fig2-xor-small-eta");
                return List.of(cfg("η = 10⁴", "fig2-xor-large-eta", "eta", 1e4),
                        new Claim("about 37", () -> near(37, 0.5, r.max("loss"), "peak loss")),
                        new Claim("4.5e−6 at step 10⁴", () -> {
                            near(4.5e-6, 0.05e-6, r.last("loss"), "final loss");
                            assertEquals(10_000, r.rows() - 1);
                        }),
                        new Claim("over 30,000 times", () -> assertTrue(small.last("loss") / r.last("loss") > 30_000)));
            }
            case 2: {
                Run r = run("fig2-xor-large-eta");
                return List.of(new Claim("s* = 9", () -> {
                    assertEquals(9, r.summary().get("eos_end_step").asInt());
                    assertTrue(r.at("loss", 9) > r.at("loss", 8));
                    for (int t = 10; t < r.rows(); t++) {
                        assertTrue(r.at("loss", t) <= r.at("loss", t - 1), "rose at " + t);
                    }
                }));
            }
            case 3: {
                Run r = run("fig2-xor-large-eta");
                JsonNode s = r.summary();
                return List.of(new Claim("9.41e−4", () -> near(9.41e-4, 0.005e-4, s.get("theory_monotone_threshold").asDouble(), "r threshold")),
                        new Claim("4.71e−4", () -> near(4.71e-4, 0.005e-4, s.get("theory_stable_threshold").asDouble(), "s threshold")),
                        new Claim("r = 20", () -> assertEquals(20, s.get("theory_monotone_step").asInt())),
                        new Claim("s = 66", () -> assertEquals(66, s.get("theory_stable_step").asInt())));
            }
            case 4: {
                Run r = run("fig2-xor-large-eta");
                return List.of(new Claim("positive at step 10,", () -> {
                    assertTrue(r.at("normalized_margin", 9) <= 0);
                    for (int t = 10; t < r.rows(); t++) {
                        assertTrue(r.at("normalized_margin", t) > 0, "margin at " + t);
                    }
                }), new Claim("grows to 0.013 at step 10⁴", () -> {
                    near(0.013, 5e-4, r.last("normalized_margin"), "final margin");
                    assertTrue(r.last("normalized_margin") > r.at("normalized_margin", 100));
                    assertEquals(10_000, r.rows() - 1);
                }));
            }
            case 5: {
                Run r = run("fig4-separable-r3");
                return List.of(cfg("R³", "fig4-separable-r3", "dim", 3), cfg("γ = 0.05", "fig4-separable-r3", "margin", 0.05),
                        new Claim("two neurons", () -> assertEquals(2, r.summary().get("config").get("width").asInt())),
                        cfg("η = 3", "fig4-separable-r3", "eta", 3),
                        new Claim("falls monotonically", () -> assertEquals(0, r.summary().get("eos_end_step").asInt())),
                        new Claim("−0.32", () -> near(-0.32, 0.005, r.at("normalized_margin", 0), "first margin")),
                        new Claim("zero at step 33", () -> {
                            assertTrue(r.at("normalized_margin", 32) <= 0 && r.at("normalized_margin", 33) > 0);
                        }),
                        new Claim("to 0.035", () -> near(0.035, 5e-4, r.last("normalized_margin"), "final margin")));
            }
            case 6: {
                Run r = run("fig4-paper-points", "--neuron-metrics");
                Map<String, List<String>> n = columns(r.dir().resolve("neurons.csv"));
                double neuronMax = n.get("margin").stream().mapToDouble(Double::parseDouble).max().orElseThrow();
                List<String> data = Files.readAllLines(r.dir().resolve("dataset.csv"));
                return List.of(new Claim("R³", () -> assertEquals(3, data.get(0).split(",").length - 1, data.get(0))),
                        new Claim("γ = 0.05", () -> near(0.05, 5e-4, r.summary().get("data_margin").asDouble(), "γ")),
                        new Claim("two neurons", () -> assertEquals(2, r.summary().get("config").get("width").asInt())),
                        cfg("η = 3", "fig4-paper-points", "eta", 3),
                        new Claim("from −0.41", () -> near(-0.41, 0.005, r.at("normalized_margin", 0), "first margin")),
                        new Claim("zero at step 1,241", () -> {
                            assertTrue(r.at("normalized_margin", 1240) <= 0);
                            for (int t = 1241; t < r.rows(); t++) {
                                assertTrue(r.at("normalized_margin", t) > 0, "margin at " + t);
                            }
                        }),
                        new Claim("to 0.018,", () -> near(0.018, 5e-4, r.last("normalized_margin"), "final margin")),
                        new Claim("for all 10⁴ steps", () -> {
                            assertEquals(10_001, r.rows());
                            assertEquals(2 * 10_001, n.get("margin").size(), "two neurons at every step");
                            assertTrue(neuronMax < 0, "every neuron's margin stays negative: max " + neuronMax);
                        }),
                        new Claim("(at best −0.12)", () -> near(-0.12, 0.005, neuronMax, "best neuron margin")));
            }
            case 7: {
                Run r = run("thm43-lower-bound-large-eta");
                Run small = run("thm43-lower-bound-small-eta");
                return List.of(cfg("η = 100", "thm43-lower-bound-small-eta", "eta", 100),
                        cfg("w₀ = 0", "thm43-lower-bound-large-eta", "init_scale", 0),
                        new Claim("0.0136 after 10⁴ steps", () -> {
                            near(0.0136, 5e-5, small.last("loss"), "small-η final loss");
                            assertEquals(10_000, small.rows() - 1);
                            assertEquals(0, small.summary().get("eos_end_step").asInt());
                        }),
                        cfg("η = 10⁴", "thm43-lower-bound-large-eta", "eta", 1e4),
                        new Claim("39 steps", () -> assertEquals(39, r.summary().get("eos_end_step").asInt())),
                        new Claim("up to 30,", () -> near(30, 0.5, r.max("loss"), "peak loss")),
                        new Claim("6.6e−6", () -> near(6.6e-6, 0.05e-6, r.last("loss"), "final loss")),
                        new Claim("about 2,000 times", () -> near(2000, 100, small.last("loss") / r.last("loss"), "ratio")));
            }
            case 8: {
                Path out = dir.resolve("sweep");
                assertEquals(0, cli("sweep", "--preset", "thm43-lower-bound-large-eta", "--steps-list",
                        "1000,2000,4000,8000", "--eta-per-step", "1", "--threads", "1", "--out", out.toString()));
                Map<String, List<String>> s = columns(out.resolve("sweep.csv"));
                TourStep.Sweep sw = tour.steps().get(8).sweep();
                return List.of(new Claim("η = T for T from 1,000 to 8,000", () -> {
                    assertEquals(List.of(1000L, 2000L, 4000L, 8000L), sw.stepsList());
                    assertEquals(1.0, sw.etaPerStep());
                    assertEquals(List.of("1000.0", "2000.0", "4000.0", "8000.0"), s.get("eta"));
                }), new Claim("140-fold", () -> near(140, 5, Double.parseDouble(s.get("final_loss").get(0))
                        / Double.parseDouble(s.get("final_loss").get(3)), "T = 1,000 over T = 8,000")),
                        new Claim("grows 8-fold", () -> assertEquals(8, sw.stepsList().get(3) / sw.stepsList().get(0))));
            }
            case 9: {
                Run r = run("fig2-xor-large-eta", "--sharpness-every", "1");
                return List.of(new Claim("here 2·10⁻⁴", () -> assertEquals(2e-4, 2 / 1e4, 1e-18)),
                        new Claim("4.0e−3", () -> near(4.0e-3, 0.05e-3, r.at("sharpness", 0), "λ_max(w₀)")),
                        new Claim("20 times too large", () -> near(20, 0.5, r.at("sharpness", 0) / 2e-4, "ratio")),
                        new Claim("from step 4 on", () -> {
                            assertTrue(r.at("sharpness", 3) >= 2e-4, "step 3 still above");
                            for (int t = 4; t < r.rows(); t++) {
                                assertTrue(r.at("sharpness", t) < 2e-4, "step " + t);
                            }
                        }));
            }
            case 10: {
                // the deeper net's first 139 steps: the same rows as the preset's 400 (nothing in the
                // run depends on T), trained in-process without the summary's γ of 3,072-pixel images
                RunConfig c = Presets.bundled("fig1-cifar-mlp4-gelu-large").config().withSteps(138);
                DataSplit split = Datasets.load(c);
                Trainer t = new Trainer(c, split.train(), null,
                        Kernels.best(split.train().n(), split.train().d(), c.width()));
                List<Double> loss = new ArrayList<>();
                while (!t.done()) {
                    loss.add(t.advance().loss());
                }
                return List.of(new Claim("four-layer", () -> assertEquals(4, c.depth())),
                        cfg("η = 2", "fig1-cifar-mlp4-gelu-large", "eta", 2),
                        new Claim("from 0.693", () -> near(0.693, 5e-4, loss.get(0), "first loss")),
                        new Claim("to 0.442 at step 136", () -> {
                            near(0.442, 5e-4, loss.get(136), "loss at 136");
                            for (int k = 1; k <= 136; k++) {
                                assertTrue(loss.get(k) <= loss.get(k - 1), "rose at " + k);
                            }
                        }),
                        new Claim("jumps to 3.70 at step 138", () -> {
                            assertTrue(loss.get(137) > loss.get(136), "rises at 137");
                            near(3.70, 0.005, loss.get(138), "loss at 138");
                        }));
            }
            default:
                throw new AssertionError("no claims written for step " + step + ": add them here");
        }
    }

    /** Numbers in captions that are references or formulas, not measurements. */
    private static final List<String> REFERENCES = List.of("Theorem 2.2", "Theorem 4.3", "Corollary 4.2",
            "1/(η(2ρ² + β))", "min{1/(2n e^{κ+2}), 1/(η(4ρ² + 2β))}", "like 1/t", "a 1/T rate", "O(1/T²)",
            "Ω(1/T)", "slope −2 guide", "2/η", "∇²L", "preset thm43-lower-bound-small-eta", "w₀", "Fig. 4", "Fig. 1");

    @Test
    void theStoryHasAtLeastEightStepsOfTwoToFourSentences() {
        assertTrue(tour.steps().size() >= 8, "steps: " + tour.steps().size());
        for (TourStep s : tour.steps()) {
            int sentences = s.caption().split("[.?!](\\s+(?=[A-Z])|$)").length;
            assertTrue(sentences >= 2 && sentences <= 4, s.title() + ": " + sentences + " sentences");
        }
    }

    @Test
    void everyNumberInEveryCaptionIsCheckedOnTheRealRun() throws Exception {
        for (int i = 0; i < tour.steps().size(); i++) {
            String caption = tour.steps().get(i).caption();
            for (Claim c : claims(i)) {
                assertTrue(caption.contains(c.literal()), "step " + i + " no longer says '" + c.literal() + "'");
                c.check().run();
                caption = caption.replace(c.literal(), "");
            }
            for (String ref : REFERENCES) {
                caption = caption.replace(ref, "");
            }
            assertTrue(!caption.matches("(?s).*[0-9⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉].*"),
                    "step " + i + ": a number no claim checks is left in: " + caption);
        }
    }
}
