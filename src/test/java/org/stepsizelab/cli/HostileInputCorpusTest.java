package org.stepsizelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hostile user's corpus (issue 15): bad options, bad files, huge and tiny numbers, outputs that
 * would destroy inputs. Every case runs in-process in a fresh folder of fixtures and must give either
 * the expected one-line error (exit 2 or 1, no stack trace, nothing left behind) or a correct result;
 * in every case every file that existed before is byte-for-byte unchanged. Signals are in
 * {@code LauncherSignalsTest} and {@code CliInterruptTest} (they need real processes).
 */
@EnabledOnOs(OS.LINUX)
class HostileInputCorpusTest {

    @TempDir
    static Path root;

    /** One case: arguments ("@" stands for the case's folder), the exit code and a fragment of the one line. */
    record Case(String name, List<String> args, int code, String says, Consumer<Path> check) {
        static Case refused(String name, String says, String... args) {
            return new Case(name, List.of(args), Cli.BAD_INPUT, says, d -> { });
        }

        static Case failed(String name, String says, String... args) {
            return new Case(name, List.of(args), Cli.FAILURE, says, d -> { });
        }

        static Case works(String name, Consumer<Path> check, String... args) {
            return new Case(name, List.of(args), Cli.OK, null, check);
        }
    }

    static final String CSV = "x1,x2,y\n1,2,1\n-1,-2,-1\n2,1,1\n-2,-1,-1\n";

    /** The fixtures every case starts from. */
    static void fixtures(Path d) throws IOException {
        Files.writeString(d.resolve("data.csv"), CSV);
        Files.writeString(d.resolve("data.png"), CSV); // a CSV that happens to be called .png
        Path out = Files.createDirectories(d.resolve("out"));
        Files.writeString(out.resolve("dataset.csv"), CSV);
        Files.writeString(out.resolve("summary.json"), "{\"eta\": 2, \"steps\": 5}\n");
        Files.writeString(out.resolve("sweep.csv"), CSV); // a data file where the sweep writes its table
        Files.createLink(d.resolve("hard.csv"), out.resolve("dataset.csv"));
        Files.createSymbolicLink(d.resolve("lnk"), out);
        Files.createSymbolicLink(d.resolve("dangling"), d.resolve("missing"));
        Files.writeString(d.resolve("nan.json"), "{\"eta\": NaN}\n");
        Files.writeString(d.resolve("open.json"), "{\"eta\": 1\n");
        Files.write(d.resolve("bom.json"), ("\uFEFF{\"eta\": 3, \"steps\": 4}").getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(d.resolve("folder.json"));
        Files.writeString(d.resolve("huge1.csv"), "a,b,y\n1e160,1,1\n-1,-2,-1\n2,1,1\n-2,-1,-1\n");
        Files.writeString(d.resolve("huge.csv"), "a,b,y\n1e300,2e300,1\n-1e300,-2e300,-1\n3e300,1e300,1\n-3e300,-1e300,-1\n");
        Files.writeString(d.resolve("tiny.csv"), "a,b,y\n1e-300,2e-300,1\n-1e-300,-2e-300,-1\n3e-300,1e-300,1\n-3e-300,-1e-300,-1\n");
        Files.writeString(d.resolve("zero.csv"), "a,b,y\n0,0,1\n0,0,-1\n0,0,1\n");
        Files.writeString(d.resolve("nofeature.csv"), "y\n1\n-1\n");
        Files.write(d.resolve("img0.idx"), new byte[] {0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0});
        Files.write(d.resolve("lab.idx"), new byte[] {0, 0, 8, 1, 0, 0, 0, 2, 0, 1});
    }

    static List<Case> corpus() {
        List<Case> c = new ArrayList<>();
        // huge sizes: refused before anything is allocated (7 variants of --width 2^31-1)
        String max = "2147483647";
        c.add(Case.refused("run --width 2^31-1", "more than a Java array holds", "run", "--width", max, "--out", "@/o"));
        c.add(Case.refused("sweep --width 2^31-1", "more than a Java array holds", "sweep", "--etas", "1,2", "--width", max, "--out", "@/o"));
        c.add(Case.refused("bench --width 2^31-1", "more than a Java array holds", "bench", "--width", max));
        c.add(Case.refused("theory --width 2^31-1", "more than a Java array holds", "theory", "--width", max));
        c.add(Case.refused("--sharpness-every --width 2^31-1", "more than a Java array holds",
                "run", "--width", max, "--sharpness-every", "10", "--out", "@/o"));
        c.add(Case.refused("image data --width 2^31-1", "more than a Java array holds",
                "run", "--dataset", "mnist", "--n", "10", "--width", max, "--out", "@/o"));
        c.add(Case.refused("theory --no-run --width 2^31-1", "more than a Java array holds", "theory", "--no-run", "--width", max));
        c.add(Case.failed("run --width 1e8", "out of memory: m = 100000000", "run", "--width", "1e8", "--out", "@/o"));
        c.add(Case.failed("sharpness --width 3e7", "out of memory", "run", "--width", "3e7", "--sharpness-every", "5", "--out", "@/o"));
        c.add(Case.failed("sweep --width 1e8", "out of memory", "sweep", "--etas", "1,2", "--width", "1e8", "--out", "@/o"));
        c.add(Case.failed("mnist --width 1e6", "out of memory", "run", "--dataset", "mnist", "--n", "100", "--width", "1e6", "--out", "@/o"));
        // bounds that cannot mean anything
        c.add(Case.refused("bench --threads 100000", "--threads: value 100000", "bench", "--threads", "100000"));
        c.add(Case.refused("bench --threads 0", "--threads: value 0", "bench", "--threads", "0"));
        c.add(Case.refused("bench --warmup ~2^63", "--warmup", "bench", "--warmup", "9223372036854775000"));
        c.add(Case.refused("bench --warmup -1", "--warmup", "bench", "--warmup", "-1"));
        c.add(Case.refused("run --steps 9e18", "from 0 to 1e12", "run", "--steps", "9e18", "--out", "@/o"));
        c.add(Case.refused("theory --steps 1e13", "from 0 to 1e12", "theory", "--steps", "1e13"));
        c.add(Case.refused("bench --steps 2^63-1", "from 0 to 1e12", "bench", "--steps", "9223372036854775807"));
        c.add(Case.refused("sweep --steps-list 1e15", "from 1 to 1e12", "sweep", "--steps-list", "10,1e15", "--out", "@/o"));
        c.add(Case.refused("sweep --eta-range count 1e9", "COUNT", "sweep", "--eta-range", "1:10:1e9", "--out", "@/o"));
        c.add(Case.refused("run --eta 1e309", "finite", "run", "--eta", "1e309", "--out", "@/o"));
        c.add(Case.refused("run --eta 1e-400", "> 0", "run", "--eta", "1e-400", "--out", "@/o"));
        c.add(Case.refused("run --init-scale Infinity", "finite", "run", "--init-scale", "Infinity", "--out", "@/o"));
        c.add(Case.refused("run --width 1e10", "out of range", "run", "--width", "1e10", "--out", "@/o"));
        // repeated options: the last one wins, lists included
        c.add(Case.works("sweep --etas 5 --etas 7 runs 7 only", d -> {
            List<String> rows = lines(d.resolve("o/sweep.csv"));
            assertEquals(2, rows.size(), rows.toString());
            assertTrue(rows.get(1).startsWith("7.0,"), rows.toString());
        }, "sweep", "--etas", "5", "--etas", "7", "--steps", "5", "--threads", "1", "--out", "@/o"));
        c.add(Case.works("run --eta 5 --eta 7", d -> assertTrue(read(d.resolve("o/summary.json")).contains("\"eta\" : 7.0")),
                "run", "--eta", "5", "--eta", "7", "--steps", "5", "--out", "@/o"));
        // presets: sentences, never library internals
        c.add(Case.refused("--preset ''", "an empty name", "run", "--preset", "", "--out", "@/o"));
        c.add(Case.refused("--preset a folder", "is a folder, not a preset file", "run", "--preset", "@/folder.json", "--out", "@/o"));
        c.add(Case.refused("preset with NaN", "not a JSON value: 'NaN'", "run", "--preset", "@/nan.json", "--out", "@/o"));
        c.add(Case.refused("preset cut off", "opened at line 1, column 1", "run", "--preset", "@/open.json", "--out", "@/o"));
        c.add(Case.refused("missing preset", "no such file", "run", "--preset", "@/none.json", "--out", "@/o"));
        c.add(Case.works("preset with a UTF-8 BOM", d -> {
            String s = read(d.resolve("o/summary.json"));
            assertTrue(s.contains("\"eta\" : 3.0") && s.contains("\"steps\" : 4"), s);
        }, "run", "--preset", "@/bom.json", "--out", "@/o"));
        // outputs that would destroy inputs
        c.add(Case.refused("csv:out/dataset.csv --out out", "would destroy the input",
                "run", "--dataset", "csv:@/out/dataset.csv", "--steps", "5", "--out", "@/out"));
        c.add(Case.refused("hard link to the output", "would destroy the input",
                "run", "--dataset", "csv:@/hard.csv", "--steps", "5", "--out", "@/out"));
        c.add(Case.refused("input through a linked folder", "would destroy the input",
                "run", "--dataset", "csv:@/lnk/dataset.csv", "--steps", "5", "--out", "@/out"));
        c.add(Case.refused("--out through a link to the input's folder", "would destroy the input",
                "run", "--dataset", "csv:@/out/dataset.csv", "--steps", "5", "--out", "@/lnk"));
        c.add(Case.refused("--preset out/summary.json --out out", "would destroy the input",
                "run", "--preset", "@/out/summary.json", "--out", "@/out"));
        c.add(Case.refused("--png is the input", "would destroy the input",
                "run", "--dataset", "csv:@/data.png", "--steps", "5", "--out", "@/o", "--png", "@/data.png"));
        c.add(Case.refused("sweep csv:out/sweep.csv", "would destroy the input",
                "sweep", "--dataset", "csv:@/out/sweep.csv", "--etas", "1", "--out", "@/out"));
        c.add(Case.works("csv:data.csv beside --out is fine", d -> assertTrue(Files.exists(d.resolve("o/metrics.csv"))),
                "run", "--dataset", "csv:@/data.csv", "--steps", "5", "--out", "@/o"));
        // --out edge cases
        c.add(Case.refused("--out a dangling link", "which does not exist", "run", "--steps", "5", "--out", "@/dangling"));
        c.add(Case.refused("--out through a dangling link", "goes through", "run", "--steps", "5", "--out", "@/dangling/run"));
        c.add(Case.refused("--out an existing file", "not a directory", "run", "--steps", "5", "--out", "@/data.csv"));
        c.add(Case.works("--png inside a new --out", d -> assertTrue(read(d.resolve("new/summary.json")).contains("\"steps\" : 5")
                && d.resolve("new/c.png").toFile().length() > 1000),
                "run", "--steps", "5", "--out", "@/new", "--png", "@/new/c.png"));
        c.add(Case.refused("--png in a missing folder", "does not exist", "run", "--steps", "5", "--out", "@/new",
                "--png", "@/elsewhere/c.png"));
        // huge and tiny numbers in the data: scaled, never trained as zeros; degenerate data refused
        c.add(Case.works("one cell near 1e160", d -> {
            String sum = read(d.resolve("o/summary.json"));
            assertTrue(sum.contains("\"data_scale\" : 1.0E-160"), sum);
            assertTrue(read(d.resolve("o/dataset.csv")).contains("\n1.0,1.0E-160,1"), "the big cell became 1, the others tiny");
        }, "run", "--dataset", "csv:@/huge1.csv", "--steps", "5", "--out", "@/o"));
        c.add(Case.works("all cells near 1e300", d -> {
            String sum = read(d.resolve("o/summary.json"));
            assertTrue(sum.contains("\"data_margin\" : 0.70710678118654"), sum);
            assertTrue(read(d.resolve("o/dataset.csv")).contains("0.31622776601683"), "scaled to radius 1");
        }, "run", "--dataset", "csv:@/huge.csv", "--steps", "5", "--out", "@/o"));
        c.add(Case.works("all cells near 1e-300", d -> {
            String sum = read(d.resolve("o/summary.json"));
            assertTrue(sum.contains("\"data_margin\" : 0.70710678118654"), sum);
            assertTrue(sum.contains("\"data_scale\" : 3.16227766016837"), sum);
        }, "run", "--dataset", "csv:@/tiny.csv", "--steps", "5", "--out", "@/o"));
        c.add(Case.works("unscaled 1e300 data: finite gamma and R", d -> { },
                "theory", "--no-run", "--no-normalize", "--dataset", "csv:@/huge.csv"));
        c.add(Case.refused("all-zero features", "every feature of all 3 training points is 0",
                "run", "--dataset", "csv:@/zero.csv", "--out", "@/o"));
        c.add(Case.refused("a CSV without feature columns", "has 1 column", "run", "--dataset", "csv:@/nofeature.csv", "--out", "@/o"));
        c.add(Case.refused("images of 0x0 pixels", "images of 0×0 pixels", "run", "--dataset", "idx:@/img0.idx,@/lab.idx", "--out", "@/o"));
        c.add(Case.refused("cifar --test-n 180", "--test-n 180 needs 90", "run", "--dataset", "cifar", "--test-n", "180", "--out", "@/o"));
        c.add(Case.works("cifar --test-n 179 (90 + 89, the most a balanced split holds)",
                d -> {
                    List<String> rows = lines(d.resolve("o/metrics.csv"));
                    String last = rows.get(rows.size() - 1);
                    List<String> head = List.of(rows.get(0).split(","));
                    String[] cells = last.split(",", -1);
                    assertFalse(cells[head.indexOf("test_loss")].isEmpty() || cells[head.indexOf("test_accuracy")].isEmpty(), last);
                },
                "run", "--dataset", "cifar", "--n", "20", "--test-n", "179", "--width", "2", "--steps", "1", "--out", "@/o"));
        return c;
    }

    @TestFactory
    Stream<DynamicTest> everyCaseIsAClearLineOrACorrectResult() {
        return corpus().stream().map(k -> DynamicTest.dynamicTest(k.name(), () -> runCase(k)));
    }

    private static void runCase(Case k) throws Exception {
        Path d = Files.createTempDirectory(root, "case");
        fixtures(d);
        Map<String, String> before = snapshot(d);
        String[] args = k.args().stream().map(a -> a.replace("@", d.toString())).toArray(String[]::new);
        CliRunner.Result r = CliRunner.cli(args);
        String all = r.out() + r.err();
        assertFalse(all.contains("Exception") || all.contains("\tat ") || all.contains("internal error"), k.name() + ": " + r);
        assertFalse(all.contains("Source: REDACTED") || all.contains("Feature"), k.name() + ": library internals: " + r);
        assertEquals(k.code(), r.code(), k.name() + ": " + r);
        Map<String, String> after = snapshot(d);
        for (Map.Entry<String, String> e : before.entrySet()) {
            assertEquals(e.getValue(), after.get(e.getKey()), k.name() + ": input " + e.getKey() + " changed");
        }
        if (k.code() != Cli.OK) {
            String line = r.err().strip();
            assertFalse(line.isEmpty() || line.contains("\n"), k.name() + ": one line: " + r);
            assertTrue(line.contains(k.says()), k.name() + ": expected '" + k.says() + "' in: " + line);
            assertEquals(before.keySet(), after.keySet(), k.name() + ": nothing left behind");
        } else {
            k.check().accept(d);
            assertTrue(after.keySet().stream().noneMatch(f -> f.contains(".partial-")), k.name() + ": no staging left");
        }
    }

    /** Every file and link under the folder, with a hash of its content (links: their target). */
    private static Map<String, String> snapshot(Path d) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(d)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String key = d.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    m.put(key, "-> " + Files.readSymbolicLink(p));
                } else if (Files.isRegularFile(p)) {
                    m.put(key, hash(Files.readAllBytes(p)));
                } else {
                    m.put(key, "dir");
                }
            }
        }
        return m;
    }

    private static String hash(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            return Arrays.toString(b);
        }
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
