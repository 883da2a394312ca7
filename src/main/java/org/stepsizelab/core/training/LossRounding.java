package org.stepsizelab.core.training;

import org.stepsizelab.core.NetConstants;

/**
 * How far two consecutive computed losses can differ by float64 rounding alone, as a fraction of the
 * loss: a rise of the computed loss smaller than this is not evidence that the exact loss rose, so
 * the phase tracker does not count it as an EoS step (docs/MATH.md §4, "s* and rounding").
 *
 * <p><b>The bound</b> (first order in the unit roundoff u = 2⁻⁵³; γ_k ≤ k·u is the classic bound on a
 * k-term floating-point sum of |terms|, in any summation order, so it holds for every kernel):
 * <ol>
 * <li>Pre-activations z_ij = w_jᵀx_i, a d-term sum: |δz_ij| ≤ γ_d Σ_k |x_ik w_jk| ≤ d·u·‖x_i‖‖w_j‖.</li>
 * <li>Margins q_i = y_i (b/m) Σ_j a_j φ(z_ij), an m-term sum. With S = sup|φ'| and |φ(z)| ≤ S|z| + |φ(0)|,
 *     Σ_j (b/m)|φ(z_ij)| ≤ (b/m)(S·R·Σ_j‖w_j‖ + m|φ(0)|) ≤ ρ‖W‖ + b|φ(0)| =: Q (ρ = S·b·R/√m, Cauchy–Schwarz
 *     over j). The sum contributes m·u·Q, φ's own evaluation and the product with a_j·b/m about 5u·Q,
 *     and the propagated δz at most d·u·ρ‖W‖: |δq_i| ≤ u·(m + d + 5)·Q.</li>
 * <li>Losses: both ℓ(q) = log(1 + e^{−q}) and e^{−q} have |ℓ'(q)| ≤ ℓ(q), so an absolute error δq in the
 *     margin is a relative error of at most δq in ℓ; ℓ itself is evaluated to about 2 ulps; the mean of n
 *     non-negative terms adds γ_{n−1} and the division u. So |δL| ≤ L·(u(m + d + 5)Q + (n + 2)u).</li>
 * <li>The update W ← W − η∇L is rounded too: each entry moves by up to u|w|, which moves q by at most
 *     u·ρ‖W‖ (one more unit in the factor m + d + 6). The Gram form's recurrence Z ← Z − η·K·C has the
 *     same u|z| term plus the n-term sum η(K·C)_ij, off by at most (n + 1)u·ηR²·S·b·L/m, which moves q by
 *     at most (n + 1)u·ηρ²L: below (n + 1)u/2 once L ≤ 1/(η(2ρ² + β)) (Theorem 2.2's threshold), the only
 *     place where a tolerance this small decides anything. The Gram form's re-synchronisation is not a
 *     rounding of one step but the drift of a hundred; the tracker does not compare across it (it compares
 *     the loss of the same recurrence, {@link StepForm#chainLoss()}).</li>
 * </ol>
 * Two consecutive losses each carry that error, hence the factor 2:
 * τ = 2u·((m + d + 6)·(ρ‖W‖ + b|φ(0)|) + n + 2). On the paper's XOR at η = 1e4 (final ‖W‖ ≈ 880)
 * τ ≈ 1.2e−12: far below the O(1) rises of its EoS phase and the ≈1e−4 relative fall per step at its
 * end (L ∝ 1/t). On the lower-bound data the rounding rises the old rule counted were 0.02–0.33 τ.
 */
public final class LossRounding {
    /** The unit roundoff of float64, 2⁻⁵³. */
    public static final double U = Math.ulp(1.0) / 2;

    /** τ = base + slope·‖W‖. */
    private final double base, slope;

    private LossRounding(double base, double slope) {
        this.base = base;
        this.slope = slope;
    }

    /**
     * The two-layer net's bound τ = 2u·((m + d + 6)·(ρ‖W‖ + b|φ(0)|) + n + 2).
     *
     * @param phiAtZero φ(0)
     */
    public static LossRounding twoLayer(NetConstants constants, double outputScale, double phiAtZero, int n, int d,
            int m) {
        double k = m + d + 6.0;
        return new LossRounding(2 * U * (k * outputScale * Math.abs(phiAtZero) + n + 2.0), 2 * U * k * constants.rho());
    }

    /**
     * For a model whose margins' rounding is not bounded here (deeper networks): the loss's own mean
     * of n terms, evaluated to a few ulps, only.
     */
    public static LossRounding meanOnly(int n) {
        return new LossRounding(2 * U * (n + 2.0), 0);
    }

    /** τ at weights of norm ‖W‖: a relative rise of the loss up to this is rounding. */
    public double relative(double norm) {
        return base + slope * norm;
    }
}
