package org.stepsizelab.core;

import org.stepsizelab.core.kernel.MatrixKernel;
import org.stepsizelab.core.model.Model;
import org.stepsizelab.core.model.Models;
import org.stepsizelab.core.model.TwoLayerNet;
import org.stepsizelab.core.theory.SharpnessEstimator;
import org.stepsizelab.core.training.CostRules;
import org.stepsizelab.core.training.LossRounding;
import org.stepsizelab.core.training.StepForm;
import org.stepsizelab.core.training.StepForms;
import org.stepsizelab.core.training.WeightTap;

/**
 * Full-batch gradient descent on a {@link Model} (docs/MATH.md §1), float64, with all buffers allocated
 * once: a step allocates nothing but its {@link StepRecord}. The trainer only runs the step: the
 * step itself is its {@link StepForm}, the cost rules choose the form ({@link CostRules}), the
 * phases are the {@link PhaseTracker}'s, the network is the model's ({@code core.model}).
 *
 * <p>Each call to {@link #advance()} measures the current weights θ_t and then applies the update
 * t → t+1, except at the last step T, whose record holds the final weights. A run of T steps
 * therefore yields T + 1 records. Open trainings with {@code core.training.Training}.
 */
public final class Trainer {
    /**
     * How a step of the two-layer net computes the pre-activations Z = X·Wᵀ (other models always
     * use their own gradient). DIRECT: Z = X·Wᵀ and ∇L = Cᵀ·X, 4ndm flops. GRAM: the recurrence
     * Z ← Z − η·K·C with K = X·Xᵀ, 2n²m flops (see {@code GramForm}). AUTO picks GRAM when it is
     * cheaper by a clear margin and K fits in memory.
     */
    public enum Form { AUTO, DIRECT, GRAM }

    private final RunConfig config;
    private final Dataset train;
    private final Dataset test;
    private final MatrixKernel kernel;
    private final Model model;
    private final StepForm form;
    private final Model.Evaluation measured = new Model.Evaluation();
    private final Model.Evaluation tested = new Model.Evaluation();
    private final int n;
    private final double[] start;
    private final double marginPower;

    private final NetConstants constants;
    private final PhaseTracker phases;
    /** How much, relative to the loss, the computed loss may rise in one step by rounding alone; smaller rises are not EoS. */
    private final LossRounding rounding;
    private final long testEvery;
    /** λ_max(∇²L) every {@code sharpnessEvery} steps and at the last one; null when that is 0. */
    private final SharpnessEstimator sharpness;

    private final java.util.List<WeightTap> taps = new java.util.ArrayList<>();

    private double eta;
    private long step;
    private boolean done;
    private long divergedAt = -1;
    private double lastLoss = Double.NaN;

    public Trainer(RunConfig config, Dataset train, Dataset test, MatrixKernel kernel) {
        this(config, train, test, kernel, Models.create(config, train.d()).initialParameters(config.initScale(), config.seed()));
    }

    /** Starts from given weights W0 (m×d, row-major) instead of the seeded initialisation. */
    public Trainer(RunConfig config, Dataset train, Dataset test, MatrixKernel kernel, double[] start) {
        this(config, train, test, kernel, start, Form.AUTO);
    }

    /** As above, with the form of the step fixed (tests compare the two; AUTO chooses by cost). */
    public Trainer(RunConfig config, Dataset train, Dataset test, MatrixKernel kernel, double[] start, Form form) {
        this(config, train, test, kernel, Models.create(config, train.d()), start, form);
    }

    /** The general constructor: any model, its start θ₀ and (for the two-layer net) the form. */
    public Trainer(RunConfig config, Dataset train, Dataset test, MatrixKernel kernel, Model model, double[] start,
            Form form) {
        if (start.length != model.parameterCount()) {
            throw new IllegalArgumentException(model instanceof TwoLayerNet
                    ? "W0 must have m·d = " + model.parameterCount() + " entries"
                    : "θ0 must have " + model.parameterCount() + " entries");
        }
        this.config = config;
        this.train = train;
        this.test = test;
        this.kernel = kernel;
        this.model = model;
        this.n = train.n();
        this.start = start.clone();
        this.eta = config.eta();
        this.marginPower = config.marginPower() != null ? config.marginPower() : model.marginPower();
        this.constants = NetConstants.of(config.activationFunction(), config.width(), config.outputScale(),
                train.radius());
        // Theorem 2.2's thresholds use ρ and β of the two-layer net; for other networks they are not
        // defined (NaN: never met, reported as null)
        boolean twoLayer = model instanceof TwoLayerNet;
        this.phases = new PhaseTracker(twoLayer ? constants.monotoneThreshold(eta) : Double.NaN,
                twoLayer ? constants.stableThreshold(eta, n) : Double.NaN);
        this.rounding = model instanceof TwoLayerNet net
                ? LossRounding.twoLayer(constants, net.outputScale(), net.activation().value(0), n, train.d(), net.width())
                : LossRounding.meanOnly(n);
        this.testEvery = testCadence(config.steps(), config.every());
        this.sharpness = config.sharpnessEvery() <= 0 ? null
                : model instanceof TwoLayerNet ? SharpnessEstimator.forRun(config, train, kernel)
                : SharpnessEstimator.forModel(model, train, config.seed());
        this.form = StepForms.create(form, model, train, kernel, start, config.steps(), test != null, testEvery);
    }

    /** Whether the vectorized fused pass pays for its cold start (see {@link CostRules}). */
    static boolean vectorPassPays(int n, int m, long steps) {
        return CostRules.vectorPassPays(n, m, steps);
    }

    /**
     * The held-out split is evaluated at least every 1% of the run, on steps that metrics.csv
     * writes (multiples of --every): when --every is coarser than 1%, on every written row.
     */
    static long testCadence(long steps, int every) {
        long onePercent = Math.max(1, steps / 100);
        long k = Math.max(1, every);
        return k * Math.max(1, onePercent / k);
    }

    static boolean gramPays(int n, int d, int m, boolean hasTest, long testEvery) {
        return CostRules.gramPays(n, d, m, hasTest, testEvery);
    }

    /** The two-layer net's W0 (see {@link TwoLayerNet#initialParameters}). */
    public static double[] initialWeights(int m, int d, double sigma, long seed) {
        return TwoLayerNet.gaussian(m * d, sigma, seed);
    }

    /** Measures θ_t, then (unless this is the last step or the run diverged) applies one GD update. */
    public StepRecord advance() {
        if (done) {
            throw new IllegalStateException("the run is over");
        }
        form.measure(measured);
        double lossValue = measured.loss;
        double norm = form.norm();
        // Undefined (0/0) at W = 0, e.g. the lower-bound example's start: NaN, not a divergence.
        double normalizedMargin = norm > 0 ? measured.minMargin / Math.pow(norm, marginPower) : Double.NaN;
        double accuracy = (double) measured.correct / n;

        double testLoss = Double.NaN, testAccuracy = Double.NaN;
        boolean last = step >= config.steps();
        if (test != null && (step % testEvery == 0 || last)) {
            form.evaluate(test, tested);
            testLoss = tested.loss;
            testAccuracy = (double) tested.correct / test.n();
        }

        double sharp = Double.NaN;
        if (sharpness != null && (step % config.sharpnessEvery() == 0 || last)) {
            sharp = sharpness.estimate(form.parameters());
        }
        StepRecord record = new StepRecord(step, lossValue, norm, normalizedMargin, accuracy,
                sharp, testLoss, testAccuracy, eta);
        lastLoss = lossValue;
        double chain = form.chainLoss(); // the Gram form's loss before a re-sync, comparable with the last one
        phases.accept(step, lossValue, Double.isNaN(chain) ? lossValue : chain, rounding.relative(norm));
        boolean diverging = !Double.isFinite(lossValue) || !Double.isFinite(norm);
        for (WeightTap tap : taps) {
            if (tap.wants(step, last || diverging)) {
                tap.accept(step, form.parameters());
            }
        }

        if (diverging) {
            divergedAt = step;
            done = true;
        } else if (last) {
            done = true;
        } else {
            form.update(eta);
            step++;
        }
        return record;
    }

    /** Adds a tap that receives θ_t of the steps it wants (weight snapshots, per-neuron metrics). */
    public void addTap(WeightTap tap) {
        taps.add(tap);
    }

    public boolean done() {
        return done;
    }

    /** The step the next {@link #advance()} will measure. */
    public long step() {
        return step;
    }

    /** Changes the stepsize from the next update on (the app's "apply to the running trajectory"). */
    public void setEta(double eta) {
        if (!(eta > 0) || Double.isInfinite(eta)) {
            throw new IllegalArgumentException("eta must be a finite number > 0, got " + eta);
        }
        this.eta = eta;
        if (model instanceof TwoLayerNet) { // Theorem 2.2's thresholds from here on are the new η's
            phases.etaChanged(step, constants.monotoneThreshold(eta), constants.stableThreshold(eta, n));
        }
    }

    public double eta() {
        return eta;
    }

    public boolean diverged() {
        return divergedAt >= 0;
    }

    /** The step at which a metric or weight became non-finite, or -1. */
    public long divergedAtStep() {
        return divergedAt;
    }

    public double lastLoss() {
        return lastLoss;
    }

    public PhaseTracker phases() {
        return phases;
    }

    public NetConstants constants() {
        return constants;
    }

    public RunConfig config() {
        return config;
    }

    public Dataset train() {
        return train;
    }

    public Dataset test() {
        return test;
    }

    public MatrixKernel kernel() {
        return kernel;
    }

    public Model model() {
        return model;
    }

    /** The fixed outer weights a_j (±1) of the two-layer net, before the b/m scaling. */
    public double[] outerSigns() {
        if (model instanceof TwoLayerNet net) {
            return net.signs();
        }
        throw new IllegalStateException("outer signs exist for the two-layer net only (model " + model.name() + ")");
    }

    /** A copy of θ0 (for the two-layer net W0, m×d row-major). */
    public double[] initialWeights() {
        return start.clone();
    }

    /** A copy of ∇L at the last updated step (θ's layout; zeros before the first update). */
    public double[] lastGradient() {
        return form.lastGradient();
    }

    /** A copy of the current parameters θ_t (for the two-layer net W, m×d row-major). */
    public double[] weights() {
        return form.parameters();
    }

    /** "direct", "gram" or "model": how this trainer computes a step (see {@link Form}). */
    public String form() {
        return form.name();
    }

    /** The fused pointwise pass in use, e.g. "vector-softplus-logistic". */
    public String fusedPassName() {
        return form.passName();
    }
}
