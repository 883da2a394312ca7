package org.stepsizelab.core;

/**
 * Constants of the two-layer net f(W;x) = (b/m) Σ a_j φ(w_jᵀx) on data with R = max‖x_i‖ (docs/MATH.md §3),
 * and Theorem 2.2's two loss thresholds (docs/MATH.md §4).
 *
 * @param rho Lipschitz constant of f in W: sup|φ'|·b·R/√m
 * @param beta smoothness of f in W: β̃·b·R²/m (NaN when φ is not smooth)
 */
public record NetConstants(ActivationConstants activation, double rho, double beta) {

    public static NetConstants of(Activation phi, int width, double outputScale, double dataRadius) {
        ActivationConstants a = ActivationConstants.of(phi);
        double rho = a.supDphi() * outputScale * dataRadius / Math.sqrt(width);
        double beta = a.betaTilde() * outputScale * dataRadius * dataRadius / width;
        return new NetConstants(a, rho, beta);
    }

    /** Theorem 2.2: from a step with L ≤ 1/(η(2ρ² + β)) on, the loss decreases monotonically. */
    public double monotoneThreshold(double eta) {
        return 1.0 / (eta * (2 * rho * rho + beta));
    }

    /**
     * Theorem 2.2: from a step with L ≤ min{1/(2n e^{κ+2}), 1/(η(4ρ² + 2β))} on, L = Θ(1/t),
     * ‖W‖ = Θ(log t) and the normalized margin stays positive.
     */
    public double stableThreshold(double eta, int n) {
        double first = 1.0 / (2.0 * n * Math.exp(activation.kappa() + 2.0));
        return Math.min(first, 1.0 / (eta * (4 * rho * rho + 2 * beta)));
    }
}
