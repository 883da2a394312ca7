package org.stepsizelab.core.training;

import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.kernel.FusedPass;
import org.stepsizelab.core.kernel.MatrixKernel;
import org.stepsizelab.core.model.Model;
import org.stepsizelab.core.model.TwoLayerNet;

/**
 * GD never leaves the row space of X, so with K = X·Xᵀ computed once, Z_{t+1} = Z_t − η·K·C_t and
 * ‖W_{t+1}‖² = ‖W_t‖² − 2η⟨C_t, Z_t⟩ + η²⟨K·C_t, C_t⟩: one n×n by n×m product (2n²m flops).
 * W = W_0 − (Σ_s η_s C_s)ᵀ·X is rebuilt when it is needed and every {@link #RESYNC_EVERY} steps,
 * when Z and ‖W‖ are recomputed from it so that rounding in the recurrences cannot drift.
 */
final class GramForm extends TwoLayerForm {
    /** Steps between re-synchronisations of Z and ‖W‖ with the accumulated W. */
    static final int RESYNC_EVERY = 100;

    private final double[] gramK, z0, etaCSum, kc;
    /** Row length of K (n padded like Z's rows). */
    private final int kLd;
    private double norm2;
    private boolean weightsCurrent = true;
    private int sinceResync;

    GramForm(TwoLayerNet net, Dataset train, MatrixKernel kernel, FusedPass pass, double[] start) {
        super(net, train, kernel, pass, start);
        int align = kernel.columnAlignment();
        // K's rows padded to the kernel's alignment (zero columns) so K = X·Xᵀ has no scalar tail
        this.kLd = (n + align - 1) / align * align;
        this.gramK = new double[n * kLd];
        double[] xt = new double[d * kLd];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                xt[k * kLd + i] = x[i * d + k];
            }
        }
        kernel.mul(x, d, 1, xt, n, d, kLd, gramK);
        this.z0 = new double[n * ld];
        kernel.mul(x, d, 1, wt, n, d, ld, z0);
        System.arraycopy(z0, 0, z, 0, z.length);
        this.etaCSum = new double[n * ld];
        this.kc = new double[n * ld];
        this.norm2 = sumOfSquaresOfW();
    }

    @Override
    public void measure(Model.Evaluation out) {
        applyPass(out); // Z is kept current by the recurrence
    }

    @Override
    public double norm() {
        return safeNorm(Math.max(norm2, 0.0));
    }

    /** Z ← Z − η·K·C, ‖W‖² by the exact identity, Σ η_s C_s for W; re-synchronises periodically. */
    @Override
    public void update(double e) {
        kernel.mul(gramK, kLd, 1, c, n, n, ld, kc);
        double cz = 0, ckc = 0;
        for (int k = 0; k < z.length; k++) {
            double ck = c[k];
            cz += ck * z[k];
            ckc += ck * kc[k];
            z[k] -= e * kc[k];
            etaCSum[k] += e * ck;
        }
        norm2 = norm2 - 2 * e * cz + e * e * ckc;
        double[] t = cLast;
        cLast = c;
        c = t;
        weightsCurrent = false;
        updated = true;
        if (++sinceResync >= RESYNC_EVERY) {
            sinceResync = 0;
            kernel.mul(gramK, kLd, 1, etaCSum, n, n, ld, kc);
            for (int k = 0; k < z.length; k++) {
                z[k] = z0[k] - kc[k];
            }
            ensureWeights();
            norm2 = sumOfSquaresOfW();
        }
    }

    /** Wᵀ = W0ᵀ − Xᵀ·(Σ η_s C_s), when something needs W itself. */
    @Override
    void ensureWeights() {
        if (weightsCurrent) {
            return;
        }
        kernel.mul(x, 1, d, etaCSum, d, n, ld, gt);
        for (int k = 0; k < wt.length; k++) {
            wt[k] = w0t[k] - gt[k];
        }
        weightsCurrent = true;
    }

    @Override
    public double[] lastGradient() {
        if (!updated) {
            return new double[m * d];
        }
        double[] source = new double[d * ld];
        kernel.mul(x, 1, d, cLast, d, n, ld, source);
        return untranspose(source);
    }

    @Override
    public String name() {
        return "gram";
    }
}
