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
 * arithmetic, after finitely many steps at the exact answer. The affine solves use Wolfe's
 * Cholesky factor R with RᵀR = eeᵀ + SᵀS, updated when a point enters (one new column) or leaves
 * (Givens rotations), so a cycle costs O(k²) plus the O(n·d) scan for the next point.
 */
final class MinNormPoint {
    /** Major cycles stop when the duality gap ‖x‖² − min_j xᵀp_j is this small relative to ‖x‖². */
    private static final double GAP = 1e-12;
    /** Affine weights at or below this count as non-positive (Wolfe's Z2). */
    private static final double WEIGHT_TOL = 1e-12;

    private final double[] p;
    private final int n, d;
    private final long deadline;
    private final long start = System.nanoTime();
    private final double maxNorm;
    private final double[] norms2;
    private final long limitMillis;

    private int[] corral;
    private double[] lambda;
    private double[][] r; // upper-triangular Cholesky factor, r[row][col]
    private int k;
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
        corral = new int[cap];
        lambda = new double[cap];
        r = new double[cap][];
        // start at the point of least norm
        int first = 0;
        for (int i = 1; i < n; i++) {
            if (norms2[i] < norms2[first]) {
                first = i;
            }
        }
        corral[0] = first;
        lambda[0] = 1;
        r[0] = new double[cap];
        r[0][0] = Math.sqrt(1 + norms2[first]);
        k = 1;
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
            if (inCorral(j)) {
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
            if (!add(j)) {
                stop = "the next point is affinely dependent on the corral (rounding level reached)";
                break;
            }
            majors++;
            minorCycles();
        }
        return certify(stop);
    }

    /** Moves x to the least-norm point of aff(S) while that lies in conv(S), dropping points otherwise. */
    private void minorCycles() {
        double[] mu = new double[k + 1];
        while (true) {
            affineMinimizer(mu);
            boolean interior = true;
            for (int a = 0; a < k; a++) {
                if (mu[a] <= WEIGHT_TOL) {
                    interior = false;
                    break;
                }
            }
            if (interior) {
                System.arraycopy(mu, 0, lambda, 0, k);
                return;
            }
            // step from λ towards μ until the first weight hits zero
            double theta = 1;
            int drop = -1;
            for (int a = 0; a < k; a++) {
                if (mu[a] <= WEIGHT_TOL && lambda[a] - mu[a] > 0) {
                    double t = lambda[a] / (lambda[a] - mu[a]);
                    if (t < theta || drop < 0) {
                        theta = Math.min(t, 1);
                        drop = a;
                    }
                }
            }
            if (drop < 0) { // no weight can fall: accept μ clipped (only reachable through rounding)
                for (int a = 0; a < k; a++) {
                    lambda[a] = Math.max(mu[a], 0);
                }
                normalise();
                return;
            }
            for (int a = 0; a < k; a++) {
                lambda[a] = (1 - theta) * lambda[a] + theta * mu[a];
            }
            lambda[drop] = 0;
            for (int a = k - 1; a >= 0; a--) {
                if (lambda[a] <= 0 && k > 1) {
                    remove(a);
                }
            }
            normalise();
            if (k == 1) {
                lambda[0] = 1;
                return;
            }
        }
    }

    /** μ = M⁻¹e / eᵀM⁻¹e with M = RᵀR: the affine least-norm weights. */
    private void affineMinimizer(double[] mu) {
        double[] a = new double[k];
        for (int i = 0; i < k; i++) { // Rᵀa = e
            double s = 1;
            for (int t = 0; t < i; t++) {
                s -= r[t][i] * a[t];
            }
            a[i] = s / r[i][i];
        }
        double sum = 0;
        for (int i = k - 1; i >= 0; i--) { // R b = a
            double s = a[i];
            for (int t = i + 1; t < k; t++) {
                s -= r[i][t] * mu[t];
            }
            mu[i] = s / r[i][i];
            sum += mu[i];
        }
        for (int i = 0; i < k; i++) {
            mu[i] /= sum;
        }
    }

    /** Appends point j to the corral with weight 0; false when it is (numerically) affinely dependent. */
    private boolean add(int j) {
        if (k == corral.length) {
            return false;
        }
        double[] col = new double[k];
        double rr = 0;
        for (int i = 0; i < k; i++) { // Rᵀ col = b, b_i = 1 + p_{s_i}ᵀp_j
            double s = 1 + dot(corral[i], j);
            for (int t = 0; t < i; t++) {
                s -= r[t][i] * col[t];
            }
            col[i] = s / r[i][i];
            rr += col[i] * col[i];
        }
        double c = 1 + norms2[j];
        double rho2 = c - rr;
        if (!(rho2 > 1e-14 * c)) {
            return false;
        }
        for (int i = 0; i < k; i++) {
            r[i][k] = col[i];
        }
        r[k] = new double[corral.length];
        r[k][k] = Math.sqrt(rho2);
        corral[k] = j;
        lambda[k] = 0;
        k++;
        return true;
    }

    /** Drops corral member a: delete column a of R and restore the triangle with Givens rotations. */
    private void remove(int a) {
        for (int row = 0; row < k; row++) {
            for (int col = a; col < k - 1; col++) {
                r[row][col] = r[row][col + 1];
            }
            r[row][k - 1] = 0;
        }
        for (int c = a; c < k - 1; c++) {
            double u = r[c][c];
            double v = r[c + 1][c];
            double h = Math.hypot(u, v);
            double cos = u / h;
            double sin = v / h;
            for (int col = c; col < k - 1; col++) {
                double s = r[c][col];
                double t = r[c + 1][col];
                r[c][col] = cos * s + sin * t;
                r[c + 1][col] = -sin * s + cos * t;
            }
            r[c + 1][c] = 0;
        }
        for (int i = a; i < k - 1; i++) {
            corral[i] = corral[i + 1];
            lambda[i] = lambda[i + 1];
        }
        r[k - 1] = null;
        k--;
    }

    private void normalise() {
        double s = 0;
        for (int a = 0; a < k; a++) {
            s += lambda[a];
        }
        for (int a = 0; a < k; a++) {
            lambda[a] /= s;
        }
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
        double upper = k > 0 ? Math.sqrt(squaredNorm(x)) : Double.NaN;
        return new DataMargin(DataMargin.Status.NOT_COMPUTED, Double.NaN, Double.NaN, upper, null, majors, seconds(),
                reason);
    }

    private double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    private boolean inCorral(int j) {
        for (int a = 0; a < k; a++) {
            if (corral[a] == j) {
                return true;
            }
        }
        return false;
    }

    private void updateX() {
        java.util.Arrays.fill(x, 0);
        for (int a = 0; a < k; a++) {
            double l = lambda[a];
            int off = corral[a] * d;
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
