package org.stepsizelab.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.kernel.Kernels;
import org.stepsizelab.core.theory.Lanczos;

/** The MLP's dense Hessian: symmetric, equal to a finite-difference Hessian, λ_max found by Lanczos. */
class MlpHessianTest {

    static double[][] dense(MlpHessianProduct hvp) {
        int dim = hvp.dimension();
        double[][] h = new double[dim][dim];
        double[] e = new double[dim], col = new double[dim];
        for (int k = 0; k < dim; k++) {
            e[k] = 1;
            hvp.apply(e, col);
            e[k] = 0;
            for (int r = 0; r < dim; r++) {
                h[r][k] = col[r];
            }
        }
        return h;
    }

    @Test
    void denseHessianIsSymmetricAndMatchesSecondDifferencesOfTheLoss() {
        MlpArchitecture arch = MlpFixtures.arch("gelu:0.2", "logistic", 3, 3, 2);
        Dataset data = MlpFixtures.data(6, 3, 1);
        MlpHessianProduct hvp = new MlpHessianProduct(arch, data, Kernels.portable());
        MlpEvaluator ev = new MlpEvaluator(arch, data, Kernels.portable());
        double[] theta = arch.initialParameters(1.5, 3);
        hvp.at(theta);
        double[][] h = dense(hvp);
        int dim = h.length;
        double scale = 0;
        for (double[] row : h) {
            scale = Math.max(scale, MlpFixtures.maxAbs(row));
        }
        double step = 1e-4;
        for (int r = 0; r < dim; r++) {
            for (int c = 0; c < dim; c++) {
                assertEquals(h[r][c], h[c][r], 1e-13 * scale, "symmetry " + r + "," + c);
                double[] pp = theta.clone(), pm = theta.clone(), mp = theta.clone(), mm = theta.clone();
                pp[r] += step; pp[c] += step;
                pm[r] += step; pm[c] -= step;
                mp[r] -= step; mp[c] += step;
                mm[r] -= step; mm[c] -= step;
                double fd = (ev.evaluate(pp, null) - ev.evaluate(pm, null) - ev.evaluate(mp, null)
                        + ev.evaluate(mm, null)) / (4 * step * step);
                assertEquals(fd, h[r][c], 1e-5 * scale, "entry " + r + "," + c);
            }
        }
    }

    @Test
    void lanczosTopEigenvalueMatchesTheDenseDecomposition() {
        for (String act : new String[] {"softplus:0.5", "gelu:0", "tanh:0.3"}) {
            for (String loss : new String[] {"logistic", "exponential"}) {
                MlpArchitecture arch = MlpFixtures.arch(act, loss, 4, 4, 3, 3);
                Dataset data = MlpFixtures.data(10, 4, 6);
                MlpHessianProduct hvp = new MlpHessianProduct(arch, data, Kernels.portable());
                hvp.at(arch.initialParameters(2.0, 11));
                double[][] h = dense(hvp);
                int dim = h.length;
                DMatrixRMaj a = new DMatrixRMaj(h);
                EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(dim, false, true);
                assertTrue(eig.decompose(a));
                double best = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < dim; i++) {
                    best = Math.max(best, eig.getEigenvalue(i).getReal());
                }
                Lanczos.Result got = new Lanczos(dim, dim, 1e-12, 5).largest(hvp::apply);
                assertEquals(best, got.value(), 1e-9 * Math.abs(best), act + " " + loss);
            }
        }
    }
}
