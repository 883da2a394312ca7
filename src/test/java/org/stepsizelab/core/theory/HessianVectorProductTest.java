package org.stepsizelab.core.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.RunConfig;

class HessianVectorProductTest {

    static List<Arguments> smoothNets() {
        List<Arguments> out = new ArrayList<>();
        for (String act : new String[] {"softplus", "gelu", "silu", "huber", "tanh", "identity"}) {
            for (String loss : new String[] {"logistic", "exponential"}) {
                for (double leak : new double[] {0.0, 0.5}) {
                    out.add(Arguments.of(act, leak, loss));
                }
            }
        }
        return out;
    }

    /** ∇²L·V against the central difference (∇L(W+hV) − ∇L(W−hV))/(2h) of the Trainer's gradient. */
    @ParameterizedTest(name = "{0} c={1} {2}")
    @MethodSource("smoothNets")
    void matchesFiniteDifferencesOfTheGradient(String act, double leak, String loss) {
        RunConfig cfg = TheoryFixtures.config(act, leak, loss, 6, 1.5);
        Dataset data = TheoryFixtures.randomData(7, 3, 11);
        double[] w = TheoryFixtures.randomVector(18, 1.2, 5);
        double[] v = TheoryFixtures.randomVector(18, 1.0, 6);
        double[] exact = new double[18];
        TheoryFixtures.hvp(cfg, data).at(w).apply(v, exact);

        double h = 1e-5;
        double[] plus = w.clone(), minus = w.clone();
        for (int k = 0; k < w.length; k++) {
            plus[k] += h * v[k];
            minus[k] -= h * v[k];
        }
        double[] gp = TheoryFixtures.gradient(cfg, data, plus);
        double[] gm = TheoryFixtures.gradient(cfg, data, minus);
        double scale = 0;
        for (double e : exact) {
            scale = Math.max(scale, Math.abs(e));
        }
        assertTrue(scale > 1e-4, "the product should not vanish here: " + scale);
        for (int k = 0; k < w.length; k++) {
            double fd = (gp[k] - gm[k]) / (2 * h);
            assertEquals(fd, exact[k], 1e-6 * scale, "entry " + k);
        }
    }

    @Test
    void isSymmetricAndLinear() {
        RunConfig cfg = TheoryFixtures.config("gelu", 0.2, "logistic", 5, 1.0);
        Dataset data = TheoryFixtures.randomData(6, 4, 2);
        HessianVectorProduct hvp = TheoryFixtures.hvp(cfg, data).at(TheoryFixtures.randomVector(20, 1, 9));
        double[][] h = TheoryFixtures.denseHessian(hvp);
        for (int r = 0; r < 20; r++) {
            for (int c = 0; c < 20; c++) {
                assertEquals(h[r][c], h[c][r], 1e-13 * (1 + Math.abs(h[r][c])), r + "," + c);
            }
        }
        double[] a = TheoryFixtures.randomVector(20, 1, 1), b = TheoryFixtures.randomVector(20, 1, 2);
        double[] sum = new double[20], ha = new double[20], hb = new double[20], hs = new double[20];
        for (int k = 0; k < 20; k++) {
            sum[k] = 2 * a[k] + b[k];
        }
        hvp.apply(a, ha);
        hvp.apply(b, hb);
        hvp.apply(sum, hs);
        for (int k = 0; k < 20; k++) {
            assertEquals(2 * ha[k] + hb[k], hs[k], 1e-12);
        }
    }
}
