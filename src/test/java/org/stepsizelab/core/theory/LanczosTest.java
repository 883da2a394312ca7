package org.stepsizelab.core.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.kernel.Kernels;

/** Lanczos λ_max against EJML's dense symmetric eigen-decomposition of the full Hessian. */
class LanczosTest {

    static double denseMax(double[][] h) {
        int dim = h.length;
        DMatrixRMaj a = new DMatrixRMaj(h);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(dim, false, true);
        assertTrue(eig.decompose(a));
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < dim; i++) {
            best = Math.max(best, eig.getEigenvalue(i).getReal());
        }
        return best;
    }

    /** The dense Hessian by central differences of the Trainer's gradient: independent of the HVP code. */
    static double[][] finiteDifferenceHessian(RunConfig cfg, Dataset data, double[] w) {
        int dim = w.length;
        double[][] h = new double[dim][dim];
        double step = 1e-5;
        for (int k = 0; k < dim; k++) {
            double[] p = w.clone(), q = w.clone();
            p[k] += step;
            q[k] -= step;
            double[] gp = TheoryFixtures.gradient(cfg, data, p), gq = TheoryFixtures.gradient(cfg, data, q);
            for (int r = 0; r < dim; r++) {
                h[r][k] = (gp[r] - gq[r]) / (2 * step);
            }
        }
        return h;
    }

    @Test
    void topEigenvalueOfRandomSmallNetsMatchesDenseDecomposition() {
        String[][] nets = {{"softplus", "logistic"}, {"gelu", "exponential"}, {"tanh", "logistic"}, {"silu", "exponential"}};
        for (int s = 0; s < nets.length; s++) {
            RunConfig cfg = TheoryFixtures.config(nets[s][0], 0.3, nets[s][1], 5, 2.0);
            Dataset data = TheoryFixtures.randomData(9, 4, 20 + s);
            double[] w = TheoryFixtures.randomVector(20, 1.5, 40 + s);
            HessianVectorProduct hvp = TheoryFixtures.hvp(cfg, data).at(w);
            double[][] exact = TheoryFixtures.denseHessian(hvp);
            double[][] fd = finiteDifferenceHessian(cfg, data, w);
            double dense = denseMax(exact);
            assertEquals(dense, denseMax(fd), 1e-6 * Math.abs(dense), "finite-difference Hessian, " + nets[s][0]);
            Lanczos.Result r = new Lanczos(20, 20, 1e-10, 7).largest(hvp::apply);
            assertEquals(dense, r.value(), 1e-9 * Math.abs(dense), nets[s][0] + " " + nets[s][1]);
        }
    }

    /** Along the paper's XOR run at η = 10⁴ (m = 20, 40 parameters): EoS steps and the stable phase. */
    @Test
    void sharpnessAlongTheXorRunMatchesDenseDecomposition() {
        RunConfig cfg = RunConfig.defaults().withSteps(2000);
        Dataset data = Datasets.load(cfg).train();
        Trainer trainer = new Trainer(cfg, data, null, Kernels.portable());
        SharpnessEstimator est = SharpnessEstimator.forRun(cfg, data, Kernels.portable());
        HessianVectorProduct hvp = TheoryFixtures.hvp(cfg, data);
        int checked = 0;
        while (!trainer.done()) {
            long t = trainer.step();
            if (t == 0 || t == 3 || t == 8 || t == 2000) {
                double[] w = trainer.weights();
                double dense = denseMax(TheoryFixtures.denseHessian(hvp.at(w)));
                double lanczos = est.estimate(w);
                assertEquals(dense, lanczos, 1e-8 * Math.abs(dense), "step " + t);
                assertTrue(est.lastResult().iterations() <= SharpnessEstimator.DEFAULT_ITERATIONS);
                checked++;
            }
            trainer.advance();
        }
        assertEquals(4, checked);
    }

    @Test
    void findsTheLargestAlgebraicEigenvalueOfAKnownOperator() {
        // diag(−5, 1, 2, 3): the largest is 3 even though |−5| is larger
        double[] diag = {-5, 1, 2, 3};
        Lanczos.Result r = new Lanczos(4, 20, 1e-12, 1).largest((v, out) -> {
            for (int i = 0; i < 4; i++) {
                out[i] = diag[i] * v[i];
            }
        });
        assertEquals(3.0, r.value(), 1e-12);
        assertTrue(r.iterations() <= 4);
    }

    @Test
    void sameSeedGivesBitIdenticalEstimates() {
        RunConfig cfg = TheoryFixtures.config("softplus", 0.5, "logistic", 6, 1.0);
        Dataset data = TheoryFixtures.randomData(8, 3, 4);
        double[] w = TheoryFixtures.randomVector(18, 1, 3);
        double a = SharpnessEstimator.forRun(cfg, data, Kernels.portable()).estimate(w);
        double b = SharpnessEstimator.forRun(cfg, data, Kernels.portable()).estimate(w);
        assertEquals(Double.doubleToRawLongBits(a), Double.doubleToRawLongBits(b));
    }

    @Test
    void aNonFiniteOperatorGivesNaNNotAnException() {
        Lanczos.Result r = new Lanczos(6, 20, 1e-9, 1).largest((v, out) -> java.util.Arrays.fill(out, Double.NaN));
        assertTrue(Double.isNaN(r.value()));
        double[] w = new double[18];
        w[3] = Double.POSITIVE_INFINITY;
        RunConfig cfg = TheoryFixtures.config("softplus", 0.5, "logistic", 6, 1.0);
        assertTrue(Double.isNaN(SharpnessEstimator.forRun(cfg, TheoryFixtures.randomData(8, 3, 4), Kernels.portable())
                .estimate(w)));
    }
}
