package org.stepsizelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepsizelab.cli.CliRunner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunOutcome;
import org.stepsizelab.core.Runs;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.kernel.Kernels;
import org.stepsizelab.core.theory.SweepCsv;

/** The sweep command: sweep.csv's rows and order, the three ways to list runs, kept runs, bad input. */
class CliSweepTest {

    @TempDir
    Path dir;

    private static RunOutcome solo(double eta, long steps) {
        RunConfig c = RunConfig.defaults().withEta(eta).withSteps(steps);
        var train = Datasets.load(c).train(); // the kernel `run` uses: bit-identical whatever its thread count
        return Runs.drive(new Trainer(c, train, null, Kernels.best(train.n(), train.d(), c.width())), r -> { }, () -> false);
    }

    private static String[] row(List<String> csv, int i) {
        return csv.get(i + 1).split(",", -1);
    }

    @Test
    void etasGiveOneExactRowPerRunInTheOrderAsked() throws IOException {
        Path out = dir.resolve("eta");
        CliRunner.Result r = cli("sweep", "--etas", "1e4,1,300", "--steps", "400", "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        List<String> csv = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals(SweepCsv.HEADER, csv.get(0));
        assertEquals(4, csv.size());
        double[] etas = {1e4, 1, 300};
        for (int i = 0; i < 3; i++) {
            String[] f = row(csv, i);
            RunOutcome o = solo(etas[i], 400);
            assertEquals(etas[i], Double.parseDouble(f[0]));
            assertEquals("400", f[1]);
            assertEquals(o.finalLoss(), Double.parseDouble(f[2]), 0.0, "final loss of run " + i);
            assertEquals(Long.toString(o.eosEndStep()), f[3]);
            assertEquals(o.theoryStableStep() == null ? "" : o.theoryStableStep().toString(), f[4]);
            assertEquals("false", f[7]);
        }
        assertTrue(r.err().contains("[1/3]") && r.err().contains("[3/3]"), r.err());
        assertTrue(r.out().contains("slope of log s* vs log eta"), r.out());
        assertTrue(r.err().startsWith("sweep: 3 runs on "), r.err());
    }

    @Test
    void oneRunIsOneRun() {
        CliRunner.Result r = cli("sweep", "--etas", "1", "--steps", "5", "--out", dir.resolve("one").toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().startsWith("sweep: 1 run on 1 thread\n"), r.err());
        assertTrue(r.out().startsWith("1 run -> "), r.out());
    }

    @Test
    void aDataSetOptionTheSetDoesNotReadIsRefusedBeforeAnyRun() {
        Path out = dir.resolve("unread");
        CliRunner.Result r = cli("sweep", "--etas", "1,10", "--steps", "5", "--dataset", "moons", "--dim", "5",
                "--out", out.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("option --dim: the data set 'moons' does not use it"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void etaRangeIsLogSpaced() throws IOException {
        Path out = dir.resolve("range");
        assertEquals(0, cli("sweep", "--eta-range", "1:100:3", "--steps", "50", "--out", out.toString()).code());
        List<String> csv = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals(1.0, Double.parseDouble(row(csv, 0)[0]));
        assertEquals(10.0, Double.parseDouble(row(csv, 1)[0]), 1e-12);
        assertEquals(100.0, Double.parseDouble(row(csv, 2)[0]));
    }

    @Test
    void stepsListWithEtaPerStepUsesEtaEqualsKT() throws IOException {
        Path out = dir.resolve("t");
        CliRunner.Result r = cli("sweep", "--steps-list", "100,200", "--eta-per-step", "0.5", "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        List<String> csv = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals("50.0", row(csv, 0)[0]);
        assertEquals("100", row(csv, 0)[1]);
        assertEquals("100.0", row(csv, 1)[0]);
        assertEquals("200", row(csv, 1)[1]);
        assertTrue(r.out().contains("slope of log final loss vs log T"), r.out());

        Path fixed = dir.resolve("fixed");
        assertEquals(0, cli("sweep", "--steps-list", "100,200", "--eta", "3", "--out", fixed.toString()).code());
        assertEquals("3.0", row(Files.readAllLines(fixed.resolve("sweep.csv")), 1)[0]);
    }

    @Test
    void keepRunsWritesEachRunLikeRunWithSharpness() throws IOException {
        Path out = dir.resolve("kept");
        CliRunner.Result r = cli("sweep", "--etas", "10,1e4", "--steps", "60", "--sharpness-every", "20",
                "--keep-runs", "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        List<String> csv = Files.readAllLines(out.resolve("sweep.csv"));
        try (var s = Files.list(out.resolve("runs"))) {
            List<String> names = s.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("0-eta10-T60", "1-eta1e4-T60"), names);
        }
        for (int i = 0; i < 2; i++) {
            Path run = out.resolve("runs").resolve(i == 0 ? "0-eta10-T60" : "1-eta1e4-T60");
            assertTrue(Files.exists(run.resolve("summary.json")));
            List<String> metrics = Files.readAllLines(run.resolve("metrics.csv"));
            assertEquals(62, metrics.size());
            String[] last = metrics.get(61).split(",", -1);
            assertEquals(Double.parseDouble(row(csv, i)[2]), Double.parseDouble(last[1]), 0.0);
            // sharpness (column 6) at steps 0, 20, 40 and the last step 60, empty elsewhere
            for (int step = 0; step <= 60; step++) {
                String sharp = metrics.get(step + 1).split(",", -1)[5];
                assertEquals(step % 20 == 0, !sharp.isEmpty(), "step " + step + ": '" + sharp + "'");
            }
        }
    }

    @Test
    void badInputIsOneLineAndExitCodeTwoWithNoOutput() {
        Path out = dir.resolve("bad");
        String[][] cases = {
            {"sweep", "--steps", "10", "--out", out.toString()},
            {"sweep", "--etas", "1,-3", "--out", out.toString()},
            {"sweep", "--etas", "1,abc", "--out", out.toString()},
            {"sweep", "--eta-range", "1:10", "--out", out.toString()},
            {"sweep", "--eta-range", "10:1:3", "--out", out.toString()},
            {"sweep", "--etas", "1", "--eta-per-step", "2", "--out", out.toString()},
            {"sweep", "--etas", "1", "--steps-list", "10", "--out", out.toString()},
            {"sweep", "--steps-list", "10,0", "--out", out.toString()},
            {"sweep", "--etas", "1", "--threads", "0", "--out", out.toString()},
        };
        String[] expect = {"exactly one of", "'-3'", "'abc'", "MIN:MAX:COUNT", "MAX must be", "--eta-per-step needs",
            "exactly one of", "'0'", "--threads"};
        for (int i = 0; i < cases.length; i++) {
            CliRunner.Result r = cli(cases[i]);
            assertEquals(2, r.code(), r.toString());
            assertTrue(r.err().startsWith("stepsize-lab sweep: ") && r.err().contains(expect[i]), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertFalse(Files.exists(out), "no output on bad input");
        }
    }
}
