package org.stepsizelab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepsizelab.core.kernel.Kernels;

/**
 * The trainer's ∇L against central finite differences of its own loss, for every activation (with
 * and without leak) and both losses: along random directions V, (L(W+hV) − L(W−hV))/2h = ⟨∇L, V⟩.
 */
class GradientCheckTest {
    private static final int N = 6, D = 3, M = 4;

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (String base : Base.NAMES) {
            for (double leak : new double[] {0.0, 0.5}) {
                for (String loss : Loss.NAMES) {
                    all.add(Arguments.of(base, leak, loss));
                }
            }
        }
        return all.stream();
    }

    private static Dataset data() {
        SplittableRandom r = new SplittableRandom(7);
        double[] x = new double[N * D];
        double[] y = new double[N];
        for (int i = 0; i < N; i++) {
            for (int k = 0; k < D; k++) {
                x[i * D + k] = r.nextDouble(-1, 1);
            }
            y[i] = i % 2 == 0 ? 1 : -1;
        }
        return new Dataset("random", N, D, x, y, 1.0);
    }

    private static RunConfig config(String base, double leak, String loss) {
        // b = 3 makes the margins O(1), so ℓ' is far from 0 and the check is sensitive
        return new RunConfig("xor", base, leak, 0.7, M, 0.1, 1, 0, 1.0, loss, 3.0,
                null, null, null, null, null, 0, true, null, 1, 0);
    }

    private static double lossAt(RunConfig cfg, Dataset data, double[] w) {
        return new Trainer(cfg, data, null, Kernels.portable(), w).advance().loss();
    }

    @ParameterizedTest(name = "{0} c={1} {2}")
    @MethodSource("cases")
    void gradientMatchesFiniteDifferences(String base, double leak, String loss) {
        RunConfig cfg = config(base, leak, loss);
        Dataset data = data();
        double[] w = Trainer.initialWeights(M, D, 1.0, 11);
        if (base.equals("relu") || base.equals("huber")) {
            // keep every pre-activation away from the kinks (0, and h = 0.7 for huber)
            assertTrue(minDistanceToKinks(data, w, base.equals("huber") ? 0.7 : 0.0) > 1e-3);
        }
        Trainer t = new Trainer(cfg, data, null, Kernels.portable(), w);
        double l0 = t.advance().loss();
        double[] grad = t.lastGradient();
        double gradNorm = Math.sqrt(dot(grad, grad));
        assertTrue(gradNorm > 1e-3, "a vanishing gradient would make the check empty: " + gradNorm);

        SplittableRandom r = new SplittableRandom(3);
        double h = 1e-5;
        for (int dir = 0; dir < 3; dir++) {
            double[] v = new double[w.length];
            for (int k = 0; k < v.length; k++) {
                v[k] = r.nextDouble(-1, 1);
            }
            double[] plus = w.clone(), minus = w.clone();
            for (int k = 0; k < v.length; k++) {
                plus[k] += h * v[k];
                minus[k] -= h * v[k];
            }
            double fd = (lossAt(cfg, data, plus) - lossAt(cfg, data, minus)) / (2 * h);
            double exact = dot(grad, v);
            assertEquals(exact, fd, 1e-7 * (1 + Math.abs(exact) + l0),
                    base + " c=" + leak + " " + loss + " direction " + dir);
        }
    }

    private static double minDistanceToKinks(Dataset data, double[] w, double secondKink) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < M; j++) {
                double z = 0;
                for (int k = 0; k < D; k++) {
                    z += data.x()[i * D + k] * w[j * D + k];
                }
                min = Math.min(min, Math.min(Math.abs(z), Math.abs(z - secondKink)));
            }
        }
        return min;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }
}
