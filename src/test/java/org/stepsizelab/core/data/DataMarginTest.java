package org.stepsizelab.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.ejml.simple.SimpleMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stepsizelab.core.Dataset;

class DataMarginTest {

    private static Dataset set(int d, double[] x, double[] y) {
        return new Dataset("t", y.length, d, x, y, 1.0);
    }

    @Test
    void twoPointsGiveTheDistanceToTheirSegment() {
        // y x: (2,1) and (1,−1); the segment's nearest point to 0 is (1.2, −0.6)
        DataMargin m = DataMargin.of(set(2, new double[] {2, 1, -1, 1}, new double[] {1, -1}));
        assertEquals(DataMargin.Status.COMPUTED, m.status());
        assertEquals(Math.sqrt(1.8), m.gamma(), 1e-14);
        assertEquals(1.2 / Math.sqrt(1.8), m.direction()[0], 1e-12);
        assertEquals(-0.6 / Math.sqrt(1.8), m.direction()[1], 1e-12);
    }

    @Test
    void nearestPointCanBeAVertex() {
        DataMargin m = DataMargin.of(set(2, new double[] {1, 0, 2, 1, -3, 1}, new double[] {1, 1, -1}));
        assertEquals(1.0, m.gamma(), 1e-14);
    }

    @Test
    void symmetricLiftedPolygonHasMarginItsHeight() {
        int m = 12;
        double c = 0.123;
        double[] x = new double[3 * m];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            y[i] = i % 2 == 0 ? 1 : -1;
            double a = 2 * Math.PI * i / m;
            x[3 * i] = y[i] * c;
            x[3 * i + 1] = y[i] * 0.9 * Math.cos(a);
            x[3 * i + 2] = y[i] * 0.9 * Math.sin(a);
        }
        DataMargin r = DataMargin.of(set(3, x, y));
        assertEquals(c, r.gamma(), 1e-12);
        assertEquals(1.0, r.direction()[0], 1e-10);
    }

    @Test
    void xorIsNotSeparable() {
        DataMargin m = DataMargin.of(Datasets.load(DataConfig.of("xor").build()).train());
        assertEquals(DataMargin.Status.NOT_SEPARABLE, m.status());
        assertEquals(0.0, m.value().getAsDouble());
        assertNull(m.direction());
    }

    @ParameterizedTest
    @CsvSource({"6,2,1", "7,2,2", "8,3,3", "9,3,4", "10,4,5", "7,5,6", "5,1,7"})
    void randomSmallCasesMatchBruteForce(int n, int d, long seed) {
        for (int rep = 0; rep < 6; rep++) {
            Dataset s = randomSet(n, d, rep % 2 == 0 ? 0.6 : 0.1, new Random(seed * 100 + rep));
            double exact = bruteForceMinNorm(signed(s), n, d);
            DataMargin m = DataMargin.of(s);
            if (exact < 1e-9) {
                assertEquals(DataMargin.Status.NOT_SEPARABLE, m.status(), "brute force says 0");
            } else {
                assertEquals(DataMargin.Status.COMPUTED, m.status());
                assertEquals(exact, m.gamma(), 1e-9 * exact);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"60,20,0.5,11", "120,8,1.5,12", "40,60,0.5,13", "300,30,1.5,14", "80,10,0.9,15"})
    void randomLargerCasesLieInAProjectedGradientBracket(int n, int d, double shift, long seed) {
        Dataset s = randomSet(n, d, shift, new Random(seed));
        DataMargin m = DataMargin.of(s);
        assertEquals(DataMargin.Status.COMPUTED, m.status());
        double[] pg = projectedGradientBracket(signed(s), n, d, 20_000);
        assertTrue(pg[0] <= m.gamma() * (1 + 1e-12) && m.gamma() <= pg[1] * (1 + 1e-12),
                "γ " + m.gamma() + " outside the independent bracket " + Arrays.toString(pg));
        assertEquals(pg[1], m.gamma(), 1e-4 * m.gamma());
        // and its own certificate: every signed point is at least γ along the direction
        double[] z = signed(s);
        for (int i = 0; i < n; i++) {
            double dot = 0;
            for (int k = 0; k < d; k++) {
                dot += z[i * d + k] * m.direction()[k];
            }
            assertTrue(dot >= m.gamma() * (1 - 1e-6), "point " + i + ": " + dot);
        }
        assertTrue(m.upper() - m.lower() <= DataMargin.RELATIVE_ACCURACY * m.upper());
    }

    @ParameterizedTest
    @CsvSource({"60,3,0.0,5", "120,8,0.5,12", "300,30,0.5,14"})
    void overlappingCloudsAreNotSeparableByAnIndependentCheck(int n, int d, double shift, long seed) {
        Dataset s = randomSet(n, d, shift, new Random(seed));
        DataMargin m = DataMargin.of(s);
        assertEquals(DataMargin.Status.NOT_SEPARABLE, m.status());
        assertTrue(projectedGradientBracket(signed(s), n, d, 20_000)[1] < 2e-3);
    }

    @Test
    void timeLimitGivesNotComputedInsteadOfFreezing() {
        Dataset s = randomSet(1500, 400, 0.0, new Random(9));
        DataMargin m = DataMargin.of(s, 0);
        assertEquals(DataMargin.Status.NOT_COMPUTED, m.status());
        assertFalse(m.value().isPresent());
        assertTrue(m.reason().contains("time limit"), m.reason());
    }

    @Test
    void interruptionCancels() {
        Thread.currentThread().interrupt();
        try {
            DataMargin m = DataMargin.of(randomSet(200, 50, 0.0, new Random(2)));
            assertEquals(DataMargin.Status.NOT_COMPUTED, m.status());
            assertEquals("cancelled", m.reason());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void bundledImageSetsAreComputedWithinTheDefaultLimit() {
        for (DataConfig c : new DataConfig[] {DataConfig.of("mnist"), DataConfig.of("fashion"), DataConfig.of("cifar")}) {
            Dataset t = c.load().train();
            DataMargin m = DataMargin.of(t);
            assertEquals(DataMargin.Status.COMPUTED, m.status(), c.dataset + ": " + m.reason());
            assertTrue(m.gamma() > 0 && m.gamma() < 1);
            assertTrue(m.seconds() < DataMargin.DEFAULT_LIMIT_MILLIS / 1000.0);
        }
    }

    @Test
    void resultsAreRememberedByContentNotByInstance() {
        Dataset a = randomSet(300, 40, 0.8, new Random(21));
        Dataset copy = new Dataset("copy", a.n(), a.d(), a.x().clone(), a.y().clone(), 1.0);
        DataMargin first = DataMargin.of(a);
        assertTrue(first == DataMargin.of(copy), "same points: the remembered result");
        double[] moved = a.x().clone();
        moved[0] += 1e-3;
        DataMargin other = DataMargin.of(new Dataset("moved", a.n(), a.d(), moved, a.y().clone(), 1.0));
        assertFalse(first == other, "other points: computed afresh");
        assertEquals(DataMargin.of(a, 10_000).gamma(), first.gamma(), 0.0, "the same value as an uncached run");
    }

    // ---- helpers and the independent methods ----

    /** n points around shift·e1 with unit Gaussian spread scaled by 0.5, random labels. */
    private static Dataset randomSet(int n, int d, double shift, Random r) {
        double[] x = new double[n * d];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextBoolean() ? 1 : -1;
            for (int k = 0; k < d; k++) {
                double z = 0.5 * r.nextGaussian() + (k == 0 ? shift : 0);
                x[i * d + k] = y[i] * z;
            }
        }
        return set(d, x, y);
    }

    private static double[] signed(Dataset s) {
        double[] z = new double[s.x().length];
        for (int i = 0; i < s.n(); i++) {
            for (int k = 0; k < s.d(); k++) {
                z[i * s.d() + k] = s.y()[i] * s.x()[i * s.d() + k];
            }
        }
        return z;
    }

    /**
     * Exact min-norm point of the hull by enumeration: for every subset of at most d+1 points, the
     * least-norm point of its affine hull (KKT system solved with EJML); keep those with all weights ≥ 0.
     */
    private static double bruteForceMinNorm(double[] z, int n, int d) {
        double best = Double.POSITIVE_INFINITY;
        for (int mask = 1; mask < (1 << n); mask++) {
            int k = Integer.bitCount(mask);
            if (k > d + 1) {
                continue;
            }
            int[] idx = new int[k];
            for (int i = 0, t = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    idx[t++] = i;
                }
            }
            SimpleMatrix kkt = new SimpleMatrix(k + 1, k + 1);
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    double g = 0;
                    for (int t = 0; t < d; t++) {
                        g += z[idx[a] * d + t] * z[idx[b] * d + t];
                    }
                    kkt.set(a, b, g);
                }
                kkt.set(a, k, 1);
                kkt.set(k, a, 1);
            }
            SimpleMatrix rhs = new SimpleMatrix(k + 1, 1);
            rhs.set(k, 0, 1);
            if (Math.abs(kkt.determinant()) < 1e-12) {
                continue; // affinely dependent: covered by a smaller subset
            }
            SimpleMatrix sol = kkt.solve(rhs);
            boolean feasible = true;
            double[] p = new double[d];
            for (int a = 0; a < k; a++) {
                double w = sol.get(a, 0);
                if (w < -1e-12) {
                    feasible = false;
                }
                for (int t = 0; t < d; t++) {
                    p[t] += w * z[idx[a] * d + t];
                }
            }
            if (feasible) {
                double nn = 0;
                for (double v : p) {
                    nn += v * v;
                }
                best = Math.min(best, Math.sqrt(nn));
            }
        }
        return best;
    }

    /**
     * FISTA on ½‖Σλ_i z_i‖² over the simplex (Euclidean projection by sorting). Returns a rigorous
     * bracket {min_j z_jᵀx/‖x‖, ‖x‖} for γ from its final iterate x.
     */
    private static double[] projectedGradientBracket(double[] z, int n, int d, int iterations) {
        double lip = 0; // a Lipschitz bound for the gradient: the Gram matrix's Frobenius norm
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double g = 0;
                for (int t = 0; t < d; t++) {
                    g += z[i * d + t] * z[j * d + t];
                }
                lip += g * g;
            }
        }
        lip = Math.sqrt(lip);
        double[] lam = new double[n];
        Arrays.fill(lam, 1.0 / n);
        double[] prev = lam.clone();
        double tk = 1;
        double[] v = new double[n];
        double[] x = new double[d];
        for (int it = 0; it < iterations; it++) {
            double tNext = (1 + Math.sqrt(1 + 4 * tk * tk)) / 2;
            for (int i = 0; i < n; i++) {
                v[i] = lam[i] + (tk - 1) / tNext * (lam[i] - prev[i]);
            }
            combine(z, v, n, d, x);
            prev = lam.clone();
            for (int i = 0; i < n; i++) {
                double g = 0;
                for (int t = 0; t < d; t++) {
                    g += z[i * d + t] * x[t];
                }
                lam[i] = v[i] - g / lip;
            }
            projectToSimplex(lam);
            tk = tNext;
        }
        combine(z, lam, n, d, x);
        double nx = 0;
        for (double c : x) {
            nx += c * c;
        }
        nx = Math.sqrt(nx);
        double lo = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double g = 0;
            for (int t = 0; t < d; t++) {
                g += z[i * d + t] * x[t];
            }
            lo = Math.min(lo, g / nx);
        }
        return new double[] {lo, nx};
    }

    private static void combine(double[] z, double[] w, int n, int d, double[] x) {
        Arrays.fill(x, 0);
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < d; t++) {
                x[t] += w[i] * z[i * d + t];
            }
        }
    }

    private static void projectToSimplex(double[] v) {
        double[] u = v.clone();
        Arrays.sort(u);
        double css = 0;
        double theta = 0;
        for (int i = u.length - 1, k = 1; i >= 0; i--, k++) {
            css += u[i];
            double t = (css - 1) / k;
            if (u[i] - t > 0) {
                theta = t;
            }
        }
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.max(v[i] - theta, 0);
        }
    }
}
