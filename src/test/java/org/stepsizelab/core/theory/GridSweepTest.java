package org.stepsizelab.core.theory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.InputException;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.config.ConfigKey;

/** Grid axes parsed by the keys' own rules, the stable run order, cell statistics, and sweep.csv rows read back. */
class GridSweepTest {

    @Test
    void axesParseListsAndLogRangesInTheKeysOwnTypes() {
        GridAxis eta = GridAxis.parse("eta=1:1e4:5", "--grid");
        assertEquals(List.of(1.0, 10.0, 100.0, 1000.0, 1e4), eta.values().stream()
                .map(v -> Math.rint((Double) v * 1e9) / 1e9).toList());
        assertEquals(GridAxis.Spacing.LOG, eta.spacing());
        GridAxis width = GridAxis.parse("width=5,10,20,40", "--grid");
        assertEquals(List.of(5, 10, 20, 40), width.values(), "INT keys give Integers");
        assertEquals(GridAxis.Spacing.LOG, width.spacing(), "equal ratios read as log-spaced");
        assertEquals(List.of(5, 10, 20, 40), GridAxis.parse("width=5:40:4", "--grid").values());
        GridAxis act = GridAxis.parse("activation=softplus,gelu", "--grid");
        assertEquals(GridAxis.Spacing.CATEGORIES, act.spacing());
        assertEquals(GridAxis.Spacing.LINEAR, GridAxis.parse("leak=0.1,0.2,0.3", "--grid").spacing());
        assertEquals(List.of(20L, 40L), GridAxis.parse("steps=20,40", "--grid").values(), "LONG keys give Longs");
    }

    @Test
    void badKeysAndValuesAreNamedWithWhatIsAllowed() {
        String m = assertThrows(InputException.class, () -> GridAxis.parse("etta=1,2", "--grid")).getMessage();
        assertTrue(m.contains("unknown run key 'etta'") && m.contains("did you mean \"eta\""), m);
        m = assertThrows(InputException.class, () -> GridAxis.parse("width=0,5", "--grid")).getMessage();
        assertTrue(m.startsWith("--grid width") && m.contains("allowed: an integer >= 1"), m);
        m = assertThrows(InputException.class, () -> GridAxis.parse("leak=0.5,1.5", "--grid")).getMessage();
        assertTrue(m.contains("1.5") && m.contains("0 <= c < 1"), m);
        m = assertThrows(InputException.class, () -> GridAxis.parse("activation=softplus,swish", "--grid")).getMessage();
        assertTrue(m.contains("unknown activation 'swish'") && m.contains("gelu"), m);
        m = assertThrows(InputException.class, () -> GridAxis.parse("width=5.5", "--grid")).getMessage();
        assertTrue(m.contains("not an integer"), m);
        m = assertThrows(InputException.class, () -> GridAxis.parse("width=1:3:5", "--grid")).getMessage();
        assertTrue(m.contains("rounding to integers repeats"), m);
        assertThrows(InputException.class, () -> GridAxis.parse("eta", "--grid"));
        assertThrows(InputException.class, () -> GridAxis.parse("eta=0:10:3", "--grid"));
    }

    @Test
    void runsAreNumberedFirstAxisSlowestSeedFastest() {
        RunConfig base = RunConfig.defaults().withSteps(50);
        GridSweep g = new GridSweep(base, List.of(GridAxis.parse("eta=1,100", "--grid"),
                GridAxis.parse("width=5,10,20", "--grid")), GridSweep.parseSeeds("3..4"));
        assertEquals(6, g.cells());
        assertEquals(12, g.runs());
        assertEquals(List.of("eta", "width", "seed"), g.keyColumns());
        assertEquals(List.of("100.0", "10", "4"), g.keyValues(9));
        assertArrayEquals(new int[] {1, 1}, g.coordinates(g.cellOf(9)));
        RunConfig c = g.config(9);
        assertEquals(base.withEta(100).with(ConfigKey.WIDTH, 10).with(ConfigKey.SEED, 4), c);
        assertEquals(4, g.cellAt(new int[] {1, 1}));
        assertEquals(List.of(1L, 7L, 42L), GridSweep.parseSeeds("1,7,42"));
        assertThrows(InputException.class, () -> GridSweep.parseSeeds("4..1"));
        assertThrows(InputException.class, () -> new GridSweep(base, List.of(GridAxis.parse("seed=1,2", "--grid")),
                List.of(0L, 1L)));
        assertThrows(InputException.class, () -> new GridSweep(base, List.of(GridAxis.parse("eta=1,2", "--grid"),
                GridAxis.parse("eta=3", "--grid")), List.of()));
    }

    private static SweepResult r(double loss, long sStar, boolean diverged) {
        return new SweepResult(1, 50, loss, sStar, null, 2, 0.1, diverged, 0.5, false, 0.75);
    }

    @Test
    void cellsReportTheMedianAndSpreadOverSeedsLeavingDivergedRunsOut() {
        GridSweep g = new GridSweep(RunConfig.defaults(), List.of(GridAxis.parse("width=5,10", "--grid")),
                GridSweep.parseSeeds("0..2"));
        List<SweepResult> byRun = java.util.Arrays.asList(r(0.1, 4, false), r(0.3, 8, false), r(0.2, 6, false),
                r(0.5, 1, false), r(Double.NaN, 0, true), null);
        List<GridCells.Cell> cells = GridCells.of(g, byRun);
        GridCells.Stat loss = cells.get(0).stat(GridMetric.FINAL_LOSS);
        assertEquals(0.2, loss.median());
        assertEquals(0.1, loss.min());
        assertEquals(0.3, loss.max());
        assertEquals(6.0, cells.get(0).stat(GridMetric.EOS_END).median());
        assertEquals(2, cells.get(1).finished());
        assertEquals(1, cells.get(1).diverged());
        assertEquals(0.5, cells.get(1).stat(GridMetric.FINAL_LOSS).median(), "one usable run left");
        String csv = GridCells.format(g, cells);
        assertTrue(csv.startsWith("cell,width,runs,finished,diverged,eos_end_step_median,"), csv);
        assertTrue(csv.contains("\n1,10,3,2,1,1.0,1.0,1.0,0.5,0.5,0.5,"), csv);
    }

    @Test
    void rowsReadBackExactlyAndForeignRowsAreRefused() {
        GridSweep g = new GridSweep(RunConfig.defaults(), List.of(GridAxis.parse("classes=0,1;3,8", "--grid")), List.of());
        assertEquals(List.of("0,1", "3,8"), g.axes().get(0).values(), "a key whose values hold commas splits at ';'");
        SweepResult r = new SweepResult(1e4, 10000, 1.2345678901234567e-5, 9, 66L, 878.4, 0.0123, false, 0.25, false,
                Double.NaN);
        String row = GridCsv.row(g, 1, r);
        assertTrue(row.startsWith("1,1,\"3,8\",0,"), row);
        GridCsv.Row back = GridCsv.parse(g, row);
        assertEquals(1, back.run());
        assertEquals(r.finalLoss(), back.result().finalLoss(), 0.0);
        assertEquals(66L, back.result().theoryStableStep());
        assertTrue(Double.isNaN(back.result().testAccuracy()));
        assertEquals(row, GridCsv.row(g, 1, back.result()));
        assertThrows(IllegalArgumentException.class, () -> GridCsv.parse(g, "1,1,\"0,1\",0,1,2"));
        assertThrows(IllegalArgumentException.class, () -> GridCsv.parse(g, row.replace("\"3,8\"", "\"0,1\"")));
    }
}
