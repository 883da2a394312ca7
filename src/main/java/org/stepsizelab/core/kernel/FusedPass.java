package org.stepsizelab.core.kernel;

/**
 * The pointwise half of a GD step in one pass over the pre-activations: from Z it computes the
 * network outputs, margins, loss, accuracy and the matrix C with ∇L = Cᵀ·X (docs/MATH.md §1):
 * F_i = Σ_j outer_j φ(Z_ij), q_i = y_i F_i, g_i = ℓ'(q_i) y_i / n, C_ij = g_i φ'(Z_ij) outer_j,
 * where outer_j = a_j b/m.
 *
 * <p>Rows of Z and C are {@code ld} long; only the first m columns count, and C's other columns
 * are set to 0 (callers pad rows to the kernel's column alignment with zero outer weights).
 */
public interface FusedPass {

    /**
     * @param work scratch of at least {@link #workLength(int)} doubles
     * @param out receives the loss sum, the smallest margin and the number of correct signs
     */
    void apply(double[] z, int n, int m, int ld, double[] outer, double[] y, double[] c, double[] work, Result out);

    /** Scratch doubles {@link #apply} needs for n rows. */
    default int workLength(int n) {
        return 2 * n + 64;
    }

    /** A short name for logs and the bench command. */
    String name();

    /** The sums one pass produces; one instance is reused for every step (no allocation). */
    final class Result {
        public double lossSum;
        public double minMargin;
        public int correct;
    }
}
