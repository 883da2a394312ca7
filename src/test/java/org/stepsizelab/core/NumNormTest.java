package org.stepsizelab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Norms and data scaling without overflow or underflow (issue 15: 1e160, 1e300 and 1e−300 cells). */
class NumNormTest {

    @Test
    void normsOfHugeAndTinyEntriesAreFiniteAndExactToRounding() {
        assertEquals(5e300, Num.norm(new double[] {3e300, 4e300}), 5e300 * 1e-15);
        assertEquals(Math.sqrt(2) * 1e160, Num.norm(new double[] {1e160, 1e160}), 1e160 * 1e-15);
        assertEquals(5e-300, Num.norm(new double[] {3e-300, 4e-300}), 5e-300 * 1e-15);
        assertEquals(5e-320, Num.norm(new double[] {3e-320, 4e-320}), 1e-323); // subnormal entries
        assertEquals(Double.MAX_VALUE, Num.norm(new double[] {Double.MAX_VALUE, 0}), 0.0);
        assertEquals(0.0, Num.norm(new double[] {0, 0, 0}), 0.0);
        assertEquals(Double.POSITIVE_INFINITY, Num.norm(new double[] {1, Double.NEGATIVE_INFINITY}), 0.0);
        assertTrue(Double.isNaN(Num.norm(new double[] {1, Double.NaN})));
        assertEquals(5.0, Num.norm(new double[] {9, 3, 4, 9}, 1, 2), 0.0);
    }

    @Test
    void wellScaledVectorsKeepThePlainFormulasRounding() {
        java.util.Random r = new java.util.Random(1);
        for (int t = 0; t < 1000; t++) {
            double[] v = new double[1 + r.nextInt(20)];
            double s = 0;
            for (int i = 0; i < v.length; i++) {
                v[i] = r.nextGaussian() * Math.pow(10, r.nextInt(40) - 20);
                s += v[i] * v[i];
            }
            assertEquals(Math.sqrt(s), Num.norm(v), 0.0); // bit for bit: old runs do not change
        }
    }

    private static Dataset rows(double... xy) {
        int n = xy.length / 2;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2 == 0 ? 1 : -1;
        }
        return new Dataset("t", n, 2, xy, y, 1);
    }

    @Test
    void oneHugeCellIsScaledNotZeroed() {
        Dataset d = rows(1e160, 1, -1, -2, 3, 4, -5, -1).normalized();
        assertEquals(1.0, d.radius(), 1e-15);
        assertEquals(1.0, d.x()[0], 1e-15);
        assertEquals(1e-160, d.x()[1], 1e-175); // tiny but not zero
        assertEquals(1e-160, d.scale(), 1e-175);
    }

    @Test
    void allCellsNear1e300AreScaledToRadiusOne() {
        Dataset d = rows(1e300, 2e300, -1e300, -2e300, 3e300, 1e300, -3e300, -1e300).normalized();
        assertEquals(1.0, d.radius(), 1e-15);
        assertEquals(3 / Math.sqrt(10), d.x()[4], 1e-15);
        assertTrue(d.scale() > 0 && Double.isFinite(d.scale()));
    }

    @Test
    void cellsNear1eMinus300AreScaledUp() {
        Dataset raw = rows(1e-300, 2e-300, -1e-300, -2e-300, 3e-300, 1e-300, -3e-300, -1e-300);
        assertEquals(Math.sqrt(10) * 1e-300, raw.radius(), 1e-314);
        Dataset d = raw.normalized();
        assertEquals(1.0, d.radius(), 1e-15);
        assertEquals(3 / Math.sqrt(10), d.x()[4], 1e-15);
        Dataset sub = rows(3e-320, 4e-320, -3e-320, -4e-320).normalized(); // 1/R is not finite here
        assertEquals(1.0, sub.radius(), 1e-3);
    }
}
