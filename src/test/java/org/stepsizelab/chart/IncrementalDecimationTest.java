package org.stepsizelab.chart;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.HistoryTable;
import org.stepsizelab.core.Metric;
import org.stepsizelab.core.RunHistory;
import org.stepsizelab.core.StepRecord;

/** A streaming series redone incrementally draws exactly what a full decimation draws, for less work. */
class IncrementalDecimationTest {

    /** A loss with a spike every 997 steps and a sparse metric (test accuracy every 50 steps). */
    private static StepRecord record(long t) {
        double loss = 1.0 / (t + 1) + (t % 997 == 0 ? 5 : 0) + 1e-3 * Math.sin(t * 0.37);
        double test = t % 50 == 0 ? 0.5 + 0.4 * Math.sin(t * 1e-3) : Double.NaN;
        return new StepRecord(t, loss, Math.log(t + 2), Math.sin(t * 1e-4), 1, Double.NaN, Double.NaN, test, 1);
    }

    /** Streams batches into a small history (so it compacts often) and compares after each batch. */
    private static void streamAndCompare(boolean logX, Metric metric, boolean autoWindow) {
        RunHistory h = new RunHistory(4096);
        HistoryTable mirror = new HistoryTable();
        RunHistory.Cursor cursor = RunHistory.Cursor.START;
        IncrementalDecimation pass = new IncrementalDecimation(mirror, metric, null, logX);
        long step = 0;
        int batches = 0, incremental = 0;
        while (step < 60_000) {
            long batch = 50 + (batches * 37) % 400;
            for (long k = 0; k < batch; k++, step++) {
                h.append(record(step));
            }
            RunHistory.Delta d = h.changesSince(cursor);
            d.applyTo(mirror);
            cursor = d.next();
            double hi = autoWindow ? mirror.lastStep(mirror.size() - 1) : 40_000;
            int columns = 300;
            Decimator.Grid g = autoWindow ? Decimator.Grid.growing(0, hi, columns, logX)
                    : Decimator.Grid.of(100, hi, columns, logX);
            Decimator.Points got = pass.update(g);
            Decimator.Points full = Decimator.decimate(mirror, metric, null, logX, g);
            String where = "batch " + batches + " step " + step + " log x " + logX + " " + metric;
            assertTrue(step < 1000 || full.size() > 0, where);
            assertEquals(full.size(), got.size(), where);
            assertArrayEquals(Arrays.copyOf(full.x(), full.size()), Arrays.copyOf(got.x(), got.size()), where);
            assertArrayEquals(Arrays.copyOf(full.y(), full.size()), Arrays.copyOf(got.y(), got.size()), where);
            if (pass.lastScanned() < mirror.size() / 4) {
                incremental++;
            }
            batches++;
        }
        assertTrue(incremental > batches * 3 / 4, "most batches rescan a few columns only: "
                + incremental + " of " + batches);
    }

    @Test
    void followingTheWholeRunOnLinearAndLogAxes() {
        for (boolean logX : new boolean[] {false, true}) {
            streamAndCompare(logX, Metric.LOSS, true);
            streamAndCompare(logX, Metric.TEST_ACCURACY, true);
        }
    }

    @Test
    void aFixedWindowWhileTheRunGrowsPastIt() {
        for (boolean logX : new boolean[] {false, true}) {
            streamAndCompare(logX, Metric.LOSS, false);
        }
    }

    @Test
    void theGrowingGridKeepsItsEdgesAndHasOneToTwoColumnsPerPixel() {
        for (boolean logX : new boolean[] {false, true}) {
            Decimator.Grid a = Decimator.Grid.growing(0, 10_000, 800, logX);
            Decimator.Grid b = Decimator.Grid.growing(0, 10_500, 800, logX);
            assertTrue(a.sameEdges(b), "a few more steps keep the column edges, log x " + logX);
            assertTrue(a.columns() >= 800 && a.columns() <= 1600, "columns " + a.columns());
            assertTrue(a.hi() >= 10_000, "the grid covers the run");
            assertFalse(a.sameEdges(Decimator.Grid.growing(0, 10_000_000, 800, logX)), "a run 1000× longer");
        }
    }

    @Test
    void theChangeLogTellsWhichRowsAreUntouched() {
        RunHistory h = new RunHistory(64);
        HistoryTable mirror = new HistoryTable();
        RunHistory.Cursor cursor = RunHistory.Cursor.START;
        for (long t = 0; t < 60; t++) {
            h.append(record(t));
        }
        RunHistory.Delta d = h.changesSince(cursor);
        d.applyTo(mirror);
        cursor = d.next();
        long v = mirror.version();
        assertEquals(60, mirror.unchangedBelow(v));
        for (long t = 60; t < 63; t++) {
            h.append(record(t));
        }
        d = h.changesSince(cursor);
        d.applyTo(mirror);
        cursor = d.next();
        assertEquals(60, mirror.unchangedBelow(v), "appending keeps every earlier row");
        long v2 = mirror.version();
        for (long t = 63; t < 70; t++) {
            h.append(record(t)); // the history fills and merges pairs after its exact head (8 rows)
        }
        d = h.changesSince(cursor);
        d.applyTo(mirror);
        assertEquals(0, mirror.unchangedBelow(v2), "a compaction rebuilds the reader's copy");
        assertEquals(0, mirror.unchangedBelow(v2 - 1000), "a version too old to tell");
    }
}
