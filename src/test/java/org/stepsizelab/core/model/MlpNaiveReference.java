package org.stepsizelab.core.model;

import org.stepsizelab.core.Activation;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.Loss;

/**
 * An independent re-implementation of the MLP for the tests: scalar loops, one sample at a time,
 * in hyper-dual arithmetic a + b·ε₁ + c·ε₂ + d·ε₁ε₂ (ε₁² = ε₂² = 0). Evaluating L at θ + ε₁U + ε₂V
 * gives, exactly up to rounding and without back-propagation, L(θ), ∇L·U, ∇L·V and Uᵀ∇²L·V.
 */
final class MlpNaiveReference {
    private MlpNaiveReference() {}

    /** {L, ∇L·u, ∇L·v, uᵀ∇²L v} at θ. */
    static double[] evaluate(MlpArchitecture arch, Dataset data, double[] theta, double[] u, double[] v) {
        Activation phi = arch.activation();
        Loss loss = arch.loss();
        int depth = arch.depth();
        double[] total = new double[4];
        for (int i = 0; i < data.n(); i++) {
            // hidden values of this sample, as hyper-duals [value, ε₁, ε₂, ε₁ε₂]
            double[][] act = new double[data.d()][];
            for (int k = 0; k < data.d(); k++) {
                act[k] = new double[] {data.x()[i * data.d() + k], 0, 0, 0};
            }
            for (int l = 1; l <= depth; l++) {
                int out = arch.dim(l), in = arch.dim(l - 1);
                double[][] next = new double[out][];
                for (int j = 0; j < out; j++) {
                    double[] s = {0, 0, 0, 0};
                    for (int k = 0; k < in; k++) {
                        int p = arch.offset(l) + j * in + k;
                        double[] weight = {theta[p], u[p], v[p], 0};
                        s = add(s, mul(weight, act[k]));
                    }
                    next[j] = l < depth ? apply(s, phi.value(s[0]), phi.d1(s[0]), phi.d2(s[0])) : s;
                }
                act = next;
            }
            double[] f = act[0];
            double y = data.y()[i];
            double[] q = {y * f[0], y * f[1], y * f[2], y * f[3]};
            double[] li = apply(q, loss.value(q[0]), loss.d1(q[0]), loss.d2(q[0]));
            for (int c = 0; c < 4; c++) {
                total[c] += li[c] / data.n();
            }
        }
        return total;
    }

    private static double[] add(double[] a, double[] b) {
        return new double[] {a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]};
    }

    private static double[] mul(double[] a, double[] b) {
        return new double[] {a[0] * b[0], a[0] * b[1] + a[1] * b[0], a[0] * b[2] + a[2] * b[0],
                a[0] * b[3] + a[1] * b[2] + a[2] * b[1] + a[3] * b[0]};
    }

    /** g(a) for a scalar g with g, g', g'' at a[0]. */
    private static double[] apply(double[] a, double g, double g1, double g2) {
        return new double[] {g, g1 * a[1], g1 * a[2], g1 * a[3] + g2 * a[1] * a[2]};
    }
}
