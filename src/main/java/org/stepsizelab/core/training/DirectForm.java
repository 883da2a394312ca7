package org.stepsizelab.core.training;

import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.kernel.FusedPass;
import org.stepsizelab.core.kernel.MatrixKernel;
import org.stepsizelab.core.model.Model;
import org.stepsizelab.core.model.TwoLayerNet;

/** Z = X·Wᵀ and ∇Lᵀ = Xᵀ·C: two n×d by d×m products per step (4ndm flops). */
final class DirectForm extends TwoLayerForm {

    DirectForm(TwoLayerNet net, Dataset train, MatrixKernel kernel, FusedPass pass, double[] start) {
        super(net, train, kernel, pass, start);
    }

    @Override
    public void measure(Model.Evaluation out) {
        kernel.mul(x, d, 1, wt, n, d, ld, z); // Z = X·Wᵀ
        applyPass(out);
    }

    @Override
    public double norm() {
        return safeNorm(sumOfSquaresOfW());
    }

    @Override
    public void update(double eta) {
        kernel.mul(x, 1, d, c, d, n, ld, gt); // ∇Lᵀ = Xᵀ·C
        for (int k = 0; k < wt.length; k++) {
            wt[k] -= eta * gt[k];
        }
        double[] t = cLast;
        cLast = c;
        c = t;
        updated = true;
    }

    @Override
    void ensureWeights() {
        // Wᵀ is always current
    }

    @Override
    public double[] lastGradient() {
        return updated ? untranspose(gt) : new double[m * d];
    }

    @Override
    public String name() {
        return "direct";
    }
}
