package org.stepsizelab.core.model;

import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.kernel.MatrixKernel;

/**
 * The exact Hessian-vector product ∇²L(θ)·V of the MLP by Pearlmutter's R-operator: the directional
 * derivative R{·} = d/dε|₀ (·)(θ + εV) pushed through the forward pass and then through
 * back-propagation (no finite differences):
 *
 * <pre>
 *   R{Z_1} = X V_1ᵀ;  R{Z_l} = R{H_{l−1}} W_lᵀ + H_{l−1} V_lᵀ;  R{H_l} = φ'(Z_l) ⊙ R{Z_l}
 *   R{F} = R{H_{L−1}} w_Lᵀ + H_{L−1} v_Lᵀ;  R{g_i} = ℓ''(q_i) R{F_i} / n
 *   R{∇W_L} = R{g}ᵀ H_{L−1} + gᵀ R{H_{L−1}};  R{G_{L−1}} = R{g} w_L + g v_L
 *   R{Δ_l} = R{G_l} ⊙ φ'(Z_l) + G_l ⊙ φ''(Z_l) ⊙ R{Z_l}
 *   R{∇W_l} = R{Δ_l}ᵀ H_{l−1} + Δ_lᵀ R{H_{l−1}};  R{G_{l−1}} = R{Δ_l} W_l + Δ_l V_l
 * </pre>
 *
 * {@link #at} runs the forward and backward pass once and keeps everything that does not depend on
 * V; each {@link #apply} then costs about two gradients, all products through the kernel. Buffers
 * are allocated once; not thread-safe.
 */
public final class MlpHessianProduct {
    private final MlpEvaluator e;
    private final int n, depth;
    private final int[] dims;
    private final double[][] v, vt, rz, rh, rdelta, rgrad, tmpGrad;
    private final double[] rf, tmpN;
    private boolean ready;

    public MlpHessianProduct(MlpArchitecture arch, Dataset data, MatrixKernel kernel) {
        this.e = new MlpEvaluator(arch, data, kernel, true, true);
        this.n = e.n;
        this.depth = e.depth;
        this.dims = e.dims;
        v = new double[depth + 1][];
        vt = new double[depth + 1][];
        rgrad = new double[depth + 1][];
        tmpGrad = new double[depth + 1][];
        for (int l = 1; l <= depth; l++) {
            v[l] = new double[arch.size(l)];
            vt[l] = new double[arch.size(l)];
            rgrad[l] = new double[arch.size(l)];
            tmpGrad[l] = new double[arch.size(l)];
        }
        rz = new double[depth][];
        rh = new double[depth][];
        rdelta = new double[depth][];
        for (int l = 1; l < depth; l++) {
            rz[l] = new double[n * dims[l]];
            rh[l] = new double[n * dims[l]];
            rdelta[l] = new double[n * dims[l]];
        }
        rf = new double[n];
        tmpN = new double[n * maxHidden()];
    }

    private int maxHidden() {
        int m = 1;
        for (int l = 1; l < depth; l++) {
            m = Math.max(m, dims[l]);
        }
        return m;
    }

    /** The number of parameters: the Hessian is dimension × dimension. */
    public int dimension() {
        return e.arch.parameterCount();
    }

    /** Fixes the point θ at which later products are taken; returns the loss there. */
    public double at(double[] theta) {
        e.forward(theta);
        e.backward();
        ready = true;
        return e.lastLoss();
    }

    /** out = ∇²L(θ)·vec (both flat, θ's layout); out must not alias vec. */
    public void apply(double[] vec, double[] out) {
        if (!ready) {
            throw new IllegalStateException("call at(θ) first");
        }
        MatrixKernel k = e.kernel;
        MlpArchitecture arch = e.arch;
        for (int l = 1; l <= depth; l++) {
            System.arraycopy(vec, arch.offset(l), v[l], 0, v[l].length);
            MlpEvaluator.transpose(v[l], dims[l], dims[l - 1], vt[l]);
        }
        // forward: R{Z_l}, R{H_l}
        for (int l = 1; l < depth; l++) {
            int size = n * dims[l];
            if (l == 1 && e.sparse != null) {
                e.sparse.times(k, vt[1], dims[1], rz[1]);
            } else {
                k.mult(e.h[l - 1], dims[l - 1], vt[l], n, dims[l - 1], dims[l], rz[l]);
            }
            if (l > 1) {
                k.mult(rh[l - 1], dims[l - 1], e.wt[l], n, dims[l - 1], dims[l], tmpN);
                addInto(rz[l], tmpN, size);
            }
            double[] dp = e.dphi[l];
            for (int i = 0; i < size; i++) {
                rh[l][i] = dp[i] * rz[l][i];
            }
        }
        int top = depth - 1;
        k.mult(rh[top], dims[top], e.w[depth], n, dims[top], 1, rf);
        k.mult(e.h[top], dims[top], v[depth], n, dims[top], 1, tmpN);
        for (int i = 0; i < n; i++) {
            rf[i] = e.curv[i] * (rf[i] + tmpN[i]);   // now R{g}
        }
        // backward: R{∇W_L}, R{G_{L−1}}
        k.mult(rf, n, e.h[top], 1, n, dims[top], rgrad[depth]);
        k.mult(e.g, n, rh[top], 1, n, dims[top], tmpGrad[depth]);
        addInto(rgrad[depth], tmpGrad[depth], rgrad[depth].length);
        k.mult(rf, 1, e.w[depth], n, 1, dims[top], rdelta[top]);
        k.mult(e.g, 1, v[depth], n, 1, dims[top], tmpN);
        addInto(rdelta[top], tmpN, n * dims[top]);
        for (int l = top; l >= 1; l--) {
            int size = n * dims[l];
            double[] rd = rdelta[l], dp = e.dphi[l], d2 = e.d2phi[l], gp = e.gpre[l], r = rz[l];
            for (int i = 0; i < size; i++) {
                rd[i] = rd[i] * dp[i] + gp[i] * d2[i] * r[i];
            }
            if (l == 1 && e.sparse != null) {
                e.sparse.transposeTimes(k, rd, dims[1], tmpGrad[1]);
                MlpEvaluator.transpose(tmpGrad[1], dims[0], dims[1], rgrad[1]);
            } else {
                k.multTransA(rd, dims[l], e.h[l - 1], dims[l], n, dims[l - 1], rgrad[l]);
            }
            if (l > 1) {
                k.multTransA(e.delta[l], dims[l], rh[l - 1], dims[l], n, dims[l - 1], tmpGrad[l]);
                addInto(rgrad[l], tmpGrad[l], rgrad[l].length);
                k.mult(rd, dims[l], e.w[l], n, dims[l], dims[l - 1], rdelta[l - 1]);
                k.mult(e.delta[l], dims[l], v[l], n, dims[l], dims[l - 1], tmpN);
                addInto(rdelta[l - 1], tmpN, n * dims[l - 1]);
            }
        }
        for (int l = 1; l <= depth; l++) {
            System.arraycopy(rgrad[l], 0, out, arch.offset(l), rgrad[l].length);
        }
    }

    private static void addInto(double[] a, double[] b, int len) {
        for (int i = 0; i < len; i++) {
            a[i] += b[i];
        }
    }
}
