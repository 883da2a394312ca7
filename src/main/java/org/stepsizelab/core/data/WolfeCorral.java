package org.stepsizelab.core.data;

/**
 * The corral of Wolfe's minimum-norm-point algorithm ({@link MinNormPoint}): k affinely independent
 * points S = {p_s}, their convex weights λ (x = Σ λ_s p_s), and Wolfe's Cholesky factor R with
 * RᵀR = eeᵀ + SᵀS. A point enters with one new column of R and leaves by deleting its column and
 * restoring the triangle with Givens rotations, so a minor cycle costs O(k²).
 */
final class WolfeCorral {
    /** Affine weights at or below this count as non-positive (Wolfe's Z2). */
    private static final double WEIGHT_TOL = 1e-12;

    /** The points' inner products p_iᵀp_j. */
    interface Gram {
        double dot(int i, int j);
    }

    private final Gram gram;
    /** The members' point indices and weights, in slots 0..k-1. */
    final int[] members;
    final double[] lambda;
    private final double[][] r; // upper-triangular Cholesky factor, r[row][col]
    int k;

    /** A corral of at most {@code cap} points holding point {@code first} with weight 1. */
    WolfeCorral(int cap, int first, Gram gram) {
        this.gram = gram;
        members = new int[cap];
        lambda = new double[cap];
        r = new double[cap][];
        members[0] = first;
        lambda[0] = 1;
        r[0] = new double[cap];
        r[0][0] = Math.sqrt(1 + gram.dot(first, first));
        k = 1;
    }

    /** Moves x to the least-norm point of aff(S) while that lies in conv(S), dropping points otherwise. */
    void minorCycles() {
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
    boolean add(int j) {
        if (k == members.length) {
            return false;
        }
        double[] col = new double[k];
        double rr = 0;
        for (int i = 0; i < k; i++) { // Rᵀ col = b, b_i = 1 + p_{s_i}ᵀp_j
            double s = 1 + gram.dot(members[i], j);
            for (int t = 0; t < i; t++) {
                s -= r[t][i] * col[t];
            }
            col[i] = s / r[i][i];
            rr += col[i] * col[i];
        }
        double c = 1 + gram.dot(j, j);
        double rho2 = c - rr;
        if (!(rho2 > 1e-14 * c)) {
            return false;
        }
        for (int i = 0; i < k; i++) {
            r[i][k] = col[i];
        }
        r[k] = new double[members.length];
        r[k][k] = Math.sqrt(rho2);
        members[k] = j;
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
            members[i] = members[i + 1];
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

    boolean contains(int j) {
        for (int a = 0; a < k; a++) {
            if (members[a] == j) {
                return true;
            }
        }
        return false;
    }
}
