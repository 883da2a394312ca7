package org.stepsizelab.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepsizelab.core.model.MlpFixtures.maxAbs;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.kernel.Kernels;

/** Back-propagation and the R-operator against central differences and the naive hyper-dual loops. */
class MlpGradientTest {

    static List<Arguments> smoothNets() {
        List<Arguments> out = new ArrayList<>();
        for (String act : MlpFixtures.SMOOTH) {
            for (String loss : new String[] {"logistic", "exponential"}) {
                out.add(Arguments.of(act, loss));
            }
        }
        return out;
    }

    /** ∂L/∂θ_k against (L(θ + h e_k) − L(θ − h e_k))/(2h) for every parameter of a 3-layer net. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("smoothNets")
    void gradientMatchesCentralDifferences(String act, String loss) {
        MlpArchitecture arch = MlpFixtures.arch(act, loss, 4, 5, 3);
        Dataset data = MlpFixtures.data(9, 4, 3);
        MlpEvaluator ev = new MlpEvaluator(arch, data, Kernels.portable());
        double[] theta = arch.initialParameters(1.5, 7);
        double[] grad = new double[arch.parameterCount()];
        ev.evaluate(theta, grad);
        double scale = maxAbs(grad);
        assertTrue(scale > 1e-3, "gradient should not vanish: " + scale);
        double h = 1e-5;
        for (int k = 0; k < theta.length; k++) {
            double[] p = theta.clone(), m = theta.clone();
            p[k] += h;
            m[k] -= h;
            double fd = (ev.evaluate(p, null) - ev.evaluate(m, null)) / (2 * h);
            assertEquals(fd, grad[k], 1e-7 * scale, "entry " + k);
        }
    }

    /** ∇²L·V against (∇L(θ + hV) − ∇L(θ − hV))/(2h). */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("smoothNets")
    void hessianProductMatchesCentralDifferences(String act, String loss) {
        MlpArchitecture arch = MlpFixtures.arch(act, loss, 3, 4, 5, 3);
        Dataset data = MlpFixtures.data(8, 3, 5);
        MlpEvaluator ev = new MlpEvaluator(arch, data, Kernels.portable());
        MlpHessianProduct hvp = new MlpHessianProduct(arch, data, Kernels.portable());
        int dim = arch.parameterCount();
        double[] theta = arch.initialParameters(1.5, 2);
        double[] v = MlpFixtures.vector(dim, 1, 9);
        double[] exact = new double[dim];
        hvp.at(theta);
        hvp.apply(v, exact);
        double scale = maxAbs(exact);
        assertTrue(scale > 1e-4, "product should not vanish: " + scale);
        double h = 1e-5;
        double[] p = theta.clone(), m = theta.clone(), gp = new double[dim], gm = new double[dim];
        for (int k = 0; k < dim; k++) {
            p[k] += h * v[k];
            m[k] -= h * v[k];
        }
        ev.evaluate(p, gp);
        ev.evaluate(m, gm);
        for (int k = 0; k < dim; k++) {
            assertEquals((gp[k] - gm[k]) / (2 * h), exact[k], 1e-6 * scale, "entry " + k);
        }
    }

    /**
     * Loss, every gradient entry and uᵀ(∇²L v) against the naive hyper-dual re-implementation, to
     * rounding (1e−12 relative): the two share no code but φ and ℓ.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("smoothNets")
    void agreesWithTheNaiveReimplementation(String act, String loss) {
        MlpArchitecture arch = MlpFixtures.arch(act, loss, 5, 6, 3, 4);
        Dataset data = MlpFixtures.data(7, 5, 8);
        MlpEvaluator ev = new MlpEvaluator(arch, data, Kernels.portable());
        MlpHessianProduct hvp = new MlpHessianProduct(arch, data, Kernels.best(7, 5, 6));
        int dim = arch.parameterCount();
        double[] theta = arch.initialParameters(1.3, 4);
        double[] grad = new double[dim];
        double lossValue = ev.evaluate(theta, grad);
        double[] zero = new double[dim];
        assertEquals(MlpNaiveReference.evaluate(arch, data, theta, zero, zero)[0], lossValue, 1e-13 * lossValue);
        double gScale = maxAbs(grad);
        double[] e = new double[dim];
        for (int k = 0; k < dim; k++) {
            e[k] = 1;
            double ref = MlpNaiveReference.evaluate(arch, data, theta, e, zero)[1];
            e[k] = 0;
            assertEquals(ref, grad[k], 1e-12 * gScale, "gradient entry " + k);
        }
        hvp.at(theta);
        double[] hv = new double[dim];
        for (int trial = 0; trial < 4; trial++) {
            double[] u = MlpFixtures.vector(dim, 1, 20 + trial), v = MlpFixtures.vector(dim, 1, 40 + trial);
            hvp.apply(v, hv);
            double ref = MlpNaiveReference.evaluate(arch, data, theta, u, v)[3];
            double mag = Math.sqrt(MlpFixtures.dot(hv, hv) * MlpFixtures.dot(u, u));
            assertEquals(ref, MlpFixtures.dot(u, hv), 1e-12 * mag, "uᵀHv, trial " + trial);
        }
    }
}
