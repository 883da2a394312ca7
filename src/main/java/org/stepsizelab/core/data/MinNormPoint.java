package org.stepsizelab.core.data;

import org.stepsizelab.core.kernel.Kernels;
import org.stepsizelab.core.kernel.MatrixKernel;

/**
 * Wolfe's minimum-norm-point algorithm (P. Wolfe, "Finding the nearest point in a polytope",
 * Math. Programming 11, 1976): the point of least norm in the convex hull of n points in R^d.
 *
 * <p>It keeps a "corral" S of affinely independent points and convex weights λ on them, x = Σ λ_s p_s.
 * A major cycle adds the point p_j minimising xᵀp_j; minor cycles move x to the least-norm point of
 * the affine hull of S, dropping points whose weight would turn negative. It ends, in exact
 * arithmetic, after finitely many steps at the exact answer. The corral, its weights and the
 * affine solves are {@link WolfeCorral} (a cycle costs O(k²) there); this class runs the major
 * cycles, the O(n·d) scan for the next point, and certifies the answer.
 */
final class MinNormPoint {
    /** Major cycles stop when the duality gap ‖x‖² − min_j xᵀp_j is this small relative to ‖x‖². */
    private static final double GAP = 1e-12;

    private final double[] p;
    private final int n, d;
    private final long deadline;
    private final long start = System.nanoTime();
    private final double maxNorm;
    private final double[] norms2;
    private final long limitMillis;

    private WolfeCorral corral;
    private final double[] x;
    private final double[] dots; // p_jᵀx for every j
    private final MatrixKernel kernel;
    private int majors;

    MinNormPoint(double[] points, int n, int d, long limitMillis) {
        this.p = points;
        this.n = n;
        this.d = d;
        this.deadline = start + Math.max(0, limitMillis) * 1_000_000L;
        this.x = new double[d];
        this.dots = new double[n];
        this.kernel = Kernels.best(n, d, 1);
        this.limitMillis = limitMillis;
        this.norms2 = new double[n];
        double m2 = 0;
        for (int i = 0; i < n; i++) {
            norms2[i] = dot(i, i);
            m2 = Math.max(m2, norms2[i]);
        }
        this.maxNorm = Math.sqrt(m2);
    }

    DataMargin run() {
        if (n == 0) {
            return notComputed("the data set is empty");
        }
        if (maxNorm == 0) {
            return new DataMargin(DataMargin.Status.NOT_SEPARABLE, 0, 0, 0, null, 0, seconds(),
                    "every point is the origin");
        }
        int cap = Math.min(n, d + 1) + 1;
        // start at the point of least norm
        int first = 0;
        for (int i = 1; i < n; i++) {
            if (norms2[i] < norms2[first]) {
                first = i;
            }
        }
        corral = new WolfeCorral(cap, first, (i, j) -> i == j ? norms2[i] : dot(i, j));
        String stop;
        while (true) {
            updateX();
            double xx = squaredNorm(x);
            if (Math.sqrt(xx) <= DataMargin.ZERO_TOLERANCE * maxNorm) {
                stop = "reached the origin";
                break;
            }
            int j = scan();
            double gap = xx - dots[j];
            if (gap <= GAP * xx) {
                stop = "converged";
                break;
            }
            if (corral.contains(j)) {
                stop = "the next point is already in the corral (rounding level reached)";
                break;
            }
            if (System.nanoTime() > deadline) {
                return notComputed("the time limit of " + limitMillis + " ms was reached after " + majors
                        + " iterations");
            }
            if (Thread.currentThread().isInterrupted()) {
                return notComputed("cancelled");
            }
            if (!corral.add(j)) {
                stop = "the next point is affinely dependent on the corral (rounding level reached)";
                break;
            }
            majors++;
            corral.minorCycles();
        }
        return certify(stop);
    }

    /** Checks the answer with an explicitly rebuilt x̂ = Σ λ p and turns it into a certified result. */
    private DataMargin certify(String stop) {
        updateX();
        double upper = Math.sqrt(squaredNorm(x));
        if (upper <= DataMargin.ZERO_TOLERANCE * maxNorm) {
            return new DataMargin(DataMargin.Status.NOT_SEPARABLE, 0, 0, upper, null, majors, seconds(),
                    "the convex hull of the signed points reaches the origin");
        }
        int j = scan();
        double lower = dots[j] / upper;
        double[] dir = new double[d];
        for (int t = 0; t < d; t++) {
            dir[t] = x[t] / upper;
        }
        if (upper - lower <= DataMargin.RELATIVE_ACCURACY * upper) {
            return new DataMargin(DataMargin.Status.COMPUTED, upper, lower, upper, dir, majors, seconds(), stop);
        }
        return new DataMargin(DataMargin.Status.NOT_COMPUTED, Double.NaN, lower, upper, null, majors, seconds(),
                "stopped with γ only bracketed in [" + lower + ", " + upper + "]: " + stop);
    }

    private DataMargin notComputed(String reason) {
        double upper = corral != null && corral.k > 0 ? Math.sqrt(squaredNorm(x)) : Double.NaN;
        return new DataMargin(DataMargin.Status.NOT_COMPUTED, Double.NaN, Double.NaN, upper, null, majors, seconds(),
                reason);
    }

    private double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    private void updateX() {
        java.util.Arrays.fill(x, 0);
        for (int a = 0; a < corral.k; a++) {
            double l = corral.lambda[a];
            int off = corral.members[a] * d;
            for (int t = 0; t < d; t++) {
                x[t] += l * p[off + t];
            }
        }
    }

    /** Fills dots with p_jᵀx (the O(n·d) product, on the engine's fastest kernel) and returns the j that minimises it. */
    private int scan() {
        kernel.multTransB(p, x, n, d, 1, dots); // dots = P·x
        int best = 0;
        for (int j = 0; j < n; j++) {
            if (dots[j] < dots[best]) {
                best = j;
            }
        }
        return best;
    }

    private double squaredNorm(double[] v) {
        double s = 0;
        for (int t = 0; t < d; t++) {
            s += v[t] * v[t];
        }
        return s;
    }

    private double dot(int i, int j) {
        int oi = i * d;
        int oj = j * d;
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int t = 0;
        for (; t + 3 < d; t += 4) {
            s0 += p[oi + t] * p[oj + t];
            s1 += p[oi + t + 1] * p[oj + t + 1];
            s2 += p[oi + t + 2] * p[oj + t + 2];
            s3 += p[oi + t + 3] * p[oj + t + 3];
        }
        for (; t < d; t++) {
            s0 += p[oi + t] * p[oj + t];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
