package org.stepsizelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepsizelab.cli.CliRunner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input of issue 2: exit code 2, one line on stderr naming the option or field (and the
 * value), no stack trace, and no output directory (nor a temporary one) left behind.
 */
class CliErrorTest {

    @TempDir
    static Path shared;

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of(List.of("--eta", "-1"), List.of("--eta", "-1", "> 0")),
                Arguments.of(List.of("--eta", "0"), List.of("--eta", "> 0")),
                Arguments.of(List.of("--eta", "abc"), List.of("--eta", "'abc' is not a number")),
                Arguments.of(List.of("--eta", "1d"), List.of("--eta", "'1d' is not a number")),
                Arguments.of(List.of("--leak", ""), List.of("--leak", "is not a number")),
                Arguments.of(List.of("--eta", "NaN"), List.of("--eta", "NaN", "finite")),
                Arguments.of(List.of("--eta", "Infinity"), List.of("--eta", "finite")),
                Arguments.of(List.of("--width", "0"), List.of("--width", "0", ">= 1")),
                Arguments.of(List.of("--width", "2.5"), List.of("--width", "2.5", "integer")),
                Arguments.of(List.of("--steps", "-3"), List.of("--steps", "-3", "from 0 to 1e12")),
                Arguments.of(List.of("--steps", "ten"), List.of("--steps", "ten")),
                Arguments.of(List.of("--dataset", "nope"), List.of("--dataset", "nope", "xor", "idx:IMAGES,LABELS, cifar:PATH")),
                Arguments.of(List.of("--dataset", "csv:"), List.of("--dataset", "csv:")),
                Arguments.of(List.of("--activation", "swish"), List.of("--activation", "swish", "softplus, gelu")),
                Arguments.of(List.of("--loss", "hinge"), List.of("--loss", "hinge", "logistic, exponential")),
                Arguments.of(List.of("--leak", "1"), List.of("--leak", "1", "0 <= c < 1")),
                Arguments.of(List.of("--leak", "-0.5"), List.of("--leak", "-0.5")),
                Arguments.of(List.of("--huber-h", "0"), List.of("--huber-h", "0")),
                Arguments.of(List.of("--init-scale", "-1"), List.of("--init-scale", "-1")),
                Arguments.of(List.of("--output-scale", "0"), List.of("--output-scale")),
                Arguments.of(List.of("--every", "0"), List.of("--every", "0")),
                Arguments.of(List.of("--sharpness-every", "-1"), List.of("--sharpness-every")),
                Arguments.of(List.of("--test-n", "-1"), List.of("--test-n")),
                Arguments.of(List.of("--etaa", "3"), List.of("--etaa", "did you mean --eta")),
                Arguments.of(List.of("--seed"), List.of("--seed")),
                Arguments.of(List.of("--steps", "1e20"), List.of("--steps", "'1e20'", "up to 9223372036854775807")),
                Arguments.of(List.of("--n", "100"), List.of("--n", "'xor'", "does not use it", "none")),
                Arguments.of(List.of("--dataset", "gaussian", "--classes", "3,5"),
                        List.of("--classes", "'gaussian'", "--n, --noise, --test-n")),
                Arguments.of(List.of("--dataset", "lower-bound", "--test-n", "4"), List.of("--test-n", "--margin")),
                // core names the key ("n = 1"); the command line words it as the flag
                Arguments.of(List.of("--dataset", "gaussian", "--n", "1"),
                        List.of("--n 1 is too small for gaussian", "at least 2")),
                Arguments.of(List.of("--dataset", "moons", "--noise", "101"), List.of("--noise", "101", "from 0 to 100")),
                Arguments.of(List.of("--model", "mlp", "--depth", "3", "--widths", "4"),
                        List.of("--depth 3: that many trained layers need 2 hidden widths, but --widths lists 1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOptions")
    void badOptionIsOneLineAndExitTwo(List<String> bad, List<String> mentions) throws IOException {
        Path out = Files.createTempDirectory(shared, "case").resolve("out");
        List<String> args = new ArrayList<>(List.of("run", "--steps", "5", "--out", out.toString()));
        args.addAll(bad);
        assertRejected(args, mentions, out);
    }

    @Test
    void missingOutIsNamed() {
        CliRunner.Result r = cli("run", "--steps", "5");
        assertEquals(2, r.code(), r.toString());
        assertOneLine(r.err(), List.of("--out"));
    }

    @Test
    void badPresetsNameTheFileAndField(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Path malformed = Files.writeString(dir.resolve("malformed.json"), "{\n  \"eta\": 10,\n  \"width\": \n}");
        assertRejected(run(malformed, out), List.of("malformed.json", "line 4, column"), out);
        Path wrongType = Files.writeString(dir.resolve("type.json"), "{\"eta\": \"large\"}");
        assertRejected(run(wrongType, out), List.of("type.json", "\"eta\"", "must be a number", "large"), out);
        Path unknown = Files.writeString(dir.resolve("unknown.json"), "{\"widht\": 3}");
        assertRejected(run(unknown, out), List.of("unknown.json", "\"widht\"", "did you mean \"width\""), out);
        Path range = Files.writeString(dir.resolve("range.json"), "{\"steps\": -1}");
        assertRejected(run(range, out), List.of("range.json", "\"steps\"", "-1"), out);
        assertRejected(run(dir.resolve("missing.json"), out), List.of("missing.json", "no such file"), out);
        assertRejected(run(dir, out), List.of(dir.toString(), "cannot read"), out);
    }

    @Test
    void unusableOutputDirectoriesAreNamed(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertRejected(List.of("run", "--steps", "5", "--out", file.toString()),
                List.of("--out", "a-file", "not a directory"), file);
        assertTrue(Files.isRegularFile(file), "the file is left alone");
        Path under = file.resolve("sub/out");
        assertRejected(List.of("run", "--steps", "5", "--out", under.toString()), List.of("--out", "a-file"), under);
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(List.of(file), s.toList(), "nothing else was created");
        }
    }

    @Test
    void unknownSubcommandAndHelpAndVersion() {
        CliRunner.Result r = cli("rnu");
        assertEquals(2, r.code());
        assertOneLine(r.err(), List.of("rnu"));
        CliRunner.Result none = cli();
        assertEquals(2, none.code());
        assertOneLine(none.err(), List.of("sub-command", "run"));
        CliRunner.Result help = cli("run", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--eta") && help.out().contains("--out=DIR"), help.out());
        CliRunner.Result version = cli("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("stepsize-lab "), version.out());
    }

    private static List<String> run(Path preset, Path out) {
        return List.of("run", "--preset", preset.toString(), "--out", out.toString());
    }

    private static void assertRejected(List<String> args, List<String> mentions, Path out) {
        Path parent = out.toAbsolutePath().getParent();
        List<String> before = listing(parent);
        CliRunner.Result r = cli(args.toArray(String[]::new));
        assertEquals(2, r.code(), r.toString());
        assertOneLine(r.err(), mentions);
        assertEquals("", r.out(), "nothing on stdout");
        assertFalse(Files.isDirectory(out), "no output directory left behind");
        assertEquals(before, listing(parent), "no temporary directory left behind");
    }

    private static void assertOneLine(String err, List<String> mentions) {
        String line = err.strip();
        assertFalse(line.isEmpty(), "an error message");
        assertFalse(line.contains("\n"), "one line: " + err);
        assertFalse(line.contains("Exception") || line.contains("\tat "), "no stack trace: " + err);
        for (String m : mentions) {
            assertTrue(line.contains(m), "'" + m + "' in: " + line);
        }
    }

    private static List<String> listing(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
