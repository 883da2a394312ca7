package org.stepsizelab.core.model;

import java.util.List;
import java.util.SplittableRandom;
import org.stepsizelab.core.Activation;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.Loss;
import org.stepsizelab.core.RunConfig;

/**
 * The paper's network, defined here and nowhere else (docs/MATH.md §1):
 *
 * <pre>
 *   f(W; x) = (b/m) Σ_j a_j φ(w_jᵀx),   a_j = +1 for even j, −1 for odd j,
 * </pre>
 *
 * W ∈ R^{m×d} (rows w_j) the only trained parameter, b the output scale. θ is W row-major.
 *
 * <p>This class computes everything in plain loops, as the formulas read: it is the reference.
 * The trainer's step forms and {@code HessianVectorProduct} are its fast paths (matrix kernels and
 * the fused passes of {@code core.kernel}, which take {@link #outerWeights(int)} from here);
 * {@code TwoLayerNetTest} holds them equal to this class to 1e−12 relative.
 */
public final class TwoLayerNet implements Model {
    public static final String NAME = "two-layer";

    private final Activation phi;
    private final Loss loss;
    private final int m, d;
    private final double outputScale;
    /** a_j·b/m. */
    private final double[] outer;

    public TwoLayerNet(Activation phi, Loss loss, int width, int inputDim, double outputScale) {
        if (width < 1 || inputDim < 1) {
            throw new IllegalArgumentException("width and input dimension must be ≥ 1");
        }
        this.phi = phi;
        this.loss = loss;
        this.m = width;
        this.d = inputDim;
        this.outputScale = outputScale;
        this.outer = outerWeights(m);
    }

    /** The net a configuration describes, for inputs of dimension d. */
    public static TwoLayerNet of(RunConfig config, int d) {
        return new TwoLayerNet(config.activationFunction(), config.lossFunction(), config.width(), d,
                config.outputScale());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Layer> layers() {
        return List.of(new Layer("W", m, d));
    }

    @Override
    public int inputDim() {
        return d;
    }

    public int width() {
        return m;
    }

    public Activation activation() {
        return phi;
    }

    public Loss loss() {
        return loss;
    }

    public double outputScale() {
        return outputScale;
    }

    /** f is 1-homogeneous in W when φ is: M = 1. */
    @Override
    public double marginPower() {
        return 1;
    }

    /** The fixed outer sign a_j: +1 for even j, −1 for odd j. */
    public static double sign(int j) {
        return j % 2 == 0 ? 1.0 : -1.0;
    }

    /** The signs a_j of all m neurons. */
    public double[] signs() {
        double[] a = new double[m];
        for (int j = 0; j < m; j++) {
            a[j] = sign(j);
        }
        return a;
    }

    /**
     * a_j·b/m, the outer layer with the mean-field scaling folded in, in an array of length
     * {@code length ≥ m} whose extra entries are 0 (the kernels pad rows to their alignment).
     */
    public double[] outerWeights(int length) {
        double[] o = new double[length];
        for (int j = 0; j < m; j++) {
            o[j] = sign(j) * outputScale / m;
        }
        return o;
    }

    /**
     * W0 with i.i.d. N(0, σ²) entries from a seeded generator. Box–Muller with StrictMath, so the
     * same seed gives the same weights on every JVM and machine.
     */
    @Override
    public double[] initialParameters(double sigma, long seed) {
        return gaussian(m * d, sigma, seed);
    }

    /** n i.i.d. N(0, σ²) numbers from {@code seed} (Box–Muller, StrictMath); zeros when σ = 0. */
    public static double[] gaussian(int count, double sigma, long seed) {
        double[] w = new double[count];
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

    /** w_jᵀx_i for W (m×d) and row i of x. */
    private double preactivation(double[] w, int j, double[] x, int i) {
        double s = 0;
        for (int k = 0; k < d; k++) {
            s += w[j * d + k] * x[i * d + k];
        }
        return s;
    }

    /**
     * f from one row of pre-activations z_j = w_jᵀx: (b/m) Σ_j a_j φ(z_j), summed in j order
     * (the order every fast path uses). {@code row} is the offset of z_0 in {@code z}.
     */
    public double outputFromPreactivations(double[] z, int row) {
        double f = 0;
        for (int j = 0; j < m; j++) {
            f += outer[j] * phi.value(z[row + j]);
        }
        return f;
    }

    @Override
    public void predict(double[] w, double[] x, int rows, double[] out) {
        double[] z = new double[m];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < m; j++) {
                z[j] = preactivation(w, j, x, i);
            }
            out[i] = outputFromPreactivations(z, 0);
        }
    }

    /**
     * Each neuron's own output a_j·φ(w_jᵀx_i) (without the b/m of the mean field, so that
     * f = (b/m) Σ_j of these) into out (rows × m, row-major).
     */
    public void neuronOutputs(double[] w, double[] x, int rows, double[] out) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < m; j++) {
                out[i * m + j] = sign(j) * phi.value(preactivation(w, j, x, i));
            }
        }
    }

    @Override
    public Evaluator evaluator(Dataset data) {
        if (data.d() != d) {
            throw new IllegalArgumentException("data have d = " + data.d() + ", the net expects " + d);
        }
        return new Reference(data);
    }

    /** The formulas of MATH.md §1–2 in plain loops: gradient Cᵀ·X and the exact HVP. */
    private final class Reference implements Evaluator {
        private final Dataset data;
        private final int n;
        private final double[] z, dphi, d2phi, curv, slope, s;

        Reference(Dataset data) {
            this.data = data;
            this.n = data.n();
            this.z = new double[n * m];
            this.dphi = new double[n * m];
            this.d2phi = new double[n * m];
            this.s = new double[n * m];
            this.curv = new double[n];
            this.slope = new double[n];
        }

        @Override
        public Dataset data() {
            return data;
        }

        @Override
        public void lossAndGradient(double[] w, double[] grad, Evaluation out) {
            double[] x = data.x(), y = data.y();
            double sum = 0, min = Double.POSITIVE_INFINITY;
            int correct = 0;
            if (grad != null) {
                java.util.Arrays.fill(grad, 0);
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    z[i * m + j] = preactivation(w, j, x, i);
                }
                double q = y[i] * outputFromPreactivations(z, i * m);
                sum += loss.value(q);
                min = Math.min(min, q);
                if (q > 0) {
                    correct++;
                }
                if (grad != null) {
                    double g = loss.d1(q) * y[i] / n;
                    for (int j = 0; j < m; j++) {
                        double c = g * phi.d1(z[i * m + j]) * outer[j];
                        for (int k = 0; k < d; k++) {
                            grad[j * d + k] += c * x[i * d + k];
                        }
                    }
                }
            }
            out.loss = sum / n;
            out.minMargin = min;
            out.correct = correct;
        }

        @Override
        public void hessianAt(double[] w) {
            double[] x = data.x(), y = data.y();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < m; j++) {
                    double zij = preactivation(w, j, x, i);
                    z[i * m + j] = zij;
                    dphi[i * m + j] = phi.d1(zij);
                    d2phi[i * m + j] = phi.d2(zij);
                }
                double q = y[i] * outputFromPreactivations(z, i * m);
                curv[i] = loss.d2(q) / n;
                slope[i] = loss.d1(q) * y[i] / n;
            }
        }

        /** S = X Vᵀ; u_i = Σ_j outer_j φ'(Z_ij) S_ij; D_ij = outer_j [ℓ'' u_i φ' + ℓ' y_i φ'' S_ij]/n; out = Dᵀ X. */
        @Override
        public void hessianTimes(double[] v, double[] out) {
            double[] x = data.x();
            java.util.Arrays.fill(out, 0);
            for (int i = 0; i < n; i++) {
                double u = 0;
                for (int j = 0; j < m; j++) {
                    s[i * m + j] = preactivation(v, j, x, i);
                    u += outer[j] * dphi[i * m + j] * s[i * m + j];
                }
                for (int j = 0; j < m; j++) {
                    double dij = outer[j] * (curv[i] * u * dphi[i * m + j] + slope[i] * d2phi[i * m + j] * s[i * m + j]);
                    for (int k = 0; k < d; k++) {
                        out[j * d + k] += dij * x[i * d + k];
                    }
                }
            }
        }
    }
}
