package org.stepsizelab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepsizelab.cli.CliRunner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunOutcome;
import org.stepsizelab.core.StepRecord;
import org.stepsizelab.core.config.ConfigKey;
import org.stepsizelab.core.output.NpzFiles;
import org.stepsizelab.core.theory.SweepCsv;
import org.stepsizelab.core.training.Training;

/** The MLP on the command line: weights.npz with W1 … WL, sweeps, and the chart options it needs (Fig. 1). */
class CliMlpTest {
    @TempDir
    Path dir;

    private static final String[] NET = {"--dataset", "gaussian", "--n", "30", "--model", "mlp", "--depth", "3",
            "--width", "4", "--activation", "gelu", "--leak", "0"};

    /** The command, the network's options, then the rest. */
    private static String[] args(String command, String... more) {
        List<String> a = new ArrayList<>(List.of(command));
        a.addAll(List.of(NET));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    private static RunConfig config(double eta, long steps) {
        return RunConfig.defaults().with(ConfigKey.DATASET, "gaussian").with(ConfigKey.N, 30)
                .with(ConfigKey.MODEL, "mlp").with(ConfigKey.DEPTH, 3).with(ConfigKey.WIDTH, 4)
                .with(ConfigKey.ACTIVATION, "gelu").with(ConfigKey.LEAK, 0.0).withEta(eta).withSteps(steps);
    }

    @Test
    void runSavesEveryLayerOfTheMlp() throws Exception {
        Path out = dir.resolve("run");
        CliRunner.Result r = cli(args("run", "--eta", "2", "--steps", "12", "--save-weights-every", "5", "--quiet",
                "--out", out.toString()));
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("gaussian, gelu, mlp L=3 [2-4-4-1], eta=2: "), r.out());
        Map<String, NpzFiles.Array> npz = NpzFiles.read(out.resolve("weights.npz"));
        assertEquals(List.of("steps", "W1", "W2", "W3"), List.copyOf(npz.keySet()));
        assertArrayEquals(new long[] {4}, npz.get("steps").shape()); // steps 0, 5, 10, 12
        assertEquals(12, npz.get("steps").getLong(3));
        assertArrayEquals(new long[] {4, 4, 2}, npz.get("W1").shape());
        assertArrayEquals(new long[] {4, 4, 4}, npz.get("W2").shape());
        assertArrayEquals(new long[] {4, 1, 4}, npz.get("W3").shape());
        // the last snapshot is the trained θ: the same run in memory ends there
        Training t = Training.open(config(2, 12));
        t.run(rec -> { }, () -> false);
        double[] theta = t.trainer().weights();
        assertEquals(theta[theta.length - 1], npz.get("W3").getDouble(3 * 4 + 3));
        assertEquals(theta[0], npz.get("W1").getDouble(3 * 8));
    }

    @Test
    void aSweepOfMlpsGivesTheRunsOwnNumbers() throws Exception {
        Path out = dir.resolve("sweep");
        CliRunner.Result r = cli(args("sweep", "--etas", "0.5,2,8", "--steps", "30", "--out", out.toString()));
        assertEquals(0, r.code(), r.toString());
        List<String> csv = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals(SweepCsv.HEADER, csv.get(0));
        assertEquals(4, csv.size());
        double[] etas = {0.5, 2, 8};
        for (int i = 0; i < 3; i++) {
            String[] f = csv.get(i + 1).split(",", -1);
            List<StepRecord> rows = new ArrayList<>();
            RunOutcome o = Training.open(config(etas[i], 30)).run(rows::add, () -> false);
            assertEquals(etas[i], Double.parseDouble(f[0]));
            assertEquals(o.finalLoss(), Double.parseDouble(f[2]), 0.0, "final loss of run " + i);
            assertEquals(Long.toString(o.eosEndStep()), f[3]);
            assertEquals("", f[4], "no two-layer stable threshold for an MLP");
            StepRecord last = rows.get(rows.size() - 1);
            assertEquals(last.paramNorm(), Double.parseDouble(f[5]), 0.0);
            assertEquals(last.normalizedMargin(), Double.parseDouble(f[6]), 0.0, "margin over ‖w‖^3");
        }
    }

    @Test
    void chartsPicksThePanelsChartsAndNamesTheMarginPower() throws Exception {
        Path out = dir.resolve("fig");
        Path png = dir.resolve("fig.png");
        Path tex = dir.resolve("fig.tex");
        CliRunner.Result r = cli(args("run", "--eta", "2", "--steps", "10", "--test-n", "20", "--quiet",
                "--charts", "loss,margin,test-accuracy", "--png", png.toString(), "--tex", tex.toString(),
                "--out", out.toString()));
        assertEquals(0, r.code(), r.toString());
        assertTrue(Files.size(png) > 1000);
        String t = Files.readString(tex);
        assertEquals(3, t.split("\\\\nextgroupplot", -1).length - 1, "three charts");
        assertTrue(t.contains("ylabel={$\\bar\\gamma(w_t)$, M = 3}"), t);
        assertTrue(t.contains("ylabel={test accuracy}"), t);
        CliRunner.Result bad = cli(args("run", "--steps", "2", "--charts", "loss,margins", "--png", png.toString(),
                "--out", dir.resolve("bad").toString()));
        assertEquals(2, bad.code(), bad.toString());
        assertTrue(bad.err().contains("option --charts: unknown chart 'margins' (allowed: loss, norm, margin, accuracy,"
                + " test-accuracy, sharpness)"), bad.err());
    }
}
