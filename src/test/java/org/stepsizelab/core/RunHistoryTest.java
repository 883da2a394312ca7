package org.stepsizelab.core;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RunHistoryTest {

    private static StepRecord rec(long step, double loss) {
        return new StepRecord(step, loss, 1 + step * 1e-3, 0.01, 1.0, Double.NaN, Double.NaN, Double.NaN, 10.0);
    }

    /** A smooth decreasing loss with rare one-step spikes at steps divisible by 997. */
    private static double lossAt(long t) {
        return t % 997 == 500 ? 1e3 + t : 1.0 / (1 + t);
    }

    @Test
    void belowTheLimitEveryRecordIsExact() {
        RunHistory h = new RunHistory(1024);
        List<StepRecord> all = new ArrayList<>();
        for (long t = 0; t < 1000; t++) {
            all.add(rec(t, lossAt(t)));
        }
        h.appendAll(all, null);
        HistoryTable s = h.snapshot();
        assertEquals(1000, s.size());
        assertTrue(s.exact());
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, s.firstStep(i));
            assertEquals(lossAt(i), s.value(Metric.LOSS, i));
            assertEquals(all.get(i).paramNorm(), s.min(Metric.NORM, i));
            assertTrue(Double.isNaN(s.value(Metric.SHARPNESS, i)));
        }
        assertEquals(1, h.bucketWidth());
    }

    @Test
    void aboveTheLimitTheEnvelopeKeepsEverySpikeAndEveryMinimum() {
        RunHistory h = new RunHistory(256);
        long steps = 100_000;
        for (long t = 0; t < steps; t++) {
            h.append(rec(t, lossAt(t)));
        }
        HistoryTable s = h.snapshot();
        assertTrue(s.size() <= 256 && s.size() >= 128, "size " + s.size());
        assertFalse(s.exact());
        assertEquals(32, h.exactHead());
        for (int i = 0; i < h.exactHead(); i++) {
            assertEquals(i, s.firstStep(i), "the head (the EoS phase) stays exact");
            assertEquals(i, s.lastStep(i));
            assertEquals(lossAt(i), s.value(Metric.LOSS, i));
        }
        assertEquals(steps - 1, s.lastStep(s.size() - 1));
        for (int i = 0; i < s.size(); i++) {
            double max = Double.NEGATIVE_INFINITY, min = Double.POSITIVE_INFINITY;
            for (long t = s.firstStep(i); t <= s.lastStep(i); t++) {
                max = Math.max(max, lossAt(t));
                min = Math.min(min, lossAt(t));
            }
            assertEquals(max, s.max(Metric.LOSS, i), "bucket " + i);
            assertEquals(min, s.min(Metric.LOSS, i), "bucket " + i);
            if (i > 0) {
                assertEquals(s.lastStep(i - 1) + 1, s.firstStep(i), "buckets tile the steps");
            }
        }
    }

    @Test
    void memoryStaysBoundedForTenMillionSteps() {
        RunHistory h = new RunHistory(1024);
        List<StepRecord> batch = new ArrayList<>(1000);
        for (long t = 0; t < 10_000_000L; t++) {
            batch.add(rec(t, lossAt(t)));
            if (batch.size() == 1000) {
                h.appendAll(batch, null);
                batch.clear();
            }
        }
        assertEquals(10_000_000L, h.records());
        HistoryTable s = h.snapshot();
        assertTrue(s.size() <= 1024);
        assertEquals(9_999_999L, s.lastStep(s.size() - 1));
        // the single largest spike of the run survives
        double largest = 0;
        for (long t = 0; t < 10_000_000L; t++) {
            if (t % 997 == 500) {
                largest = lossAt(t);
            }
        }
        double seen = 0;
        for (int i = 0; i < s.size(); i++) {
            seen = Math.max(seen, s.max(Metric.LOSS, i));
        }
        assertEquals(largest, seen);
    }

    @Test
    void deltasRebuildAfterCompactionAndOtherwiseCarryOnlyNewRows() {
        RunHistory h = new RunHistory(8);
        HistoryTable mirror = new HistoryTable();
        RunHistory.Cursor c = RunHistory.Cursor.START;
        for (long t = 0; t < 5; t++) {
            h.append(rec(t, t));
        }
        RunHistory.Delta d = h.changesSince(c);
        assertTrue(d.rebuild());
        d.applyTo(mirror);
        c = d.next();
        assertTrue(h.changesSince(c).isEmpty(), "nothing new");
        h.append(rec(5, 5));
        d = h.changesSince(c);
        assertFalse(d.rebuild());
        assertEquals(5, d.from());
        assertEquals(1, d.rows().size());
        d.applyTo(mirror);
        c = d.next();
        for (long t = 6; t < 40; t++) {
            h.append(rec(t, t));
            d = h.changesSince(c);
            d.applyTo(mirror);
            c = d.next();
            assertSameTable(h.snapshot(), mirror);
        }
    }

    @Test
    void etaChangesAreRecordedWhereTheyHappen() {
        RunHistory h = new RunHistory(16);
        for (long t = 0; t < 100; t++) {
            double eta = t < 40 ? 10 : t < 70 ? 100 : 1;
            h.append(new StepRecord(t, 1, 1, 0, 1, Double.NaN, Double.NaN, Double.NaN, eta));
        }
        assertEquals(List.of(new EtaChange(40, 100), new EtaChange(70, 1)), h.etaChanges());
    }

    @Test
    void aReaderOnAnotherThreadAlwaysSeesAConsistentPrefix() throws Exception {
        RunHistory h = new RunHistory(512);
        long steps = 300_000;
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            List<StepRecord> batch = new ArrayList<>();
            for (long t = 0; t < steps; t++) {
                batch.add(rec(t, lossAt(t)));
                if (batch.size() == 64 || t == steps - 1) {
                    h.appendAll(batch, null);
                    batch.clear();
                }
            }
        });
        writer.start();
        HistoryTable mirror = new HistoryTable();
        RunHistory.Cursor c = RunHistory.Cursor.START;
        int reads = 0;
        while (writer.isAlive() || reads == 0 || mirror.size() == 0
                || mirror.lastStep(mirror.size() - 1) < steps - 1) {
            RunHistory.Delta d = h.changesSince(c);
            d.applyTo(mirror);
            c = d.next();
            reads++;
            try {
                for (int i = 1; i < mirror.size(); i++) {
                    assertEquals(mirror.lastStep(i - 1) + 1, mirror.firstStep(i));
                }
            } catch (Throwable e) {
                failure.set(e);
                break;
            }
        }
        writer.join();
        assertNull(failure.get());
        assertSameTable(h.snapshot(), mirror);
        assertTrue(reads > 1);
    }

    @Test
    void compactedCopyKeepsTheExtremes() {
        RunHistory h = new RunHistory(4096);
        for (long t = 0; t < 4000; t++) {
            h.append(rec(t, lossAt(t)));
        }
        HistoryTable small = h.snapshot().compactedTo(100);
        assertTrue(small.size() <= 100);
        double max = 0;
        for (int i = 0; i < small.size(); i++) {
            max = Math.max(max, small.max(Metric.LOSS, i));
        }
        assertEquals(1e3 + 3491, max);
    }

    private static void assertSameTable(HistoryTable a, HistoryTable b) {
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.firstStep(i), b.firstStep(i));
            assertEquals(a.lastStep(i), b.lastStep(i));
            for (Metric m : Metric.values()) {
                assertEquals(a.min(m, i), b.min(m, i));
                assertEquals(a.max(m, i), b.max(m, i));
            }
        }
    }
}
