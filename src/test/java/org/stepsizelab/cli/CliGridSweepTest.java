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
import org.stepsizelab.core.Num;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunOutcome;
import org.stepsizelab.core.Runs;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.kernel.Kernels;

/** sweep --grid: one exact row per run in a stable order, the cell summary, heat maps, and bad axes named. */
class CliGridSweepTest {
    @TempDir
    Path dir;

    private static RunOutcome solo(RunConfig c) {
        var train = Datasets.load(c).train();
        return Runs.drive(new Trainer(c, train, null, Kernels.best(train.n(), train.d(), c.width())), r -> { }, () -> false);
    }

    @Test
    void aGridWritesOneExactRowPerRunWithEveryVariedKeyAndTheCellSummary() throws IOException {
        Path out = dir.resolve("g");
        CliRunner.Result r = cli("sweep", "--grid", "eta=10,1e4", "--grid", "activation=softplus,gelu", "--seeds", "0..1",
                "--steps", "300", "--out", out.toString(), "--png", dir.resolve("heat.png").toString(),
                "--png-size", "640x480");
        assertEquals(0, r.code(), r.toString());
        List<String> csv = Files.readAllLines(out.resolve("sweep.csv"));
        assertEquals("run,cell,eta,activation,seed,final_loss,eos_end_step,theory_stable_step,final_norm,final_margin,"
                + "test_accuracy,diverged,seconds", csv.get(0));
        assertEquals(9, csv.size());
        RunConfig base = RunConfig.defaults().withSteps(300);
        int run = 0;
        for (double eta : new double[] {10, 1e4}) {
            for (String act : new String[] {"softplus", "gelu"}) {
                for (long seed = 0; seed <= 1; seed++, run++) {
                    String[] f = csv.get(run + 1).split(",", -1);
                    assertEquals(List.of(Integer.toString(run), Integer.toString(run / 2), Num.exact(eta), act,
                            Long.toString(seed)), List.of(f).subList(0, 5));
                    RunConfig c = new RunConfig(base.dataset(), act, base.leak(), base.huberH(), base.width(), eta,
                            base.steps(), seed, base.initScale(), base.loss(), base.outputScale(), null, null, null, null,
                            null, 0, true, null, 1, 0);
                    RunOutcome o = solo(c);
                    assertEquals(o.finalLoss(), Double.parseDouble(f[5]), 0.0, "run " + run + " is the run alone");
                    assertEquals(Long.toString(o.eosEndStep()), f[6]);
                    assertEquals("", f[10], "no test split: empty test accuracy");
                }
            }
        }
        List<String> cells = Files.readAllLines(out.resolve("sweep-cells.csv"));
        assertEquals(5, cells.size());
        assertTrue(cells.get(0).startsWith("cell,eta,activation,runs,finished,diverged,eos_end_step_median"), cells.get(0));
        for (String m : List.of("eos-end-step", "final-loss", "final-margin")) {
            assertTrue(Files.size(dir.resolve("heat-" + m + ".png")) > 1000, m);
        }
        assertFalse(Files.exists(dir.resolve("heat-test-accuracy.png")), "no test split, no accuracy map");
        assertTrue(r.err().contains("[8/8]") && r.err().contains("eta=") && r.err().contains("seed="), r.err());
    }

    @Test
    void badAxesGetOneLineNamingTheKeyAndWhatIsAllowed() {
        CliRunner.Result r = cli("sweep", "--grid", "widht=5,10", "--out", dir.resolve("x").toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("unknown run key 'widht'") && r.err().contains("did you mean \"width\""), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        r = cli("sweep", "--grid", "leak=0.2,1", "--out", dir.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--grid leak") && r.err().contains("0 <= c < 1"), r.err());
        r = cli("sweep", "--grid", "eta=1,2", "--etas", "1", "--out", dir.resolve("x").toString());
        assertEquals(2, r.code());
        r = cli("sweep", "--etas", "1,2", "--seeds", "0..2", "--out", dir.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--seeds needs --grid"), r.err());
        assertFalse(Files.exists(dir.resolve("x")), "nothing written on bad input");
    }

    @Test
    void anEtaSweepOnXorPrintsNoTheoremLineAndNeverCallsASlopeTheta() {
        CliRunner.Result r = cli("sweep", "--etas", "100,1e3,1e4", "--steps", "300", "--out", dir.resolve("e").toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("measured slope of log s* vs log eta"), r.out());
        assertTrue(r.out().contains("no Theorem 4.1 line: it does not apply here (data linearly separable"), r.out());
        assertFalse(r.out().contains("Theta(eta)"), r.out());
    }

    @Test
    void onSeparableDataTheTheoremLineIsTheUpperBoundNotASlope() {
        CliRunner.Result r = cli("sweep", "--dataset", "separable", "--etas", "100,1e3,1e4", "--steps", "300", "--out",
                dir.resolve("s").toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("Theorem 4.1 bounds s* <= tau"), r.out());
        assertTrue(r.out().contains("an upper bound, not a slope") || r.out().contains("no run had s* > 0"), r.out());
    }
}
