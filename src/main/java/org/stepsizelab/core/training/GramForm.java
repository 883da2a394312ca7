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
    /** Loss of the recurrence's Z_{t+1} just before a re-sync replaced it (NaN: no re-sync), and its report. */
    private double pendingChainLoss = Double.NaN, chainLoss = Double.NaN;

    GramForm(TwoLayerNet net, Dataset train, MatrixKernel kernel, FusedPass pass, double[] start) {
        super(net, train, kernel, pass, start);
        int align = kernel.columnAlignment();
        // K's rows padded to the kernel's alignment (zero columns); K = X·Xᵀ is symmetric, so the
        // vector kernel computes one triangle (half the set-up's flops) and mirrors it, same bits
        this.kLd = (n + align - 1) / align * align;
        this.gramK = new double[n * kLd];
        kernel.multOuter(x, n, d, gramK, kLd);
        kernel.declareConstant(gramK); // K enters the product of every step: the kernel may pack it once
        this.z0 = new double[n * ld];
        kernel.mult(x, d, wt, n, d, ld, z0);
        System.arraycopy(z0, 0, z, 0, z.length);
        this.etaCSum = new double[n * ld];
        this.kc = new double[n * ld];
        this.norm2 = sumOfSquaresOfW();
    }

    @Override
    public void measure(Model.Evaluation out) {
        applyPass(out); // Z is kept current by the recurrence
        chainLoss = pendingChainLoss;
        pendingChainLoss = Double.NaN;
    }

    @Override
    public double chainLoss() {
        return chainLoss;
    }

    @Override
    public double norm() {
        return safeNorm(Math.max(norm2, 0.0));
    }

    /** Z ← Z − η·K·C, ‖W‖² by the exact identity, Σ η_s C_s for W; re-synchronises periodically. */
    @Override
    public void update(double e) {
        kernel.mult(gramK, kLd, c, n, n, ld, kc);
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
            // the loss the recurrence alone gives for step t+1, for the phase tracker; C's buffer is
            // scratch here (the next measure overwrites it), so the run's numbers do not change
            pass.apply(z, n, m, ld, outer, y, c, work, passResult);
            pendingChainLoss = passResult.lossSum / n;
            kernel.mult(gramK, kLd, etaCSum, n, n, ld, kc);
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
        kernel.multTransA(x, d, etaCSum, d, n, ld, gt);
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
        kernel.multTransA(x, d, cLast, d, n, ld, source);
        return untranspose(source);
    }

    @Override
    public String name() {
        return "gram";
    }
}
