package org.stepsizelab.core.theory;

import org.stepsizelab.core.Activation;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.Loss;
import org.stepsizelab.core.kernel.MatrixKernel;
import org.stepsizelab.core.model.TwoLayerNet;

/**
 * The exact Hessian-vector product ∇²L(W)·V of docs/MATH.md §2, with no finite differences:
 *
 * <pre>
 *   S = X Vᵀ;  u_i = (b/m) Σ_j a_j φ'(Z_ij) S_ij            (= ∇f_iᵀ V)
 *   D_ij = (b/m) a_j [ ℓ''(q_i) u_i φ'(Z_ij) + ℓ'(q_i) y_i φ''(Z_ij) S_ij ] / n
 *   ∇²L·V = Dᵀ X
 * </pre>
 *
 * {@link #at(double[])} fixes the point W and caches everything that does not depend on V (Z, φ'(Z),
 * φ''(Z), ℓ'(q), ℓ''(q)); each {@link #apply} then costs the same two dense products as a GD step,
 * done by the shared {@link MatrixKernel} so faster kernels speed it up too. Buffers are allocated
 * once; an instance is not thread-safe.
 */
public final class HessianVectorProduct {
    private final MatrixKernel kernel;
    private final Activation phi;
    private final Loss loss;
    private final int n, d, m;
    private final double[] x, y;
    /** a_j·b/m from {@link TwoLayerNet}, the one definition of the net (this class is its fast path). */
    private final double[] outer;
    private final double[] z, dphi, d2phi, s, dmat;
    /** ℓ''(q_i)/n and ℓ'(q_i)·y_i/n at the current point. */
    private final double[] curv, slope;
    private boolean ready;

    public HessianVectorProduct(Dataset train, Activation phi, Loss loss, int width, double outputScale,
            MatrixKernel kernel) {
        this.kernel = kernel;
        this.phi = phi;
        this.loss = loss;
        this.n = train.n();
        this.d = train.d();
        this.m = width;
        this.x = train.x();
        this.y = train.y();
        this.outer = new TwoLayerNet(phi, loss, width, d, outputScale).outerWeights(m);
        this.z = new double[n * m];
        this.dphi = new double[n * m];
        this.d2phi = new double[n * m];
        this.s = new double[n * m];
        this.dmat = new double[n * m];
        this.curv = new double[n];
        this.slope = new double[n];
    }

    /** The number of parameters m·d: the Hessian is (m·d)×(m·d). */
    public int dimension() {
        return m * d;
    }

    /** Fixes the point W (m×d, row-major) at which later products are taken. */
    public HessianVectorProduct at(double[] w) {
        if (w.length != m * d) {
            throw new IllegalArgumentException("W must have m·d = " + m * d + " entries, got " + w.length);
        }
        kernel.multTransB(x, w, n, d, m, z);
        double invN = 1.0 / n;
        for (int i = 0; i < n; i++) {
            int row = i * m;
            double f = 0;
            for (int j = 0; j < m; j++) {
                double zij = z[row + j];
                f += outer[j] * phi.value(zij);
                dphi[row + j] = phi.d1(zij);
                d2phi[row + j] = phi.d2(zij);
            }
            double q = y[i] * f;
            curv[i] = loss.d2(q) * invN;
            slope[i] = loss.d1(q) * y[i] * invN;
        }
        ready = true;
        return this;
    }

    /** out (m×d) = ∇²L(W)·v, v m×d row-major; out must not alias v. */
    public void apply(double[] v, double[] out) {
        if (!ready) {
            throw new IllegalStateException("call at(W) first");
        }
        kernel.multTransB(x, v, n, d, m, s);
        for (int i = 0; i < n; i++) {
            int row = i * m;
            double u = 0;
            for (int j = 0; j < m; j++) {
                u += outer[j] * dphi[row + j] * s[row + j];
            }
            double a = curv[i] * u;
            double b = slope[i];
            for (int j = 0; j < m; j++) {
                dmat[row + j] = outer[j] * (a * dphi[row + j] + b * d2phi[row + j] * s[row + j]);
            }
        }
        kernel.multTransA(dmat, m, x, m, n, d, out);
    }
}
