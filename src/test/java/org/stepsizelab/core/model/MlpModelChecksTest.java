package org.stepsizelab.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stepsizelab.core.Activation;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.kernel.Kernels;
import org.stepsizelab.core.kernel.MatrixKernel;
import org.stepsizelab.core.theory.HessianVectorProduct;

/** Layout, initialisation, fast paths and the two-layer special case of the MLP. */
class MlpModelChecksTest {

    @Test
    void layoutAndDefaultMarginPower() {
        MlpArchitecture a = MlpFixtures.arch("gelu:0", "logistic", 784, 200, 100, 50);
        assertEquals(4, a.depth());
        assertEquals(4.0, a.marginPower());
        assertEquals(0, a.offset(1));
        assertEquals(784 * 200, a.offset(2));
        assertEquals(784 * 200 + 200 * 100 + 100 * 50 + 50, a.parameterCount());
        assertArrayEquals(new int[] {200, 100, 50}, a.hiddenWidths());
        assertEquals("mlp L=4 [784-200-100-50-1]", a.label());
        assertThrows(IllegalArgumentException.class, () -> MlpFixtures.arch("gelu:0", "logistic", 3));
    }

    @Test
    void initialisationIsSeededWithFanInVariance() {
        MlpArchitecture a = MlpFixtures.arch("gelu:0", "logistic", 400, 300, 100);
        double[] t = a.initialParameters(2.0, 42);
        assertArrayEquals(t, a.initialParameters(2.0, 42));
        assertTrue(t[0] != a.initialParameters(2.0, 43)[0]);
        for (int l = 1; l <= 3; l++) {
            double s = 0;
            for (int k = a.offset(l); k < a.offset(l) + a.size(l); k++) {
                s += t[k] * t[k];
            }
            double var = s / a.size(l);
            double expected = 4.0 / a.dim(l - 1);
            // 30,000–120,000 samples per hidden layer: within 3 %; the 100 output weights within 40 %
            assertEquals(expected, var, (l < 3 ? 0.03 : 0.4) * expected, "layer " + l);
        }
        assertEquals(0.0, MlpArchitecture.norm(a.initialParameters(0.0, 1)));
    }

    /**
     * The leaky softplus fast path gives the generic Activation's bits; leaky GELU's is within a few
     * ulps, plus the reference's own error in the far left tail: erfc(−z/√2) inherits the rounding
     * of z/√2 amplified by z², about z²·ε/2 relative (1.5e−13 at z = −37).
     */
    @Test
    void fastPointwisePathsMatchTheActivation() {
        double[] z = MlpFixtures.vector(20000, 12, 3);
        z[0] = 0; z[1] = -0.0; z[2] = 40; z[3] = -40; z[4] = 1e-300; z[5] = -37; z[6] = -8.5;
        for (String base : new String[] {"gelu", "softplus"}) {
            boolean gelu = base.equals("gelu");
            for (double c : new double[] {0, 0.5, 0.25}) {
                Activation phi = Activation.of(base, c, 1);
                double[] h = new double[z.length], d1 = new double[z.length], d2 = new double[z.length];
                MlpPointwise.of(phi).apply(z, h, d1, d2, 0, z.length);
                for (int k = 0; k < z.length; k++) {
                    double rel = gelu ? 4e-15 + 2.5e-16 * z[k] * z[k] : 0.0;
                    assertEquals(phi.value(z[k]), h[k], rel * Math.abs(phi.value(z[k])), base + " φ at " + z[k]);
                    // φ' = c + (1−c)(Φ + zφ) and φ'' cancel near their zeros: compare on the scale of their terms
                    assertEquals(phi.d1(z[k]), d1[k], rel * Math.max(1, Math.abs(phi.d1(z[k]))), base + " φ' at " + z[k]);
                    assertEquals(phi.d2(z[k]), d2[k], rel * Math.max(1, Math.abs(phi.d2(z[k]))), base + " φ'' at " + z[k]);
                }
            }
        }
    }

    /**
     * The table Φ against Commons Numbers' erfc, relative, from z = −37 (Φ ≈ 6e−300; below it Φ is
     * subnormal) to 38: within 2e−15 plus the reference's own z²·ε/2 from rounding z/√2.
     */
    @Test
    void fastNormalCdfIsAccurateInBothTails() {
        for (double z = -37; z <= 38; z += 1.0 / 1024 + 1e-7) {
            double ref = 0.5 * org.apache.commons.numbers.gamma.Erfc.value(-z / Math.sqrt(2));
            double got = GaussianCdf.cdf(z, GaussianCdf.pdf(z));
            assertEquals(ref, got, (2e-15 + 2e-16 * z * z) * ref, "Φ(" + z + ")");
        }
    }

    /** Mostly-zero data take the sparse input layer, which gives the dense kernels' numbers. */
    @Test
    void sparseInputLayerEqualsTheDenseProducts() {
        Dataset dense = MlpFixtures.data(30, 40, 2);
        double[] x = dense.x().clone();
        for (int k = 0; k < x.length; k++) {
            if (k % 5 != 0) {
                x[k] = 0;
            }
        }
        Dataset data = new Dataset("sparse", 30, 40, x, dense.y(), 1.0);
        MlpArchitecture a = MlpFixtures.arch("gelu:0", "logistic", 40, 12, 9);
        double[] theta = a.initialParameters(1, 5);
        double[] gs = new double[a.parameterCount()], gd = new double[a.parameterCount()];
        MlpEvaluator sparse = new MlpEvaluator(a, data, Kernels.portable());
        assertTrue(sparse.sparse != null, "20 % nonzero should be sparse");
        double ls = sparse.evaluate(theta, gs);
        double ld = new MlpEvaluator(a, data, Kernels.portable(), false, false).evaluate(theta, gd);
        assertEquals(ld, ls, 0.0);
        assertArrayEquals(gd, gs, 0.0);
        MlpHessianProduct h = new MlpHessianProduct(a, data, Kernels.portable());
        h.at(theta);
        double[] v = MlpFixtures.vector(a.parameterCount(), 1, 3), hv = new double[v.length];
        h.apply(v, hv);
        // the dense reference: central differences of the dense gradient along v
        double step = 1e-5;
        double[] p = theta.clone(), m = theta.clone(), gp = new double[v.length], gm = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            p[i] += step * v[i];
            m[i] -= step * v[i];
        }
        MlpEvaluator de = new MlpEvaluator(a, data, Kernels.portable(), false, false);
        de.evaluate(p, gp);
        de.evaluate(m, gm);
        double[] ref = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            ref[i] = (gp[i] - gm[i]) / (2 * step);
        }
        double scale = MlpFixtures.maxAbs(ref);
        for (int i = 0; i < v.length; i++) {
            assertEquals(ref[i], hv[i], 1e-6 * scale, "HVP " + i);
        }
    }

    /** The vector kernels give the portable kernel's bits, on any thread count. */
    @Test
    void kernelsAgreeToTheLastBit() {
        MlpArchitecture a = MlpFixtures.arch("gelu:0", "exponential", 37, 19, 23);
        Dataset data = MlpFixtures.data(41, 37, 9);
        double[] theta = a.initialParameters(1, 1);
        double[] ref = new double[a.parameterCount()];
        double lossRef = new MlpEvaluator(a, data, Kernels.portable()).evaluate(theta, ref);
        for (MatrixKernel k : new MatrixKernel[] {Kernels.withThreads(1), Kernels.withThreads(2)}) {
            double[] g = new double[a.parameterCount()];
            assertEquals(lossRef, new MlpEvaluator(a, data, k).evaluate(theta, g), 0.0, k.name());
            assertArrayEquals(ref, g, 0.0, k.name());
        }
    }

    /**
     * Depth 2 with w_2 = (a_j·b/m) frozen is the paper's two-layer net: the W_1 block of the MLP's
     * gradient and Hessian products equals the two-layer Trainer's gradient and HessianVectorProduct.
     */
    @Test
    void depthTwoWithTheFixedOuterLayerIsTheTwoLayerNet() {
        int m = 6, d = 3;
        double b = 1.5;
        RunConfig cfg = new RunConfig("xor", "softplus", 0.5, 1.0, m, 1e-3, 1, 3, 1.0, "logistic", b,
                null, null, null, null, null, 0, true, null, 1, 0);
        Dataset data = MlpFixtures.data(9, d, 4);
        MlpArchitecture a = new MlpArchitecture(d, new int[] {m}, cfg.activationFunction(), cfg.lossFunction(), 1.0);
        double[] w1 = MlpFixtures.vector(m * d, 1.2, 8);
        double[] theta = new double[a.parameterCount()];
        System.arraycopy(w1, 0, theta, 0, m * d);
        for (int j = 0; j < m; j++) {
            theta[m * d + j] = (j % 2 == 0 ? 1.0 : -1.0) * b / m;
        }
        double[] grad = new double[theta.length];
        new MlpEvaluator(a, data, Kernels.portable()).evaluate(theta, grad);
        Trainer t = new Trainer(cfg, data, null, Kernels.portable(), w1);
        t.advance();
        double[] ref = t.lastGradient();
        for (int k = 0; k < m * d; k++) {
            assertEquals(ref[k], grad[k], 1e-12 * MlpFixtures.maxAbs(ref), "gradient " + k);
        }
        HessianVectorProduct twoLayer = new HessianVectorProduct(data, cfg.activationFunction(),
                cfg.lossFunction(), m, b, Kernels.portable()).at(w1);
        MlpHessianProduct mlp = new MlpHessianProduct(a, data, Kernels.portable());
        mlp.at(theta);
        double[] v1 = MlpFixtures.vector(m * d, 1, 2);
        double[] v = new double[theta.length];
        System.arraycopy(v1, 0, v, 0, m * d);
        double[] h2 = new double[m * d], hm = new double[theta.length];
        twoLayer.apply(v1, h2);
        mlp.apply(v, hm);
        for (int k = 0; k < m * d; k++) {
            assertEquals(h2[k], hm[k], 1e-12 * MlpFixtures.maxAbs(h2), "HVP " + k);
        }
    }
}
