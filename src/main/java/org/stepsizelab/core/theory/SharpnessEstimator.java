package org.stepsizelab.core.theory;

import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.kernel.MatrixKernel;

/**
 * Sharpness λ_max(∇²L(W)) of a run's loss (docs/MATH.md §2): Lanczos on the exact Hessian-vector
 * product. Compared with the stability threshold 2/η it shows the edge of stability.
 *
 * <p>Deterministic: the Lanczos start vector comes from the run's seed, so the same configuration
 * gives bit-identical sharpness values. Not thread-safe (it reuses its buffers).
 */
public final class SharpnessEstimator {
    /** Enough for the top eigenvalue to ~1e−9 relative on the nets here; most calls stop earlier. */
    public static final int DEFAULT_ITERATIONS = 20;
    public static final double DEFAULT_TOLERANCE = 1e-9;

    private final java.util.function.Consumer<double[]> at;
    private final Lanczos.Operator hvp;
    private final Lanczos lanczos;
    private Lanczos.Result last;

    public SharpnessEstimator(HessianVectorProduct hvp, int maxIterations, double tolerance, long seed) {
        this(hvp.dimension(), hvp::at, hvp::apply, maxIterations, tolerance, seed);
    }

    /** On any Hessian: {@code at} fixes the point, {@code hvp} multiplies there. */
    public SharpnessEstimator(int dimension, java.util.function.Consumer<double[]> at, Lanczos.Operator hvp,
            int maxIterations, double tolerance, long seed) {
        this.at = at;
        this.hvp = hvp;
        this.lanczos = new Lanczos(dimension, maxIterations, tolerance, seed);
    }

    /** The estimator of any model's loss, through its evaluator's Hessian-vector product. */
    public static SharpnessEstimator forModel(org.stepsizelab.core.model.Model model, Dataset train, long seed) {
        org.stepsizelab.core.model.Model.Evaluator e = model.evaluator(train);
        return new SharpnessEstimator(model.parameterCount(), e::hessianAt, e::hessianTimes, DEFAULT_ITERATIONS,
                DEFAULT_TOLERANCE, seed);
    }

    /** The estimator a run configuration implies, on its training data. */
    public static SharpnessEstimator forRun(RunConfig config, Dataset train, MatrixKernel kernel) {
        HessianVectorProduct hvp = new HessianVectorProduct(train, config.activationFunction(),
                config.lossFunction(), config.width(), config.outputScale(), kernel);
        return new SharpnessEstimator(hvp, DEFAULT_ITERATIONS, DEFAULT_TOLERANCE, config.seed());
    }

    /** λ_max(∇²L(W)) for W (m×d, row-major); NaN when W is not finite (a diverged run). */
    public double estimate(double[] w) {
        for (double v : w) {
            if (!Double.isFinite(v)) {
                last = new Lanczos.Result(Double.NaN, 0, Double.NaN);
                return Double.NaN;
            }
        }
        at.accept(w);
        last = lanczos.largest(hvp);
        return last.value();
    }

    /** Details of the last estimate (iterations used, residual), or null before the first. */
    public Lanczos.Result lastResult() {
        return last;
    }
}
