package org.stepsizelab.core.model;

import java.util.ArrayList;
import java.util.List;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.kernel.Kernels;
import org.stepsizelab.core.kernel.MatrixKernel;
import org.stepsizelab.core.config.ConfigException;
import org.stepsizelab.core.config.ConfigKey;
import org.stepsizelab.core.config.KeyText;

/**
 * The bias-free MLP of issue 11 as a {@link Model}: f(w; x) = w_Lᵀ φ(W_{L−1} ⋯ φ(W_1 x)), every
 * layer trained, layers "W1" … "WL" (out × in). The maths is {@link MlpArchitecture} (shape,
 * initialisation), {@link MlpEvaluator} (back-propagation) and {@link MlpHessianProduct} (R-op);
 * this class binds them to the seam's interface.
 */
public final class Mlp implements Model {
    public static final String NAME = "mlp";
    /** Trained layers when a configuration names neither depth nor widths. */
    public static final int DEFAULT_DEPTH = 3;

    private final MlpArchitecture arch;
    private final MatrixKernel kernel;

    public Mlp(MlpArchitecture arch, MatrixKernel kernel) {
        this.arch = arch;
        this.kernel = kernel;
    }

    /**
     * The MLP a configuration describes: hidden widths from {@code widths}, else {@code depth − 1}
     * layers of {@code width}; M from {@code margin_power}, else the depth.
     */
    public static Mlp of(RunConfig config, int d) {
        int[] hidden = hiddenWidths(config);
        double power = config.marginPower() == null ? Double.NaN : config.marginPower();
        MlpArchitecture a = new MlpArchitecture(d, hidden, config.activationFunction(), config.lossFunction(), power);
        return new Mlp(a, Kernels.best(0, d, hidden[0]));
    }

    /** d_1 … d_{L−1} of a configuration (checks that depth and widths agree when both are given). */
    public static int[] hiddenWidths(RunConfig config) {
        if (config.widths() != null && !config.widths().isEmpty()) {
            List<Integer> w = config.widths();
            if (config.depth() != null && config.depth() != w.size() + 1) {
                // bad input, not a bug: named by key, each front end words it (the command line: --depth 3 …)
                throw new ConfigException(KeyText.value(ConfigKey.DEPTH, config.depth()) + ": that many trained layers need "
                        + (config.depth() - 1) + " hidden widths, but " + KeyText.key(ConfigKey.WIDTHS) + " lists "
                        + w.size());
            }
            int[] out = new int[w.size()];
            for (int l = 0; l < out.length; l++) {
                out[l] = w.get(l);
            }
            return out;
        }
        int depth = config.depth() == null ? DEFAULT_DEPTH : config.depth();
        return MlpArchitecture.uniformWidths(depth, config.width());
    }

    public MlpArchitecture architecture() {
        return arch;
    }

    /** The same net on another kernel (for comparisons and tests). */
    public Mlp withKernel(MatrixKernel k) {
        return new Mlp(arch, k);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Layer> layers() {
        List<Layer> out = new ArrayList<>();
        for (int l = 1; l <= arch.depth(); l++) {
            out.add(new Layer("W" + l, arch.dim(l), arch.dim(l - 1)));
        }
        return out;
    }

    @Override
    public int inputDim() {
        return arch.dim(0);
    }

    @Override
    public int parameterCount() {
        return arch.parameterCount();
    }

    @Override
    public double[] initialParameters(double sigma, long seed) {
        return arch.initialParameters(sigma, seed);
    }

    @Override
    public double marginPower() {
        return arch.marginPower();
    }

    @Override
    public void predict(double[] theta, double[] x, int rows, double[] out) {
        Dataset d = new Dataset("predict", rows, inputDim(), x, new double[rows], 1.0);
        // x is the caller's (a view refills its buffers): not declared constant to the kernel
        MlpEvaluator e = new MlpEvaluator(arch, d, kernel, false, true, false);
        e.evaluate(theta, null);
        System.arraycopy(e.outputs(), 0, out, 0, rows);
    }

    @Override
    public Evaluator evaluator(Dataset data) {
        return new Bound(data);
    }

    /** Gradient evaluator and (lazily) Hessian-vector product on one data set. */
    private final class Bound implements Evaluator {
        private final Dataset data;
        private final MlpEvaluator ev;
        private MlpHessianProduct hvp;

        Bound(Dataset data) {
            this.data = data;
            this.ev = new MlpEvaluator(arch, data, kernel);
        }

        @Override
        public Dataset data() {
            return data;
        }

        @Override
        public void lossAndGradient(double[] theta, double[] grad, Evaluation out) {
            out.loss = ev.evaluate(theta, grad);
            double min = Double.POSITIVE_INFINITY;
            int correct = 0;
            for (double q : ev.margins()) {
                min = Math.min(min, q);
                if (q > 0) {
                    correct++;
                }
            }
            out.minMargin = min;
            out.correct = correct;
        }

        @Override
        public void hessianAt(double[] theta) {
            if (hvp == null) {
                hvp = new MlpHessianProduct(arch, data, kernel);
            }
            hvp.at(theta);
        }

        @Override
        public void hessianTimes(double[] v, double[] out) {
            hvp.apply(v, out);
        }
    }
}
