package org.stepsizelab.core.theory;

import java.util.ArrayList;
import java.util.List;
import org.stepsizelab.core.ActivationConstants;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.NetConstants;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunOutcome;
import org.stepsizelab.core.data.DataMargin;
import org.stepsizelab.core.theory.AssumptionCheck.Status;

/**
 * What the paper's theory says about one configuration and its data (docs/MATH.md §3–4): the constants
 * α, sup|φ'|, β̃, κ, ρ, β, the data margin γ, n, Theorem 2.2's two loss thresholds with the first
 * steps that met them, and which assumptions hold or fail — and which results then no longer apply.
 *
 * <p>η is the stepsize actually applied; the paper's two-layer theorems write it as η̃ = m·η_paper,
 * so η/m is reported beside it. Theorem 2.2's thresholds use the applied η with ρ and β of f in W.
 */
public final class TheoryReport {
    /** Theorems 3.2, 4.1 and Corollary 4.2: the EoS-phase results for two-layer nets. */
    static final String EOS_RESULTS = "Theorem 3.2 (EoS-phase average loss), Theorem 4.1 (an upper bound τ on "
            + "the phase-transition time) and Corollary 4.2 (L(w_T) = O(1/T²) for η = Θ(T))";

    private final List<TheoryItem> items;
    private final List<AssumptionCheck> assumptions;
    private final NetConstants constants;
    private final double eta, monotoneThreshold, stableThreshold, dataMargin;

    private TheoryReport(List<TheoryItem> items, List<AssumptionCheck> assumptions, NetConstants constants,
            double eta, double monotoneThreshold, double stableThreshold, double dataMargin) {
        this.items = List.copyOf(items);
        this.assumptions = List.copyOf(assumptions);
        this.constants = constants;
        this.eta = eta;
        this.monotoneThreshold = monotoneThreshold;
        this.stableThreshold = stableThreshold;
        this.dataMargin = dataMargin;
    }

    /**
     * @param train the training data as the trainer sees it (after any scaling)
     * @param dataMargin γ of the training data, or NaN when not computed
     * @param monotoneStep first step with L ≤ 1/(η(2ρ²+β)), or null (none yet / no run)
     * @param stableStep first step meeting Theorem 2.2's stable threshold, or null
     * @param eosEndStep the measured end s* of the EoS phase, or null (no run)
     */
    public static TheoryReport of(RunConfig config, Dataset train, double dataMargin, Long monotoneStep,
            Long stableStep, Long eosEndStep) {
        return of(config, train, dataMargin, monotoneStep, stableStep, eosEndStep, "not met");
    }

    /** @param stepAbsent shown for a step that is null: "not met", or "not run" when nothing was trained */
    private static TheoryReport of(RunConfig config, Dataset train, double dataMargin, Long monotoneStep,
            Long stableStep, Long eosEndStep, String stepAbsent) {
        int m = config.width();
        int n = train.n();
        double eta = config.eta();
        double b = config.outputScale();
        double radius = train.radius();
        NetConstants net = NetConstants.of(config.activationFunction(), m, b, radius);
        ActivationConstants a = net.activation();
        double mono = net.monotoneThreshold(eta);
        double stable = net.stableThreshold(eta, n);
        double kappaTerm = 1.0 / (2.0 * n * Math.exp(a.kappa() + 2.0));

        List<TheoryItem> it = new ArrayList<>();
        it.add(new TheoryItem("eta", "η", "stepsize applied", eta,
                "w_{t+1} = w_t − η ∇L(w_t)", "the GD update (docs/MATH.md §1)"));
        it.add(new TheoryItem("eta_over_m", "η/m", "the paper's two-layer stepsize", eta / m,
                "the two-layer theorems write the applied stepsize as η̃ = m·η, so η_paper = η/m",
                "Sections 3–4 of the paper"));
        it.add(new TheoryItem("m", "m", "width (neurons)", m,
                "f(w; x) = (b/m) Σ_j a_j φ(xᵀw^{(j)})", "the two-layer model, Section 3"));
        it.add(new TheoryItem("n", "n", "training points", n, "data (x_i, y_i), i = 1..n", "Setting"));
        it.add(new TheoryItem("radius", "R", "data radius", radius,
                "R = max_i ‖x_i‖ (the theory assumes ‖x_i‖ ≤ 1)", "Section 3"));
        it.add(new TheoryItem("alpha", "α", "lower bound of φ'", a.alpha(),
                "α = inf_z φ'(z); Assumption 2 needs α ≤ φ'(z) ≤ 1 with α > 0", "Assumption 2"));
        it.add(new TheoryItem("sup_dphi", "sup|φ'|", "Lipschitz constant of φ", a.supDphi(),
                "sup_z |φ'(z)|; Assumption 2 needs φ' ≤ 1", "Assumption 2"));
        it.add(new TheoryItem("beta_tilde", "β̃", "smoothness of φ", a.betaTilde(),
                "β̃ = sup_z |φ''(z)| (undefined when φ is not twice differentiable)", "Assumption 2"));
        it.add(new TheoryItem("kappa", "κ", "near-homogeneity of φ", a.kappa(),
                "κ = sup_z |φ(z) − z φ'(z)|", "Assumption 2; used in Theorem 2.2"));
        it.add(new TheoryItem("rho", "ρ", "Lipschitz constant of f in w", net.rho(),
                "ρ = sup|φ'|·b·R/√m, so ‖∇_w f(w; x)‖ ≤ ρ", "Assumption 1 (Lipschitzness), Theorem 2.2"));
        it.add(new TheoryItem("beta", "β", "smoothness of f in w", net.beta(),
                "β = β̃·b·R²/m, so ‖∇²_w f(w; x)‖₂ ≤ β", "Assumption 1 (smoothness), Theorem 2.2"));
        it.add(new TheoryItem("gamma", "γ", "data margin", dataMargin,
                "γ = max_{‖u‖=1} min_i y_i uᵀx_i: the distance from 0 to the convex hull of {y_i x_i} "
                        + "(0 when not linearly separable)", "the separability assumption of Theorem 3.2"));
        it.add(new TheoryItem("monotone_threshold", "1/(η(2ρ²+β))", "Theorem 2.2: monotone threshold", mono,
                "if L(w_r) ≤ 1/(η(2ρ² + β)), the loss decreases monotonically from step r on", "Theorem 2.2"));
        it.add(new TheoryItem("stable_threshold", "min{1/(2ne^{κ+2}), 1/(η(4ρ²+2β))}",
                "Theorem 2.2: stable-phase threshold", stable,
                "if L(w_s) ≤ min{1/(2n e^{κ+2}), 1/(η(4ρ² + 2β))} = min{" + fmt(kappaTerm) + ", "
                        + fmt(1.0 / (eta * (4 * net.rho() * net.rho() + 2 * net.beta()))) + "}, then for t ≥ s: "
                        + "L(w_t) = Θ(1/t), ‖w_t‖ = Θ(log t), and γ̄(w_t) stays positive with a nearly "
                        + "increasing trend", "Theorem 2.2"));
        it.add(new TheoryItem("monotone_step", "r", "first step meeting the monotone threshold", stepValue(monotoneStep),
                "min{ r : L(w_r) ≤ 1/(η(2ρ²+β)) } (none while not met)", "Theorem 2.2",
                stepAbsentText(mono, stepAbsent)));
        it.add(new TheoryItem("stable_step", "s", "first step meeting the stable-phase threshold", stepValue(stableStep),
                "min{ s : L(w_s) ≤ min{1/(2n e^{κ+2}), 1/(η(4ρ²+2β))} } (none while not met)", "Theorem 2.2",
                stepAbsentText(stable, stepAbsent)));
        it.add(new TheoryItem("eos_end_step", "s*", "measured end of the EoS phase", stepValue(eosEndStep),
                "the step after the last increase of the loss (0 if it never rose). Theorem 4.1 bounds the "
                        + "transition from above: some step s ≤ τ = Θ(max{c₁η, c₂n, (c₂n/η) ln(c₂n/η)}) has "
                        + "L(w_s) ≤ 1/η. It does not say s* ∝ η, and its constants are large, so only the measured "
                        + "value is shown", "Theorem 4.1",
                "not run"));
        it.add(new TheoryItem("two_over_eta", "2/η", "stability threshold of the sharpness", 2 / eta,
                "GD on a quadratic with curvature λ is stable iff λ < 2/η; at the edge of stability "
                        + "λ_max(∇²L) hovers at 2/η", "descent lemma; Cohen et al. (2021)"));

        List<AssumptionCheck> as = new ArrayList<>();
        boolean smooth = config.activationFunction().smooth() && Double.isFinite(a.betaTilde());
        as.add(new AssumptionCheck("φ is smooth (sup|φ''| finite)", smooth ? Status.HOLDS : Status.FAILS,
                smooth ? "β̃ = " + fmt(a.betaTilde()) : "φ'' is undefined at a kink, so β̃ and β are undefined",
                "Theorem 2.2 (its thresholds need β) and " + EOS_RESULTS + " no longer apply"));
        as.add(new AssumptionCheck("α = inf φ' > 0", a.alpha() > 0 ? Status.HOLDS : Status.FAILS,
                "α = " + fmt(a.alpha()), EOS_RESULTS + " need α > 0 and no longer apply"));
        // sup φ' slightly above 1 by rounding of the numerical supremum is still "≤ 1"
        as.add(slopeCheck(a));
        as.add(new AssumptionCheck("‖x_i‖ ≤ 1", radius <= 1 + 1e-12 ? Status.HOLDS : Status.FAILS,
                "R = max‖x_i‖ = " + fmt(radius), EOS_RESULTS + " assume ‖x_i‖ ≤ 1 and no longer apply "
                        + "(ρ and β above use R, so Theorem 2.2 still does)"));
        Status sep = Double.isNaN(dataMargin) ? Status.UNKNOWN : dataMargin > 0 ? Status.HOLDS : Status.FAILS;
        as.add(new AssumptionCheck("data linearly separable (γ > 0)", sep,
                Double.isNaN(dataMargin) ? "γ not computed" : "γ = " + fmt(dataMargin),
                EOS_RESULTS + " assume a unit w* with y_i x_iᵀw* ≥ γ > 0 and no longer apply"));
        return new TheoryReport(it, as, net, eta, mono, stable, dataMargin);
    }

    /**
     * The report for a configuration before any run (γ from {@code margin}, NaN when it was not
     * computed), or after one when {@code outcome} is given.
     */
    public static TheoryReport of(RunConfig config, Dataset train, DataMargin margin, RunOutcome outcome) {
        double gamma = margin == null ? Double.NaN : margin.value().orElse(Double.NaN);
        return outcome == null
                ? of(config, train, gamma, null, null, null, "not run")
                : of(config, train, gamma, outcome.theoryMonotoneStep(), outcome.theoryStableStep(), outcome.eosEndStep(),
                        "not met");
    }

    /**
     * sup φ' ≤ 1 fails only by scale when sup|φ'| is finite (leaky GELU and SiLU reach about 1.1):
     * φ̃ = φ/s with s = sup|φ'| has φ̃' ≤ 1 and b̃ = s·b gives the same network, so the theorems apply to
     * it. ρ and β are the same for both forms; κ and α shrink by s, so the κ-term of the stable
     * threshold computed from φ itself is the stricter of the two and stays a valid sufficient condition.
     */
    private static AssumptionCheck slopeCheck(ActivationConstants a) {
        double s = a.supDphi();
        // sup φ' slightly above 1 by rounding of the numerical supremum is still "≤ 1"
        if (s <= 1 + 1e-12) {
            return new AssumptionCheck("sup φ' ≤ 1", Status.HOLDS, "sup|φ'| = " + fmt(s), "");
        }
        if (Double.isFinite(s)) {
            return new AssumptionCheck("sup φ' ≤ 1 (after rescaling φ)", Status.RESCALED,
                    "sup|φ'| = " + fmt(s) + " > 1 only by scale: φ/" + fmt(s) + " has slope ≤ 1, and moving the factor "
                            + "into the output scale (b·" + fmt(s) + ") gives the same network, so the theorems apply "
                            + "to it; ρ and β are unchanged, and the κ used here is the conservative one",
                    EOS_RESULTS + " apply to the rescaled φ");
        }
        return new AssumptionCheck("sup φ' ≤ 1", Status.FAILS, "sup|φ'| is unbounded",
                EOS_RESULTS + " assume a Lipschitz φ and no longer apply");
    }

    /** A step of a threshold that does not exist (β undefined) is undefined, not merely unmet. */
    private static String stepAbsentText(double threshold, String absent) {
        return Double.isNaN(threshold) ? "undefined" : absent;
    }

    private static double stepValue(Long step) {
        return step == null ? Double.NaN : step;
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "undefined" : org.stepsizelab.core.Num.compact(v);
    }

    /** {@code text} padded with spaces to {@code width} columns; combining marks (the tilde of β̃) take none. */
    static String padded(String text, int width) {
        int columns = (int) text.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).count();
        return text + " ".repeat(Math.max(0, width - columns));
    }

    public List<TheoryItem> items() {
        return items;
    }

    public TheoryItem item(String key) {
        for (TheoryItem i : items) {
            if (i.key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no theory item '" + key + "'");
    }

    public List<AssumptionCheck> assumptions() {
        return assumptions;
    }

    /** True when every assumption holds, so every theorem's overlay applies. */
    public boolean allAssumptionsHold() {
        return assumptions.stream().allMatch(AssumptionCheck::holds);
    }

    public NetConstants constants() {
        return constants;
    }

    public double eta() {
        return eta;
    }

    public double monotoneThreshold() {
        return monotoneThreshold;
    }

    public double stableThreshold() {
        return stableThreshold;
    }

    public double dataMargin() {
        return dataMargin;
    }

    /** A plain-text table for the command line: one line per item, then the assumption checks. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        for (TheoryItem i : items) {
            sb.append(padded(i.symbol(), 38)).append(' ').append(padded(i.valueText(), 12)).append(' ')
                    .append(i.name()).append(System.lineSeparator());
        }
        for (AssumptionCheck c : assumptions) {
            sb.append(c.holds() ? "holds   " : c.status() == Status.FAILS ? "FAILS   " : "unknown ")
                    .append(c.assumption()).append(" (").append(c.detail()).append(")");
            if (c.status() == Status.FAILS) {
                sb.append(": ").append(c.consequence());
            } else if (c.status() == Status.UNKNOWN) {
                sb.append(": if it fails, ").append(c.consequence());
            }
            sb.append(System.lineSeparator());
        }
        return sb.toString();
    }
}
