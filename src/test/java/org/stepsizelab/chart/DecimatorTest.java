package org.stepsizelab.chart;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.stepsizelab.core.HistoryTable;
import org.stepsizelab.core.Metric;
import org.stepsizelab.core.RunHistory;
import org.stepsizelab.core.StepRecord;

class DecimatorTest {

    private static HistoryTable table(long steps, java.util.function.LongToDoubleFunction loss) {
        RunHistory h = new RunHistory(1 << 14);
        for (long t = 0; t < steps; t++) {
            h.append(new StepRecord(t, loss.applyAsDouble(t), 1, 0, 1, Double.NaN, Double.NaN, Double.NaN, 1));
        }
        return h.snapshot();
    }

    /** The drawn polyline's value at x (linear interpolation in the axes' scales). */
    private static double drawnAt(Decimator.Points p, double x, boolean logX, boolean logY) {
        for (int i = 1; i < p.size(); i++) {
            if (p.x()[i] >= x) {
                double u0 = logX ? Math.log10(p.x()[i - 1]) : p.x()[i - 1];
                double u1 = logX ? Math.log10(p.x()[i]) : p.x()[i];
                double v0 = logY ? Math.log10(p.y()[i - 1]) : p.y()[i - 1];
                double v1 = logY ? Math.log10(p.y()[i]) : p.y()[i];
                double u = logX ? Math.log10(x) : x;
                return u1 == u0 ? v1 : v0 + (v1 - v0) * (u - u0) / (u1 - u0);
            }
        }
        return Double.NaN;
    }

    @Test
    void aSmoothCurveNeedsFewPointsAndStaysWithinAPixel() {
        HistoryTable t = table(100_000, s -> 1.0 / (1 + s));
        Decimator.Points p = Decimator.decimate(t, Metric.LOSS, null, true, 1, 99_999, 1000, true);
        assertTrue(p.size() < 100, "a straight line on log-log axes: " + p.size() + " points");
        double range = Math.log10(1.0) - Math.log10(1.0 / 100_000);
        for (long s = 1; s < 99_000; s += 37) {
            double drawn = drawnAt(p, s, true, true);
            assertEquals(Math.log10(1.0 / (1 + s)), drawn, 2 * Decimator.TOLERANCE * range, "at step " + s);
        }
    }

    @Test
    void everySpikeReachesItsFullHeightAtAnyResolution() {
        HistoryTable t = table(200_000, s -> s % 9_973 == 17 ? 50.0 : 1e-3 * (1 + Math.sin(s * 1e-3)));
        for (int columns : new int[] {50, 300, 2000}) {
            Decimator.Points p = Decimator.decimate(t, Metric.LOSS, null, false, 0, 199_999, columns, false);
            assertTrue(p.size() <= 2 * columns + 4, "at most two points per column: " + p.size());
            int spikes = 0;
            for (int i = 0; i < p.size(); i++) {
                if (p.y()[i] == 50.0) {
                    spikes++;
                }
            }
            int expected = 0;
            for (long s = 0; s < 200_000; s++) {
                if (s % 9_973 == 17) {
                    expected++;
                }
            }
            assertTrue(spikes >= Math.min(expected, columns / 2), columns + " columns: " + spikes + " of " + expected);
        }
    }

    @Test
    void aWindowShowsOnlyItsStepsPlusOneEachSide() {
        HistoryTable t = table(10_000, s -> s);
        Decimator.Points p = Decimator.decimate(t, Metric.LOSS, null, false, 2_000, 3_000, 500, false);
        assertTrue(p.x()[0] >= 1_998 && p.x()[0] <= 2_000, "starts at the window: " + p.x()[0]);
        assertTrue(p.x()[p.size() - 1] <= 3_002 && p.x()[p.size() - 1] >= 3_000);
    }

    @Test
    void sparseMetricsAndNonPositiveValuesOnALogAxisAreSkipped() {
        RunHistory h = new RunHistory(1024);
        for (long s = 0; s < 100; s++) {
            double sharp = s % 10 == 0 ? 1.0 + s : Double.NaN;
            h.append(new StepRecord(s, s == 50 ? 0.0 : 1, 1, 0, 1, sharp, Double.NaN, Double.NaN, 1));
        }
        HistoryTable t = h.snapshot();
        Decimator.Points sharp = Decimator.decimate(t, Metric.SHARPNESS, null, true, 0, 99, 1000, false);
        for (int i = 0; i < sharp.size(); i++) {
            assertTrue(Double.isFinite(sharp.y()[i]));
        }
        Decimator.Points loss = Decimator.decimate(t, Metric.LOSS, null, true, 0, 99, 1000, false);
        for (int i = 0; i < loss.size(); i++) {
            assertTrue(loss.y()[i] > 0);
        }
        Decimator.Points twoOverEta = Decimator.decimate(t, Metric.ETA, v -> 2 / v, true, 0, 99, 1000, false);
        assertEquals(2.0, twoOverEta.y()[0]);
    }
}
