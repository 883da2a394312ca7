package org.stepsizelab.core.theory;

import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.RandomFixtures;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.kernel.Kernels;

/** Small nets and data for the theory tests, and the production gradient as a reference. */
final class TheoryFixtures {
    private TheoryFixtures() {}

    static RunConfig config(String activation, double leak, String loss, int width, double outputScale) {
        RunConfig d = RunConfig.defaults();
        return new RunConfig(d.dataset(), activation, leak, 0.7, width, 1e-3, 10, 3, 1.0, loss,
                outputScale, null, null, null, null, null, 0, true, null, 1, 0);
    }

    /** n random points in R^d with max norm 1 and random ±1 labels. */
    static Dataset randomData(int n, int d, long seed) {
        return RandomFixtures.data(n, d, seed);
    }

    static double[] randomVector(int len, double scale, long seed) {
        return RandomFixtures.vector(len, scale, seed);
    }

    /** ∇L(W) as the Trainer computes it (its first update's gradient). */
    static double[] gradient(RunConfig cfg, Dataset data, double[] w) {
        Trainer t = new Trainer(cfg.withSteps(1), data, null, Kernels.portable(), w);
        t.advance();
        return t.lastGradient();
    }

    static HessianVectorProduct hvp(RunConfig cfg, Dataset data) {
        return new HessianVectorProduct(data, cfg.activationFunction(), cfg.lossFunction(), cfg.width(),
                cfg.outputScale(), Kernels.portable());
    }

    /** The dense Hessian (dim×dim, row-major) built column by column from exact products H·e_k. */
    static double[][] denseHessian(HessianVectorProduct hvp) {
        int dim = hvp.dimension();
        double[][] h = new double[dim][dim];
        double[] e = new double[dim];
        double[] col = new double[dim];
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
}
