package org.stepsizelab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** φ' and φ'' of every activation against central differences of φ and φ', and tail stability. */
class ActivationTest {
    private static final double H_HUBER = 0.7;
    private static final double[] POINTS = {-30, -6, -2.5, -1, -0.3, -0.05, 0.05, 0.2, 0.65, 0.75, 1.3, 4, 25};

    @Test
    void derivativesMatchFiniteDifferences() {
        double h = 1e-5;
        for (String name : Base.NAMES) {
            for (double c : new double[] {0, 0.25, 0.5}) {
                Activation phi = Activation.of(name, c, H_HUBER);
                for (double z : POINTS) {
                    String at = phi.label() + " at z=" + z;
                    double d1 = (phi.value(z + h) - phi.value(z - h)) / (2 * h);
                    assertEquals(d1, phi.d1(z), 1e-8 * (1 + Math.abs(d1)), at);
                    double d2 = (phi.d1(z + h) - phi.d1(z - h)) / (2 * h);
                    assertEquals(d2, phi.d2(z), 1e-7 * (1 + Math.abs(d2)), at);
                }
            }
        }
    }

    @Test
    void closedFormsAtKnownPoints() {
        assertEquals(Math.log(2), Base.SOFTPLUS.value(0), 1e-16);
        assertEquals(0.5, Base.SOFTPLUS.d1(0), 1e-16);
        assertEquals(0.25, Base.SOFTPLUS.d2(0), 1e-16);
        // GELU(1) = Φ(1) = 0.8413447460685429 (normal CDF, exact erf)
        assertEquals(0.8413447460685429, Base.GELU.value(1), 1e-15);
        assertEquals(1 / Math.sqrt(2 * Math.PI) * 2, Base.GELU.d2(0), 1e-15);
        assertEquals(1 / (1 + Math.exp(-2.0)) * 2, Base.SILU.value(2), 1e-15);
        assertEquals(0.5 * (0.5 * 0.5 / (2 * H_HUBER)), Activation.of("huber", 0.5, H_HUBER).value(0.5) - 0.25, 1e-15);
        assertEquals(3 - H_HUBER / 2, new Base.Huber(H_HUBER).value(3), 1e-15);
        Activation leaky = Activation.of("softplus", 0.5, 1);
        assertEquals(0.5 * 2 + 0.5 * Math.log1p(Math.exp(2)), leaky.value(2), 1e-15);
    }

    @Test
    void tailsAreFiniteAndAsymptoticallyRight() {
        for (String name : Base.NAMES) {
            Activation phi = Activation.of(name, 0.5, 1.0);
            for (double z : new double[] {-800, -1e6, 800, 1e6}) {
                assertTrue(Double.isFinite(phi.value(z)) && Double.isFinite(phi.d1(z)) && Double.isFinite(phi.d2(z)),
                        phi.label() + " at " + z);
            }
        }
        assertEquals(800.0, Base.SOFTPLUS.value(800));
        assertEquals(0.0, Base.SOFTPLUS.value(-800));
        assertEquals(800.0, Base.GELU.value(800));
        assertEquals(-0.0, Base.GELU.value(-800), 0.0);
        // GELU's left tail: z·Φ(z) ≈ −φ(z)(1 − 1/z²) — erfc keeps its relative accuracy where 1+erf would be 0
        double z = -30;
        double tail = -Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) * (1 - 1 / (z * z) + 3 / Math.pow(z, 4));
        assertEquals(tail, Base.GELU.value(z), 1e-5 * Math.abs(tail));
        assertEquals(-800.0 * Math.exp(-800) + 0.0, Base.SILU.value(-800), 1e-300);
    }
}
