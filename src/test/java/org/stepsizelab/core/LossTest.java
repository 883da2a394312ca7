package org.stepsizelab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** ℓ, ℓ' and ℓ'' stay finite and exact at extreme margins (docs/MATH.md §1). */
class LossTest {
    private static final Loss LOG = Loss.LOGISTIC;
    private static final Loss EXP = Loss.EXPONENTIAL;

    private static void close(double expected, double actual, double rel) {
        assertEquals(expected, actual, rel * Math.abs(expected), () -> "expected " + expected + " got " + actual);
    }

    @Test
    void logisticAtLargePositiveMarginsFollowsEToTheMinusQ() {
        // log(1 + e^{-q}) = e^{-q} − e^{-2q}/2 + …: for q ≥ 40 the first term is exact in double
        for (double q : new double[] {40, 100, 300, 690}) {
            close(Math.exp(-q), LOG.value(q), 1e-14);
            close(-Math.exp(-q), LOG.d1(q), 1e-14);
            close(Math.exp(-q), LOG.d2(q), 1e-14);
        }
        assertTrue(LOG.value(690) > 1e-300 && LOG.value(690) < 1e-299, "losses down to 1e-300 are kept");
        assertEquals(0.0, LOG.value(800)); // e^{-800} is below the smallest double: 0, not NaN
        assertEquals(-0.0, LOG.d1(800), 0.0);
        assertTrue(LOG.d1(800) <= 0);
    }

    @Test
    void logisticAtLargeNegativeMarginsIsLinear() {
        assertEquals(800.0, LOG.value(-800));
        assertEquals(-1.0, LOG.d1(-800));
        assertEquals(0.0, LOG.d2(-800), 1e-300);
        close(40 + Math.exp(-40), LOG.value(-40), 1e-15);
        close(-1 / (1 + Math.exp(-40)), LOG.d1(-40), 1e-15);
    }

    @Test
    void logisticNearZeroMatchesTheFormula() {
        for (double q : new double[] {-3, -0.5, 0, 1e-9, 0.5, 3}) {
            close(Math.log(1 + Math.exp(-q)), LOG.value(q), 1e-14);
            close(-1 / (1 + Math.exp(q)), LOG.d1(q), 1e-14);
            close(Math.exp(q) / Math.pow(1 + Math.exp(q), 2), LOG.d2(q), 1e-13);
        }
        close(Math.log(2), LOG.value(0), 1e-16);
    }

    @Test
    void derivativesMatchFiniteDifferences() {
        double h = 1e-5;
        for (Loss l : Loss.values()) {
            for (double q : new double[] {-5, -1, 0, 0.3, 2, 10}) {
                close((l.value(q + h) - l.value(q - h)) / (2 * h), l.d1(q), 1e-8);
                close((l.d1(q + h) - l.d1(q - h)) / (2 * h), l.d2(q), 1e-7);
            }
        }
    }

    @Test
    void exponentialAtExtremeMargins() {
        close(Math.exp(-690), EXP.value(690), 0);
        assertTrue(EXP.value(690) < 1e-299);
        assertEquals(0.0, EXP.value(800));
        assertTrue(Double.isFinite(EXP.value(-700)));
        close(Math.exp(700), EXP.value(-700), 1e-15);
        assertEquals(-EXP.value(-700), EXP.d1(-700));
    }

    @Test
    void namesParse() {
        assertEquals(LOG, Loss.parse("logistic"));
        assertEquals(EXP, Loss.parse("exponential"));
    }
}
