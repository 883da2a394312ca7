package org.stepsizelab.core.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogLogFitTest {

    @Test
    void recoversAnExactPowerLaw() {
        double[] x = {1, 10, 100, 1000};
        double[] y = new double[4];
        for (int i = 0; i < 4; i++) {
            y[i] = 3.0 * Math.pow(x[i], -2.0);
        }
        LogLogFit f = LogLogFit.of(x, y);
        assertEquals(-2.0, f.slope(), 1e-12);
        assertEquals(Math.log(3.0), f.intercept(), 1e-12);
        assertEquals(1.0, f.r2(), 1e-12);
        assertEquals(3.0 * Math.pow(50, -2), f.at(50), 1e-15);
    }

    @Test
    void skipsPointsALogLogLineCannotHold() {
        double[] x = {0, 1, 2, 4, 8};
        double[] y = {5, 0, 2, 4, 8};
        LogLogFit f = LogLogFit.of(x, y);
        assertEquals(3, f.points());
        assertEquals(1.0, f.slope(), 1e-12);
    }

    @Test
    void noisyDataGiveTheLeastSquaresSlope() {
        // log y = 1 + 0.5·log x ± 0.1 alternating: the least-squares slope over symmetric noise stays 0.5
        double[] x = {1, Math.E, Math.exp(2), Math.exp(3)};
        double[] y = {Math.exp(1.1), Math.exp(1.5 - 0.1), Math.exp(2.0 - 0.1), Math.exp(2.5 + 0.1)};
        LogLogFit f = LogLogFit.of(x, y);
        assertEquals(0.5, f.slope(), 1e-12);
        assertTrue(f.r2() < 1 && f.r2() > 0.9);
    }

    @Test
    void tooFewPointsGiveNaN() {
        assertTrue(Double.isNaN(LogLogFit.of(new double[] {1, 0}, new double[] {1, 1}).slope()));
        assertTrue(Double.isNaN(LogLogFit.of(new double[] {2, 2}, new double[] {1, 3}).slope()));
        assertThrows(IllegalArgumentException.class, () -> LogLogFit.of(new double[] {1}, new double[] {1, 2}));
    }
}
