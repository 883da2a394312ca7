package org.stepsizelab.core.theory;

import java.util.SplittableRandom;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * The largest (algebraic) eigenvalue of a symmetric operator known only through products v ↦ Av,
 * by the Lanczos iteration with full reorthogonalisation.
 *
 * <p>Full reorthogonalisation (two Gram–Schmidt passes against every earlier Lanczos vector) keeps
 * the basis orthonormal to rounding, so no spurious copies of converged eigenvalues appear; with at
 * most ~20 vectors its cost is small next to the products themselves. The iteration stops early
 * when the Ritz residual ‖A y − θ y‖ = |β_k·s_k| of the top Ritz pair falls below
 * {@code tolerance·|θ|}, or when the Krylov space becomes invariant (then θ is exact).
 */
public final class Lanczos {

    /** v ↦ out = A v, A symmetric; out never aliases v. */
    @FunctionalInterface
    public interface Operator {
        void apply(double[] v, double[] out);
    }

    /**
     * @param value the top Ritz value θ, the estimate of λ_max
     * @param iterations products with A that were used
     * @param residual the final Ritz residual |β_k·s_k| (an upper bound on |λ − θ| for some eigenvalue λ)
     */
    public record Result(double value, int iterations, double residual) {}

    private final int dimension;
    private final int maxIterations;
    private final double tolerance;
    private final double[] start;

    /**
     * @param seed fixes the start vector: the same seed gives bit-identical estimates
     */
    public Lanczos(int dimension, int maxIterations, double tolerance, long seed) {
        if (dimension < 1 || maxIterations < 1) {
            throw new IllegalArgumentException("dimension and maxIterations must be ≥ 1");
        }
        this.dimension = dimension;
        this.maxIterations = Math.min(maxIterations, dimension);
        this.tolerance = tolerance;
        this.start = startVector(dimension, seed);
    }

    /** A unit vector with uniform(−1, 1) entries from a seeded generator: deterministic, and almost surely not orthogonal to the top eigenvector. */
    static double[] startVector(int dimension, long seed) {
        SplittableRandom rng = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double[] v = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            v[i] = 2 * rng.nextDouble() - 1;
        }
        scale(v, 1.0 / norm(v));
        return v;
    }

    public Result largest(Operator a) {
        int k = maxIterations;
        double[][] q = new double[k + 1][];
        double[] alpha = new double[k];
        double[] beta = new double[k]; // beta[j] couples q[j] and q[j+1]
        q[0] = start.clone();
        double[] w = new double[dimension];
        double theta = Double.NaN;
        double residual = Double.NaN;
        for (int j = 0; j < k; j++) {
            a.apply(q[j], w);
            alpha[j] = dot(q[j], w);
            // two passes of classical Gram–Schmidt against all earlier vectors ("twice is enough")
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i <= j; i++) {
                    double c = dot(q[i], w);
                    if (pass == 1 && i == j) {
                        alpha[j] += c;
                    }
                    axpy(-c, q[i], w);
                }
            }
            beta[j] = norm(w);
            if (!Double.isFinite(alpha[j]) || !Double.isFinite(beta[j])) {
                // a diverged point (inf/NaN weights or curvature): no eigenvalue to report
                return new Result(Double.NaN, j + 1, Double.NaN);
            }
            double[] ritz = topRitz(alpha, beta, j + 1);
            theta = ritz[0];
            residual = Math.abs(beta[j] * ritz[1]);
            boolean invariant = beta[j] <= 1e-14 * Math.max(Math.abs(alpha[j]), Math.abs(theta))
                    || beta[j] == 0;
            if (invariant || residual <= tolerance * Math.abs(theta) || j == k - 1) {
                return new Result(theta, j + 1, residual);
            }
            q[j + 1] = w.clone();
            scale(q[j + 1], 1.0 / beta[j]);
        }
        return new Result(theta, k, residual);
    }

    /** The largest eigenvalue of the size×size tridiagonal (alpha, beta) and the last entry of its unit eigenvector. */
    private static double[] topRitz(double[] alpha, double[] beta, int size) {
        if (size == 1) {
            return new double[] {alpha[0], 1.0};
        }
        DMatrixRMaj t = new DMatrixRMaj(size, size);
        for (int i = 0; i < size; i++) {
            t.set(i, i, alpha[i]);
            if (i + 1 < size) {
                t.set(i, i + 1, beta[i]);
                t.set(i + 1, i, beta[i]);
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(size, true, true);
        if (!eig.decompose(t)) {
            throw new ArithmeticException("tridiagonal eigen-decomposition failed");
        }
        int best = 0;
        for (int i = 1; i < eig.getNumberOfEigenvalues(); i++) {
            if (eig.getEigenvalue(i).getReal() > eig.getEigenvalue(best).getReal()) {
                best = i;
            }
        }
        DMatrixRMaj vec = eig.getEigenVector(best);
        double last = vec.get(size - 1) / Math.sqrt(dotSelf(vec.data, size));
        return new double[] {eig.getEigenvalue(best).getReal(), last};
    }

    private static double dotSelf(double[] a, int len) {
        double s = 0;
        for (int i = 0; i < len; i++) {
            s += a[i] * a[i];
        }
        return s;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static void axpy(double c, double[] x, double[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] += c * x[i];
        }
    }

    private static void scale(double[] a, double c) {
        for (int i = 0; i < a.length; i++) {
            a[i] *= c;
        }
    }
}
