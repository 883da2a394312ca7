package org.stepsizelab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Numerically derived constants against the closed forms of docs/MATH.md §3. */
class ActivationConstantsTest {
    private static final double TOL = 1e-9;

    private static ActivationConstants of(String base, double c, double h) {
        return ActivationConstants.of(Activation.of(base, c, h));
    }

    @Test
    void leakySoftplus() {
        for (double c : new double[] {0.1, 0.5, 0.9}) {
            ActivationConstants k = of("softplus", c, 1);
            assertEquals(c, k.alpha(), TOL, "α = c");
            assertEquals(1.0, k.supDphi(), TOL);
            assertEquals((1 - c) / 4, k.betaTilde(), TOL, "β̃ = (1−c)/4");
            assertEquals((1 - c) * Math.log(2), k.kappa(), TOL, "κ = (1−c) log 2");
        }
    }

    @Test
    void plainSoftplus() {
        ActivationConstants k = of("softplus", 0, 1);
        assertEquals(Math.log(2), k.kappa(), TOL);
        assertEquals(0.25, k.betaTilde(), TOL);
        assertEquals(0.0, k.alpha(), TOL);
        assertFalse(k.alphaPositive() && k.alpha() > 1e-12);
    }

    @Test
    void huberizedRelu() {
        for (double h : new double[] {0.5, 1, 3}) {
            ActivationConstants k = of("huber", 0, h);
            assertEquals(h / 2, k.kappa(), TOL * h, "κ = h/2");
            assertEquals(1 / h, k.betaTilde(), TOL / h, "β̃ = 1/h");
            assertEquals(1.0, k.supDphi(), TOL);
        }
    }

    @Test
    void gelu() {
        ActivationConstants k = of("gelu", 0, 1);
        // docs/MATH.md: κ = 2e^{−1}/√(2π) ≈ 0.2935 (sup of |φ − zφ'| = z²·pdf(z), at z = √2)
        assertEquals(2 * Math.exp(-1) / Math.sqrt(2 * Math.PI), k.kappa(), TOL);
        assertEquals(2 / Math.sqrt(2 * Math.PI), k.betaTilde(), TOL); // |φ''| = pdf·|2 − z²|, max at 0
        assertTrue(k.supDphi() > 1, "GELU's φ' overshoots 1, violating Assumption 2");
    }

    @Test
    void reluAndIdentity() {
        ActivationConstants relu = of("relu", 0, 1);
        assertEquals(0.0, relu.kappa(), 0.0);
        assertTrue(Double.isNaN(relu.betaTilde()), "β̃ undefined for ReLU");
        ActivationConstants leakyRelu = of("relu", 0.2, 1);
        assertEquals(0.2, leakyRelu.alpha(), TOL);
        ActivationConstants id = of("identity", 0, 1);
        assertEquals(1.0, id.alpha(), 0.0);
        assertEquals(0.0, id.kappa(), 0.0);
        assertEquals(0.0, id.betaTilde(), 0.0);
    }

    @Test
    void netConstantsFollowTheFormulas() {
        Activation phi = Activation.of("softplus", 0.5, 1);
        NetConstants n = NetConstants.of(phi, 20, 2.0, 0.5);
        assertEquals(1.0 * 2.0 * 0.5 / Math.sqrt(20), n.rho(), 1e-12);
        assertEquals(0.125 * 2.0 * 0.25 / 20, n.beta(), 1e-12);
        double eta = 1e4;
        assertEquals(1 / (eta * (2 * n.rho() * n.rho() + n.beta())), n.monotoneThreshold(eta), 1e-18);
        double stable = Math.min(1 / (2 * 4 * Math.exp(0.5 * Math.log(2) + 2)),
                1 / (eta * (4 * n.rho() * n.rho() + 2 * n.beta())));
        assertEquals(stable, n.stableThreshold(eta, 4), 1e-15);
    }
}
