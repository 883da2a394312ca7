package org.stepsizelab.core.training;

import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.kernel.FusedPass;
import org.stepsizelab.core.kernel.MatrixKernel;
import org.stepsizelab.core.model.Model;
import org.stepsizelab.core.model.TwoLayerNet;

/**
 * What the two-layer net's fast forms share: the trainer works on Wᵀ (d×ld, m padded to the
 * kernel's column alignment with zero outer weights) so both products stream rows, and one fused
 * pass turns Z = X·Wᵀ into loss, margins and C with ∇L = Cᵀ·X.
 */
abstract class TwoLayerForm implements StepForm {
    final TwoLayerNet net;
    final MatrixKernel kernel;
    final FusedPass pass;
    final FusedPass.Result passResult = new FusedPass.Result();
    final int n, d, m;
    /** Row length of Z, C and Wᵀ. */
    final int ld;
    final double[] x, y;
    /** a_j·b/m from the net, 0 in padding columns. */
    final double[] outer;
    /** W0ᵀ and Wᵀ (d×ld). */
    final double[] w0t, wt;
    final double[] z, work;
    /** C of the step being measured, and C of the last update. */
    double[] c, cLast;
    /** Direct form: ∇Lᵀ (d×ld) of the last update. Gram form: scratch for rebuilding W. */
    final double[] gt;
    boolean updated;
    private double[] zTest;

    TwoLayerForm(TwoLayerNet net, Dataset train, MatrixKernel kernel, FusedPass pass, double[] start) {
        this.net = net;
        this.kernel = kernel;
        this.pass = pass;
        this.n = train.n();
        this.d = train.d();
        this.m = net.width();
        int align = kernel.columnAlignment();
        this.ld = (m + align - 1) / align * align;
        this.x = train.x();
        kernel.declareConstant(x); // X enters a product every step: the kernel may pack it once
        this.y = train.y();
        this.outer = net.outerWeights(ld);
        this.w0t = new double[d * ld];
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < d; k++) {
                w0t[k * ld + j] = start[j * d + k];
            }
        }
        this.wt = w0t.clone();
        this.z = new double[n * ld];
        this.c = new double[n * ld];
        this.cLast = new double[n * ld];
        this.gt = new double[d * ld];
        this.work = new double[pass.workLength(n)];
    }

    /** Makes Wᵀ current (the Gram form keeps it implicit between uses). */
    abstract void ensureWeights();

    /** The fused pass over the current Z; results into out. */
    final void applyPass(Model.Evaluation out) {
        pass.apply(z, n, m, ld, outer, y, c, work, passResult);
        out.loss = passResult.lossSum / n;
        out.minMargin = passResult.minMargin;
        out.correct = passResult.correct;
    }

    @Override
    public void evaluate(Dataset set, Model.Evaluation out) {
        ensureWeights();
        int nt = set.n();
        if (zTest == null || zTest.length != nt * ld) {
            zTest = new double[nt * ld];
        }
        kernel.mult(set.x(), d, wt, nt, d, ld, zTest);
        double sum = 0;
        int correct = 0;
        for (int i = 0; i < nt; i++) {
            double q = set.y()[i] * net.outputFromPreactivations(zTest, i * ld);
            sum += net.loss().value(q);
            if (q > 0) {
                correct++;
            }
        }
        out.loss = sum / nt;
        out.correct = correct;
        out.minMargin = Double.NaN;
    }

    /**
     * ‖W‖² summed in W's own row-major order (rows w_j), so that it is bit-for-bit the norm of
     * {@link #parameters()}, however Wᵀ is laid out here.
     */
    final double sumOfSquaresOfW() {
        double s = 0;
        for (int j = 0; j < m; j++) {
            for (int k = 0, i = j; k < d; k++, i += ld) {
                double v = wt[i];
                s += v * v;
            }
        }
        return s;
    }

    /**
     * ‖W‖ from its sum of squares when that is finite (the usual case, bit for bit as before), else
     * by scaled summation as hypot does, so that huge but finite weights (σ = 1e300) are not
     * mistaken for a divergence.
     */
    final double safeNorm(double sumOfSquares) {
        if (Double.isFinite(sumOfSquares)) {
            return Math.sqrt(sumOfSquares);
        }
        ensureWeights();
        return ScaledNorm.of(wt);
    }

    @Override
    public double[] parameters() {
        ensureWeights();
        return untranspose(wt);
    }

    @Override
    public String passName() {
        return pass.name();
    }

    final double[] untranspose(double[] t) {
        double[] r = new double[m * d];
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < d; k++) {
                r[j * d + k] = t[k * ld + j];
            }
        }
        return r;
    }
}
