package org.stepsizelab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepsizelab.core.data.DataChecks.assertBalanced;
import static org.stepsizelab.core.data.DataChecks.assertDataError;
import static org.stepsizelab.core.data.DataChecks.norm;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stepsizelab.core.Dataset;

class GeneratorsTest {

    @ParameterizedTest
    @ValueSource(strings = {"separable", "gaussian", "moons", "circles", "spiral"})
    void shapesLabelsAndUnitRadius(String set) {
        DataSplit s = DataConfig.of(set).n(37).load();
        Dataset t = s.train();
        assertEquals(37, t.n());
        assertEquals(set.equals("separable") ? 3 : 2, t.d());
        assertEquals(37L * t.d(), t.x().length);
        assertBalanced(t);
        assertEquals(1.0, t.radius(), 1e-12);
        assertNull(s.test());
    }

    @ParameterizedTest
    @ValueSource(strings = {"separable", "gaussian", "moons", "circles", "spiral"})
    void sameSeedSameDataOtherSeedOtherData(String set) {
        Dataset a = DataConfig.of(set).seed(7).load().train();
        Dataset b = DataConfig.of(set).seed(7).load().train();
        Dataset c = DataConfig.of(set).seed(8).load().train();
        assertArrayEquals(a.x(), b.x());
        assertArrayEquals(a.y(), b.y());
        assertFalse(Arrays.equals(a.x(), c.x()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"separable", "gaussian", "moons", "circles", "spiral"})
    void testSplitIsFreshBalancedAndLeavesTrainingUnchanged(String set) {
        DataSplit without = DataConfig.of(set).n(40).seed(3).load();
        DataSplit with = DataConfig.of(set).n(40).seed(3).testN(25).load();
        assertArrayEquals(without.train().x(), with.train().x());
        Dataset test = with.test();
        assertEquals(25, test.n());
        assertEquals(with.train().d(), test.d());
        assertBalanced(test);
        // scaled by the training factor, not its own
        assertEquals(with.train().scale(), test.scale(), 0);
        for (int i = 0; i < test.n(); i++) {
            for (int j = 0; j < with.train().n(); j++) {
                assertFalse(Arrays.equals(Arrays.copyOfRange(test.x(), i * test.d(), (i + 1) * test.d()),
                        Arrays.copyOfRange(with.train().x(), j * test.d(), (j + 1) * test.d())));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"5,3,0.05,0", "5,3,0.05,1", "2,2,0.3,4", "2,1,0.5,0", "9,1,0.2,2", "60,10,0.01,5", "200,50,0.5,9",
        "40,3,0.99,1"})
    void separableHasExactlyMarginGammaAlongE1AfterScaling(int n, int d, double gamma, long seed) {
        Dataset t = DataConfig.of("separable").n(n).dim(d).margin(gamma).seed(seed).load().train();
        assertEquals(1.0, t.scale(), 1e-14, "the support points have norm 1, so scaling is (nearly) the identity");
        assertTrue(t.scale() >= 1, "scaling never shrinks the margin below γ");
        for (int i = 0; i < n; i++) {
            assertTrue(t.y()[i] * t.x()[i * d] >= gamma, "point " + i + " violates the margin along e1");
            assertTrue(norm(t, i) <= 1 + 1e-15);
        }
        DataMargin m = DataMargin.of(t);
        assertEquals(DataMargin.Status.COMPUTED, m.status());
        assertEquals(gamma, m.gamma(), 1e-9 * gamma);
        assertTrue(m.lower() >= gamma * (1 - 1e-12), "at least γ after scaling");
        assertEquals(1.0, m.direction()[0], 1e-9, "max-margin direction e1");
    }

    @Test
    void separableDefaultsAreThePapersFigure4() {
        Dataset t = DataConfig.of("separable").load().train();
        assertEquals(5, t.n());
        assertEquals(3, t.d());
        assertEquals(0.05, DataMargin.of(t).gamma(), 1e-10);
    }

    @Test
    void separableTestPointsKeepTheMargin() {
        Dataset test = DataConfig.of("separable").n(10).dim(4).margin(0.1).testN(50).load().test();
        for (int i = 0; i < test.n(); i++) {
            assertTrue(test.y()[i] * test.x()[i * 4] >= 0.1 - 1e-15);
        }
    }

    @Test
    void lowerBoundIsTheoremFourThreesPoints() {
        Dataset t = DataConfig.of("lower-bound").margin(0.07).load().train();
        double s = Math.sqrt(1 - 0.07 * 0.07);
        assertArrayEquals(new double[] {0.07, s, 0.07, -s / 2}, t.x(), 1e-15);
        assertArrayEquals(new double[] {1, 1}, t.y());
        assertEquals(0.07, DataMargin.of(t).gamma(), 1e-12);
        assertEquals(0.05, DataConfig.of("lower-bound").load().train().x()[0], 0, "default γ");
    }

    @Test
    void xorIsFourPointsOfUnitNorm() {
        Dataset t = DataConfig.of("xor").load().train();
        double h = Math.sqrt(0.5);
        assertArrayEquals(new double[] {-h, -h, h, h, h, -h, -h, h}, t.x(), 1e-15);
        assertArrayEquals(new double[] {1, 1, -1, -1}, t.y());
        assertEquals(h, t.scale(), 1e-15);
        Dataset raw = DataConfig.of("xor").normalize(false).load().train();
        assertEquals(1.0, raw.scale());
        assertEquals(-1.0, raw.x()[0]);
    }

    @Test
    void noNormalizeKeepsRawCoordinates() {
        Dataset raw = DataConfig.of("gaussian").normalize(false).load().train();
        Dataset scaled = DataConfig.of("gaussian").load().train();
        assertEquals(1.0, raw.scale());
        for (int i = 0; i < raw.x().length; i++) {
            assertEquals(raw.x()[i] * scaled.scale(), scaled.x()[i], 1e-15);
        }
    }

    @Test
    void planeSetsHaveTheirShapesWithoutNoise() {
        Dataset circles = DataConfig.of("circles").n(100).noise(0.0).normalize(false).load().train();
        for (int i = 0; i < 100; i++) {
            assertEquals(circles.y()[i] > 0 ? 0.5 : 1.0, norm(circles, i), 1e-12);
        }
        Dataset moons = DataConfig.of("moons").n(100).noise(0.0).normalize(false).load().train();
        for (int i = 0; i < 100; i++) {
            double px = moons.x()[2 * i], py = moons.x()[2 * i + 1];
            // +1: the unit upper half-circle about (−½, −¼); −1: the lower one about (½, ¼)
            double cx = moons.y()[i] > 0 ? -0.5 : 0.5, cy = moons.y()[i] > 0 ? -0.25 : 0.25;
            assertEquals(1.0, Math.hypot(px - cx, py - cy), 1e-12);
            assertTrue(moons.y()[i] > 0 ? py >= cy - 1e-12 : py <= cy + 1e-12);
        }
        Dataset spiral = DataConfig.of("spiral").n(100).noise(0.0).normalize(false).load().train();
        for (int i = 0; i < 100; i++) {
            assertTrue(norm(spiral, i) < 1);
        }
        Dataset blobs = DataConfig.of("gaussian").n(4000).normalize(false).load().train();
        double[] mean = new double[2];
        for (int i = 0; i < 4000; i++) {
            mean[0] += blobs.y()[i] * blobs.x()[2 * i] / 4000;
            mean[1] += blobs.y()[i] * blobs.x()[2 * i + 1] / 4000;
        }
        assertEquals(Math.sqrt(0.5), mean[0], 0.02);
        assertEquals(Math.sqrt(0.5), mean[1], 0.02);
    }

    @Test
    void noiseSpreadsThePoints() {
        Dataset clean = DataConfig.of("circles").n(200).noise(0.0).normalize(false).load().train();
        Dataset noisy = DataConfig.of("circles").n(200).noise(0.2).normalize(false).load().train();
        double dev = 0;
        for (int i = 0; i < 200; i++) {
            dev += Math.abs(norm(noisy, i) - (noisy.y()[i] > 0 ? 0.5 : 1.0)) / 200;
        }
        assertTrue(dev > 0.08 && dev < 0.3, "mean radial deviation " + dev);
        assertEquals(0.5, norm(clean, 0), 1e-12);
    }

    @Test
    void badParametersNameTheParameter() {
        assertDataError(() -> DataConfig.of("gaussian").n(1).load(), "n = 1 is too small for gaussian", "at least 2");
        assertDataError(() -> DataConfig.of("separable").dim(0).load(), "dim: value 0 is out of range");
        assertDataError(() -> DataConfig.of("separable").margin(0.0).load(), "margin: value 0.0 is out of range", "0 < γ < 1");
        assertDataError(() -> DataConfig.of("separable").margin(1.0).load(), "margin: value 1.0");
        assertDataError(() -> DataConfig.of("lower-bound").margin(1.0).load(), "margin: value 1.0", "0 < γ < 1");
        assertDataError(() -> DataConfig.of("moons").noise(-0.1).load(), "noise: value -0.1", "from 0 to 100");
        assertDataError(() -> DataConfig.of("moons").noise(Double.NaN).load(), "noise: value NaN");
        assertDataError(() -> DataConfig.of("xor").testN(4).load(), "test_n = 4", "xor", "no test split", "use test_n = 0");
        assertDataError(() -> DataConfig.of("lower-bound").testN(2).load(), "test_n = 2", "lower-bound");
        assertDataError(() -> DataConfig.of("moons").testN(-1).load(), "test_n: value -1 is out of range");
        assertDataError(() -> DataConfig.of("blobs").load(), "unknown dataset 'blobs'", "gaussian", "csv:PATH");
        assertDataError(() -> DataConfig.of("separable").n(100_000).dim(1000).load(), "limit");
    }
}
