package org.stepsizelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepsizelab.cli.CliRunner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench: what it prints (last line steps_per_second=…), that it writes nothing, and its bad input. */
class CliBenchTest {

    @TempDir
    Path dir;

    @Test
    void printsWorkloadKernelThreadsFormAndStepsPerSecondLast() throws IOException {
        java.util.Set<String> before = listing(Path.of("."));
        CliRunner.Result r = cli("bench", "--dataset", "xor", "--width", "20", "--eta", "1e4", "--steps", "2000");
        assertEquals(0, r.code(), r.toString());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("workload: xor, n=4, d=2, m=20, eta=10000.0, 2000 steps"), r.out());
        assertTrue(r.out().contains("kernel: vector-") || r.out().contains("kernel: portable"), r.out());
        assertTrue(r.out().contains("threads: "), r.out());
        assertTrue(r.out().contains("form: direct"), r.out()); // XOR: n > d, the Gram form does not pay
        String last = lines.get(lines.size() - 1);
        assertTrue(last.matches("steps_per_second=[0-9]+\\.[0-9]"), last);
        assertTrue(Double.parseDouble(last.substring(last.indexOf('=') + 1)) > 0, last);
        // bench writes nothing: the working directory (where a run without --out would write) is unchanged
        assertEquals(before, listing(Path.of(".")), "bench writes no files");
    }

    /** The names and sizes of the files directly in a folder. */
    private static java.util.Set<String> listing(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(p -> {
                try {
                    return p.getFileName() + " " + Files.size(p);
                } catch (IOException e) {
                    return p.getFileName() + " ?";
                }
            }).collect(java.util.stream.Collectors.toSet());
        }
    }

    @Test
    void reportsTheGramFormWhenAskedAndTheSameFinalLossAsDirect() {
        String[] base = {"bench", "--dataset", "gaussian", "--n", "60", "--dim", "200", "--width", "8",
            "--eta", "2", "--steps", "50", "--warmup", "0"};
        CliRunner.Result direct = cli(concat(base, "--form", "direct"));
        CliRunner.Result gram = cli(concat(base, "--form", "gram"));
        assertEquals(0, direct.code(), direct.toString());
        assertEquals(0, gram.code(), gram.toString());
        assertTrue(gram.out().contains("form: gram"), gram.out());
        double a = finalLoss(direct.out()), b = finalLoss(gram.out());
        assertEquals(a, b, 1e-10 * a, direct.out() + gram.out());
    }

    @Test
    void badFormThreadsOrWarmupExitWithTwoAndOneClearLine() {
        CliRunner.Result r = cli("bench", "--form", "fast");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("--form") && r.err().contains("'fast'") && r.err().contains("auto, direct, gram"),
                r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        r = cli("bench", "--threads", "0");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("--threads") && r.err().contains("from 1 to"), r.err());
        r = cli("bench", "--warmup", "-3");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("--warmup"), r.err());
        assertEquals("", r.out());
    }

    private static double finalLoss(String out) {
        String line = out.lines().filter(l -> l.contains("final loss")).findFirst().orElseThrow();
        return Double.parseDouble(line.substring(line.indexOf("final loss ") + 11).split("[ ,]")[0]);
    }

    private static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
