package org.stepsizelab.core;

import java.util.SplittableRandom;
import org.stepsizelab.core.kernel.FusedPass;
import org.stepsizelab.core.kernel.Kernels;
import org.stepsizelab.core.kernel.MatrixKernel;
import org.stepsizelab.core.kernel.ScalarFusedPass;
import org.stepsizelab.core.theory.SharpnessEstimator;

/**
 * Full-batch gradient descent on f(W;x) = (b/m) Σ_j a_j φ(w_jᵀx) (docs/MATH.md §1), float64, with all
 * buffers allocated once: a step allocates nothing but its {@link StepRecord}.
 *
 * <p>Each call to {@link #advance()} measures the current weights W_t (one forward pass gives the
 * metrics and the gradient together) and then applies the update t → t+1, except at the last step
 * T, whose record holds the final weights. A run of T steps therefore yields T + 1 records.
 */
public final class Trainer {
    /**
     * How a step computes the pre-activations Z = X·Wᵀ.
     *
     * <p>DIRECT: Z = X·Wᵀ and ∇L = Cᵀ·X, two n×d by d×m products (4ndm flops). GRAM: GD never
     * leaves the row space of X, so with K = X·Xᵀ computed once, Z_{t+1} = Z_t − η·K·C_t and
     * ‖W_{t+1}‖² = ‖W_t‖² − 2η⟨C_t, Z_t⟩ + η²⟨K·C_t, C_t⟩: one n×n by n×m product (2n²m flops).
     * W = W_0 − (Σ_s η_s C_s)ᵀ·X is rebuilt when it is needed and every {@link #RESYNC_EVERY} steps,
     * when Z and ‖W‖ are recomputed from it so that rounding in the recurrences cannot drift.
     * AUTO picks GRAM when it is cheaper by a clear margin and K fits in memory.
     */
    public enum Form { AUTO, DIRECT, GRAM }

    /** Steps between re-synchronisations of the Gram form's Z and ‖W‖ with the accumulated W. */
    public static final int RESYNC_EVERY = 100;

    private final RunConfig config;
    private final Dataset train;
    private final Dataset test;
    private final MatrixKernel kernel;
    private final FusedPass pass;
    private final FusedPass.Result passResult = new FusedPass.Result();
    private final Activation phi;
    private final Loss loss;
    private final boolean gram;
    private final int n, d, m;
    /** Row length of Z, C and Wᵀ: m padded with zero columns to the kernel's alignment. */
    private final int ld;
    private final double[] x, y;
    /** a_j·b/m: the fixed outer layer with the mean-field scaling folded in (0 in padding columns). */
    private final double[] outer;
    /** W0 as given (m×d) and Wᵀ (d×ld): the trainer works on Wᵀ so both products stream rows. */
    private final double[] w0, w0t, wt;
    private final double[] z, work;
    /** C of the step being measured, and C of the last update (for {@link #lastGradient()}). */
    private double[] c, cLast;
    /** Direct form: ∇Lᵀ (d×ld) of the last update. Gram form: scratch for rebuilding W. */
    private final double[] gt;
    // Gram form only (null otherwise)
    private final double[] gramK, z0, etaCSum, kc;
    /** Row length of K (n padded like Z's rows). */
    private final int kLd;
    private double norm2;
    private boolean weightsCurrent = true;
    private int sinceResync;

    private final double[] zTest;
    private final NetConstants constants;
    private final PhaseTracker phases;
    private final long testEvery;
    /** λ_max(∇²L) every {@code sharpnessEvery} steps and at the last one; null when that is 0. */
    private final SharpnessEstimator sharpness;

    private double eta;
    private long step;
    private boolean updated;
    private boolean done;
    private long divergedAt = -1;
    private double lastLoss = Double.NaN;

    public Trainer(RunConfig config, Dataset train, Dataset test, MatrixKernel kernel) {
        this(config, train, test, kernel,
                initialWeights(config.width(), train.d(), config.initScale(), config.seed()));
    }

    /** Starts from given weights W0 (m×d, row-major) instead of the seeded initialisation. */
    public Trainer(RunConfig config, Dataset train, Dataset test, MatrixKernel kernel, double[] start) {
        this(config, train, test, kernel, start, Form.AUTO);
    }

    /** As above, with the form of the step fixed (tests compare the two; AUTO chooses by cost). */
    public Trainer(RunConfig config, Dataset train, Dataset test, MatrixKernel kernel, double[] start, Form form) {
        if (start.length != config.width() * train.d()) {
            throw new IllegalArgumentException("W0 must have m·d = " + config.width() * train.d() + " entries");
        }
        this.config = config;
        this.train = train;
        this.test = test;
        this.kernel = kernel;
        this.phi = config.activationFunction();
        this.loss = config.lossFunction();
        this.pass = vectorPassPays(train.n(), config.width(), config.steps())
                ? Kernels.fusedPass(phi, loss, kernel) : new ScalarFusedPass(phi, loss);
        this.n = train.n();
        this.d = train.d();
        this.m = config.width();
        int align = kernel.columnAlignment();
        this.ld = (m + align - 1) / align * align;
        this.x = train.x();
        this.y = train.y();
        this.eta = config.eta();
        this.outer = new double[ld];
        for (int j = 0; j < m; j++) {
            outer[j] = (j % 2 == 0 ? 1.0 : -1.0) * config.outputScale() / m;
        }
        this.w0 = start.clone();
        this.w0t = new double[d * ld];
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < d; k++) {
                w0t[k * ld + j] = start[j * d + k];
            }
        }
        this.wt = w0t.clone();
        this.z = new double[n * ld];
        this.c = new double[n * ld];
        this.cLast = new double[n * ld];
        this.gt = new double[d * ld];
        this.work = new double[pass.workLength(n)];
        this.zTest = test == null ? null : new double[test.n() * ld];
        this.constants = NetConstants.of(phi, m, config.outputScale(), train.radius());
        this.phases = new PhaseTracker(constants.monotoneThreshold(eta), constants.stableThreshold(eta, n));
        this.testEvery = testCadence(config.steps(), config.every());
        this.sharpness = config.sharpnessEvery() > 0 ? SharpnessEstimator.forRun(config, train, kernel) : null;
        this.gram = form == Form.GRAM || (form == Form.AUTO && gramPays(n, d, m, test != null, testEvery));
        if (gram) {
            // K's rows padded to the kernel's alignment (zero columns) so K = X·Xᵀ has no scalar tail
            this.kLd = (n + align - 1) / align * align;
            this.gramK = new double[n * kLd];
            double[] xt = new double[d * kLd];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < d; k++) {
                    xt[k * kLd + i] = x[i * d + k];
                }
            }
            kernel.mul(x, d, 1, xt, n, d, kLd, gramK);
            this.z0 = new double[n * ld];
            kernel.mul(x, d, 1, wt, n, d, ld, z0);
            System.arraycopy(z0, 0, z, 0, z.length);
            this.etaCSum = new double[n * ld];
            this.kc = new double[n * ld];
            this.norm2 = sumOfSquaresOfW();
        } else {
            this.kLd = 0;
            this.gramK = null;
            this.z0 = null;
            this.etaCSum = null;
            this.kc = null;
        }
    }

    /**
     * Whether the vectorized fused pass pays for its cold start. Vector API code is fast only once
     * the JIT's top tier has compiled it (before that every vector operation allocates), which
     * takes some ten thousand calls: a short run on a tiny problem (XOR for 10⁴ steps) finishes
     * sooner with the scalar pass, while long runs and wide rows (whose loops compile at once)
     * gain. The choice depends only on the configuration and the data's shape, so a
     * configuration still gives one bit-identical run.
     */
    static boolean vectorPassPays(int n, int m, long steps) {
        return steps >= 100_000 || (long) n * m >= 4096;
    }

    /**
     * Whether the Gram form is worth it: K (n² doubles) must fit comfortably in the heap, and a
     * step must cost clearly less: 2n²m (plus rebuilding W for each test evaluation) against 4ndm.
     */
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
        double gramBytes = 8.0 * n * n;
        double budget = Math.min(1e9, Runtime.getRuntime().maxMemory() / 4.0);
        if (gramBytes > budget) {
            return false;
        }
        double direct = 4.0 * n * d * m;
        double gramCost = 2.0 * n * n * m + 4.0 * n * d * m / RESYNC_EVERY
                + (hasTest ? 2.0 * n * d * m / testEvery : 0);
        return gramCost < 0.8 * direct;
    }

    /**
     * W0 with i.i.d. N(0, σ²) entries from a seeded generator. Box–Muller with StrictMath, so the
     * same seed gives the same weights on every JVM and machine.
     */
    public static double[] initialWeights(int m, int d, double sigma, long seed) {
        double[] w = new double[m * d];
        if (sigma == 0) {
            return w;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < w.length; i += 2) {
            double u1 = 1.0 - rng.nextDouble(); // (0, 1]: log is finite
            double u2 = rng.nextDouble();
            double r = StrictMath.sqrt(-2.0 * StrictMath.log(u1));
            w[i] = sigma * r * StrictMath.cos(2 * Math.PI * u2);
            if (i + 1 < w.length) {
                w[i + 1] = sigma * r * StrictMath.sin(2 * Math.PI * u2);
            }
        }
        return w;
    }

    /** Measures W_t, then (unless this is the last step or the run diverged) applies one GD update. */
    public StepRecord advance() {
        if (done) {
            throw new IllegalStateException("the run is over");
        }
        if (!gram) {
            kernel.mul(x, d, 1, wt, n, d, ld, z); // Z = X·Wᵀ
        }
        pass.apply(z, n, m, ld, outer, y, c, work, passResult);
        double lossValue = passResult.lossSum / n;
        double norm = Math.sqrt(gram ? Math.max(norm2, 0.0) : sumOfSquaresOfW());
        // Undefined (0/0) at W = 0, e.g. the lower-bound example's start: NaN, not a divergence.
        double normalizedMargin = norm > 0 ? passResult.minMargin / norm : Double.NaN;
        double accuracy = (double) passResult.correct / n;

        double testLoss = Double.NaN, testAccuracy = Double.NaN;
        boolean last = step >= config.steps();
        if (test != null && (step % testEvery == 0 || last)) {
            ensureWeights();
            evaluate(test, zTest);
            testLoss = passResult.lossSum;
            testAccuracy = passResult.minMargin;
        }

        double sharp = Double.NaN;
        if (sharpness != null && (step % config.sharpnessEvery() == 0 || last)) {
            sharp = sharpness.estimate(weights()); // the estimator works on W (m×d)
        }
        StepRecord record = new StepRecord(step, lossValue, norm, normalizedMargin, accuracy,
                sharp, testLoss, testAccuracy, eta);
        lastLoss = lossValue;
        phases.accept(step, lossValue);

        if (!Double.isFinite(lossValue) || !Double.isFinite(norm)) {
            divergedAt = step;
            done = true;
        } else if (last) {
            done = true;
        } else {
            if (gram) {
                gramUpdate();
            } else {
                kernel.mul(x, 1, d, c, d, n, ld, gt); // ∇Lᵀ = Xᵀ·C
                double e = eta;
                for (int k = 0; k < wt.length; k++) {
                    wt[k] -= e * gt[k];
                }
                double[] t = cLast;
                cLast = c;
                c = t;
            }
            updated = true;
            step++;
        }
        return record;
    }

    /** Z ← Z − η·K·C, ‖W‖² by the exact identity, Σ η_s C_s for W; re-synchronises periodically. */
    private void gramUpdate() {
        kernel.mul(gramK, kLd, 1, c, n, n, ld, kc);
        double e = eta;
        double cz = 0, ckc = 0;
        for (int k = 0; k < z.length; k++) {
            double ck = c[k];
            cz += ck * z[k];
            ckc += ck * kc[k];
            z[k] -= e * kc[k];
            etaCSum[k] += e * ck;
        }
        norm2 = norm2 - 2 * e * cz + e * e * ckc;
        double[] t = cLast;
        cLast = c;
        c = t;
        weightsCurrent = false;
        if (++sinceResync >= RESYNC_EVERY) {
            sinceResync = 0;
            kernel.mul(gramK, kLd, 1, etaCSum, n, n, ld, kc);
            for (int k = 0; k < z.length; k++) {
                z[k] = z0[k] - kc[k];
            }
            ensureWeights();
            norm2 = sumOfSquaresOfW();
        }
    }

    /** Gram form: Wᵀ = W0ᵀ − Xᵀ·(Σ η_s C_s), when something needs W itself. */
    private void ensureWeights() {
        if (weightsCurrent) {
            return;
        }
        kernel.mul(x, 1, d, etaCSum, d, n, ld, gt);
        for (int k = 0; k < wt.length; k++) {
            wt[k] = w0t[k] - gt[k];
        }
        weightsCurrent = true;
    }

    /** Loss and accuracy of the current weights on another set, left in passResult's first two fields. */
    private void evaluate(Dataset set, double[] zBuf) {
        int nt = set.n();
        kernel.mul(set.x(), d, 1, wt, nt, d, ld, zBuf);
        double sum = 0;
        int correct = 0;
        for (int i = 0; i < nt; i++) {
            double f = 0;
            for (int j = 0; j < m; j++) {
                f += outer[j] * phi.value(zBuf[i * ld + j]);
            }
            double q = set.y()[i] * f;
            sum += loss.value(q);
            if (q > 0) {
                correct++;
            }
        }
        passResult.lossSum = sum / nt;
        passResult.minMargin = (double) correct / nt;
    }

    /**
     * ‖W‖² summed in W's own row-major order (rows w_j), so that it is bit-for-bit the norm of
     * {@link #weights()}, however Wᵀ is laid out here.
     */
    private double sumOfSquaresOfW() {
        double s = 0;
        for (int j = 0; j < m; j++) {
            for (int k = 0, i = j; k < d; k++, i += ld) {
                double v = wt[i];
                s += v * v;
            }
        }
        return s;
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

    /** The fixed outer weights a_j (±1), before the b/m scaling. */
    public double[] outerSigns() {
        double[] a = new double[m];
        for (int j = 0; j < m; j++) {
            a[j] = j % 2 == 0 ? 1.0 : -1.0;
        }
        return a;
    }

    /** A copy of W0 (m×d, row-major). */
    public double[] initialWeights() {
        return w0.clone();
    }

    /** A copy of ∇L at the last updated step (m×d, row-major; zeros before the first update). */
    public double[] lastGradient() {
        double[] g = new double[m * d];
        if (!updated) {
            return g;
        }
        double[] source = gt;
        if (gram) {
            source = new double[d * ld];
            kernel.mul(x, 1, d, cLast, d, n, ld, source);
        }
        return untranspose(source);
    }

    /** A copy of the current weights (m×d, row-major). */
    public double[] weights() {
        ensureWeights();
        return untranspose(wt);
    }

    /** "direct" or "gram": how this trainer computes a step (see {@link Form}). */
    public String form() {
        return gram ? "gram" : "direct";
    }

    /** The fused pointwise pass in use, e.g. "vector-softplus-logistic". */
    public String fusedPassName() {
        return pass.name();
    }

    private double[] untranspose(double[] t) {
        double[] r = new double[m * d];
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < d; k++) {
                r[j * d + k] = t[k * ld + j];
            }
        }
        return r;
    }
}
