package org.stepsizelab.core;

import java.util.SplittableRandom;
import org.stepsizelab.core.kernel.MatrixKernel;
import org.stepsizelab.core.theory.SharpnessEstimator;

/**
 * Full-batch gradient descent on f(W;x) = (b/m) Σ_j a_j φ(w_jᵀx) (MATH.md §1), float64, with all
 * buffers allocated once: a step allocates nothing but its {@link StepRecord}.
 *
 * <p>Each call to {@link #advance()} measures the current weights W_t (one forward pass gives the
 * metrics and the gradient together) and then applies the update t → t+1, except at the last step
 * T, whose record holds the final weights. A run of T steps therefore yields T + 1 records.
 */
public final class Trainer {
    private final RunConfig config;
    private final Dataset train;
    private final Dataset test;
    private final MatrixKernel kernel;
    private final Activation phi;
    private final Loss loss;
    private final int n, d, m;
    private final double[] x, y;
    /** a_j·b/m: the fixed outer layer with the mean-field scaling folded in. */
    private final double[] outer;
    private final double[] w, w0;
    private final double[] z, c, grad;
    private final double[] zTest;
    private final NetConstants constants;
    private final PhaseTracker phases;
    private final long testEvery;
    /** λ_max(∇²L) every {@code sharpnessEvery} steps and at the last one; null when that is 0. */
    private final SharpnessEstimator sharpness;

    private double eta;
    private long step;
    private boolean done;
    private long divergedAt = -1;
    private double lastLoss = Double.NaN;

    public Trainer(RunConfig config, Dataset train, Dataset test, MatrixKernel kernel) {
        this(config, train, test, kernel,
                initialWeights(config.width(), train.d(), config.initScale(), config.seed()));
    }

    /** Starts from given weights W0 (m×d, row-major) instead of the seeded initialisation. */
    public Trainer(RunConfig config, Dataset train, Dataset test, MatrixKernel kernel, double[] start) {
        if (start.length != config.width() * train.d()) {
            throw new IllegalArgumentException("W0 must have m·d = " + config.width() * train.d() + " entries");
        }
        this.config = config;
        this.train = train;
        this.test = test;
        this.kernel = kernel;
        this.phi = config.activationFunction();
        this.loss = config.lossFunction();
        this.n = train.n();
        this.d = train.d();
        this.m = config.width();
        this.x = train.x();
        this.y = train.y();
        this.eta = config.eta();
        this.outer = new double[m];
        for (int j = 0; j < m; j++) {
            outer[j] = (j % 2 == 0 ? 1.0 : -1.0) * config.outputScale() / m;
        }
        this.w0 = start.clone();
        this.w = w0.clone();
        this.z = new double[n * m];
        this.c = new double[n * m];
        this.grad = new double[m * d];
        this.zTest = test == null ? null : new double[test.n() * m];
        this.constants = NetConstants.of(phi, m, config.outputScale(), train.radius());
        this.phases = new PhaseTracker(constants.monotoneThreshold(eta), constants.stableThreshold(eta, n));
        this.testEvery = Math.max(1, config.steps() / 100);
        this.sharpness = config.sharpnessEvery() > 0 ? SharpnessEstimator.forRun(config, train, kernel) : null;
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
        kernel.xwt(x, n, d, w, m, z);
        double sumLoss = 0;
        double minMargin = Double.POSITIVE_INFINITY;
        int correct = 0;
        double invN = 1.0 / n;
        for (int i = 0; i < n; i++) {
            int row = i * m;
            double f = 0;
            for (int j = 0; j < m; j++) {
                f += outer[j] * phi.value(z[row + j]);
            }
            double q = y[i] * f;
            sumLoss += loss.value(q);
            if (q < minMargin) {
                minMargin = q;
            }
            if (q > 0) {
                correct++;
            }
            double g = loss.d1(q) * y[i] * invN;
            for (int j = 0; j < m; j++) {
                c[row + j] = g * phi.d1(z[row + j]) * outer[j];
            }
        }
        double lossValue = sumLoss * invN;
        double norm = frobenius(w);
        // Undefined (0/0) at W = 0, e.g. the lower-bound example's start: NaN, not a divergence.
        double normalizedMargin = norm > 0 ? minMargin / norm : Double.NaN;
        double accuracy = (double) correct / n;

        double testLoss = Double.NaN, testAccuracy = Double.NaN;
        boolean last = step >= config.steps();
        if (test != null && (step % testEvery == 0 || last)) {
            double[] tl = evaluate(test, zTest);
            testLoss = tl[0];
            testAccuracy = tl[1];
        }

        double sharp = sharpness != null && (step % config.sharpnessEvery() == 0 || last)
                ? sharpness.estimate(w) : Double.NaN;
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
            kernel.ctx(c, n, m, x, d, grad);
            for (int k = 0; k < w.length; k++) {
                w[k] -= eta * grad[k];
            }
            step++;
        }
        return record;
    }

    /** Loss and accuracy of the current weights on another set (a held-out split). */
    private double[] evaluate(Dataset set, double[] zBuf) {
        kernel.xwt(set.x(), set.n(), set.d(), w, m, zBuf);
        double sum = 0;
        int correct = 0;
        for (int i = 0; i < set.n(); i++) {
            double f = 0;
            for (int j = 0; j < m; j++) {
                f += outer[j] * phi.value(zBuf[i * m + j]);
            }
            double q = set.y()[i] * f;
            sum += loss.value(q);
            if (q > 0) {
                correct++;
            }
        }
        return new double[] {sum / set.n(), (double) correct / set.n()};
    }

    private static double frobenius(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v * v;
        }
        return Math.sqrt(s);
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
        return grad.clone();
    }

    /** A copy of the current weights (m×d, row-major). */
    public double[] weights() {
        return w.clone();
    }
}
