package org.stepsizelab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumTest {

    @Test
    void compactLabelsCoverEveryMagnitude() {
        assertEquals("20", Num.compact(20));
        assertEquals("0.5", Num.compact(0.5));
        assertEquals("1e4", Num.compact(1e4));
        assertEquals("2.1e-7", Num.compact(2.1e-7));
        assertEquals("0.000343", Num.compact(3.434e-4)); // %g prints this range without an exponent
        assertEquals("0.0001", Num.compact(1e-4));
        assertEquals("NaN", Num.compact(Double.NaN));
        assertEquals("Infinity", Num.compact(Double.POSITIVE_INFINITY));
    }

    @Test
    void exactRoundTrips() {
        for (double v : new double[] {0.1 + 0.2, Math.PI, 4.4927129416955695E-6, Double.MIN_VALUE, -1e300}) {
            assertEquals(v, Double.parseDouble(Num.exact(v)), 0.0);
        }
    }
}
