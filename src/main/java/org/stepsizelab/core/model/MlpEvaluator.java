package org.stepsizelab.core.model;

import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.Loss;
import org.stepsizelab.core.kernel.MatrixKernel;

/**
 * Loss, margins and the exact gradient (back-propagation) of an {@link MlpArchitecture} on one data
 * set, with every buffer allocated once: an evaluation allocates nothing.
 *
 * <pre>
 *   H_0 = X,  Z_l = H_{l−1} W_lᵀ,  H_l = φ(Z_l)  (l &lt; L),  F = H_{L−1} w_Lᵀ,  q_i = y_i F_i
 *   g_i = ℓ'(q_i) y_i / n;  ∇W_L = gᵀ H_{L−1};  G_{L−1} = g w_L
 *   Δ_l = G_l ⊙ φ'(Z_l);  ∇W_l = Δ_lᵀ H_{l−1};  G_{l−1} = Δ_l W_l
 * </pre>
 *
 * Every dense product goes through the {@link MatrixKernel} (so faster kernels speed the MLP up and
 * its results do not depend on the thread count). Not thread-safe.
 */
public final class MlpEvaluator {
    final MlpArchitecture arch;
    final MatrixKernel kernel;
    final MlpPointwise pointwise;
    final Loss loss;
    final int n, depth;
    final int[] dims;
    final double[] y;
    /** W_l (row-major out×in) and W_lᵀ per layer, index 1 … L. */
    final double[][] w, wt;
    /** Z_l, H_l = φ(Z_l), φ'(Z_l), φ''(Z_l) (only with curvature), n×d_l, index 1 … L−1; h[0] = X. */
    final double[][] z, h, dphi, d2phi;
    /** G_l = ∂L/∂H_l before and Δ_l = ∂L/∂Z_l after multiplying by φ'(Z_l); with curvature G_l is kept in gpre. */
    final double[][] delta, gpre;
    final double[][] grad;
    /** F_i, q_i = y_i F_i, g_i = ℓ'(q_i) y_i/n, ℓ''(q_i)/n. */
    final double[] f, q, g, curv;
    final boolean curvature;
    /** X's nonzeros when X is mostly zeros (then the input layer skips them), else null. */
    final SparseRows sparse;
    /** ∇W_1ᵀ (d×d_1) for the sparse input layer. */
    private final double[] grad1t;
    private double lossValue = Double.NaN;

    public MlpEvaluator(MlpArchitecture arch, Dataset data, MatrixKernel kernel) {
        this(arch, data, kernel, false, true);
    }

    /**
     * @param curvature also keep φ''(Z), ℓ''(q) and G_l, which Hessian-vector products need
     * @param allowSparse let a mostly-zero X use {@link SparseRows} in the input layer
     */
    MlpEvaluator(MlpArchitecture arch, Dataset data, MatrixKernel kernel, boolean curvature, boolean allowSparse) {
        this(arch, data, kernel, curvature, allowSparse, true);
    }

    /**
     * @param constantX declare X constant to the kernel (it may keep packed copies of it for good):
     *     true for a training's data, false for a one-off evaluation on a caller's array
     *     ({@link Mlp#predict}), whose array must neither be kept alive by the kernel nor be read
     *     from a stale packed copy when the caller refills it
     */
    MlpEvaluator(MlpArchitecture arch, Dataset data, MatrixKernel kernel, boolean curvature, boolean allowSparse,
            boolean constantX) {
        if (data.d() != arch.dim(0)) {
            throw new IllegalArgumentException("data have d = " + data.d() + ", the MLP expects " + arch.dim(0));
        }
        this.arch = arch;
        this.curvature = curvature;
        this.kernel = kernel;
        this.pointwise = MlpPointwise.of(arch.activation());
        this.loss = arch.loss();
        this.n = data.n();
        this.depth = arch.depth();
        this.dims = new int[depth + 1];
        for (int l = 0; l <= depth; l++) {
            dims[l] = arch.dim(l);
        }
        this.y = data.y();
        this.w = new double[depth + 1][];
        this.wt = new double[depth + 1][];
        this.grad = new double[depth + 1][];
        for (int l = 1; l <= depth; l++) {
            w[l] = new double[arch.size(l)];
            wt[l] = new double[arch.size(l)];
            grad[l] = new double[arch.size(l)];
        }
        this.z = new double[depth][];
        this.h = new double[depth][];
        this.dphi = new double[depth][];
        this.d2phi = new double[depth][];
        this.delta = new double[depth][];
        this.gpre = new double[depth][];
        h[0] = data.x();
        if (constantX) {
            kernel.declareConstant(h[0]); // X enters two products per step: the kernel packs it once
        }
        for (int l = 1; l < depth; l++) {
            int size = n * dims[l];
            z[l] = new double[size];
            h[l] = new double[size];
            dphi[l] = new double[size];
            delta[l] = new double[size];
            if (curvature) {
                d2phi[l] = new double[size];
                gpre[l] = new double[size];
            }
        }
        this.sparse = allowSparse ? SparseRows.ifSparse(data.x(), n, dims[0]) : null;
        this.grad1t = sparse == null ? null : new double[dims[0] * dims[1]];
        this.f = new double[n];
        this.q = new double[n];
        this.g = new double[n];
        this.curv = new double[n];
    }

    /** The mean loss at the last evaluation. */
    public double lastLoss() {
        return lossValue;
    }

    public MlpArchitecture architecture() {
        return arch;
    }

    public int n() {
        return n;
    }

    /**
     * The mean loss at θ; with {@code gradOut} not null also ∇L(θ) (flat, θ's layout). Margins and
     * decision values are then available from {@link #margins()} and {@link #outputs()}.
     */
    public double evaluate(double[] theta, double[] gradOut) {
        forward(theta);
        if (gradOut != null) {
            backward();
            for (int l = 1; l <= depth; l++) {
                System.arraycopy(grad[l], 0, gradOut, arch.offset(l), grad[l].length);
            }
        }
        return lossValue;
    }

    /** F_i = f(θ; x_i) at the last evaluation (a live view: do not modify). */
    public double[] outputs() {
        return f;
    }

    /** q_i = y_i f(θ; x_i) at the last evaluation (a live view: do not modify). */
    public double[] margins() {
        return q;
    }

    /** min_i q_i at the last evaluation. */
    public double minMargin() {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, q[i]);
        }
        return min;
    }

    /** The fraction of points with q_i > 0 at the last evaluation. */
    public double accuracy() {
        int right = 0;
        for (int i = 0; i < n; i++) {
            if (q[i] > 0) {
                right++;
            }
        }
        return (double) right / n;
    }

    /** Z, H, φ'(Z) (and φ''(Z)) for every layer, then F, q, the loss and g = ℓ'(q)y/n. */
    void forward(double[] theta) {
        if (theta.length != arch.parameterCount()) {
            throw new IllegalArgumentException("θ must have " + arch.parameterCount() + " entries, got " + theta.length);
        }
        for (int l = 1; l <= depth; l++) {
            System.arraycopy(theta, arch.offset(l), w[l], 0, w[l].length);
            transpose(w[l], dims[l], dims[l - 1], wt[l]);
        }
        for (int l = 1; l < depth; l++) {
            if (l == 1 && sparse != null) {
                sparse.times(kernel, wt[1], dims[1], z[1]);
            } else {
                kernel.mult(h[l - 1], dims[l - 1], wt[l], n, dims[l - 1], dims[l], z[l]);
            }
            double[] zl = z[l], hl = h[l], d1 = dphi[l], d2 = d2phi[l];
            kernel.forRanges(n * dims[l], (from, to) -> pointwise.apply(zl, hl, d1, d2, from, to));
        }
        // w_L is 1×d_{L−1} row-major, which is also d_{L−1}×1 row-major: F = H_{L−1}·w_Lᵀ directly
        kernel.mult(h[depth - 1], dims[depth - 1], w[depth], n, dims[depth - 1], 1, f);
        double invN = 1.0 / n;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double qi = y[i] * f[i];
            q[i] = qi;
            sum += loss.value(qi);
            g[i] = loss.d1(qi) * y[i] * invN;
            if (curvature) {
                curv[i] = loss.d2(qi) * invN;
            }
        }
        lossValue = sum * invN;
    }

    /** Back-propagation of g into grad[1 … L] (forward must have run). */
    void backward() {
        int top = depth - 1;
        // ∇w_L = gᵀ H_{L−1} (1×d_{L−1}); G_{L−1} = g·w_L (n×d_{L−1}, an outer product)
        kernel.mult(g, n, h[top], 1, n, dims[top], grad[depth]);
        kernel.mult(g, 1, w[depth], n, 1, dims[top], delta[top]);
        for (int l = top; l >= 1; l--) {
            double[] dl = delta[l];
            double[] dp = dphi[l];
            if (gpre[l] != null) {
                System.arraycopy(dl, 0, gpre[l], 0, dl.length);
            }
            for (int k = 0, size = n * dims[l]; k < size; k++) {
                dl[k] *= dp[k];
            }
            // ∇W_l = Δ_lᵀ H_{l−1}: Δ_l read transposed through strides (1, d_l)
            if (l == 1 && sparse != null) {
                sparse.transposeTimes(kernel, dl, dims[1], grad1t);
                transpose(grad1t, dims[0], dims[1], grad[1]);
            } else {
                kernel.multTransA(dl, dims[l], h[l - 1], dims[l], n, dims[l - 1], grad[l]);
            }
            if (l > 1) {
                kernel.mult(dl, dims[l], w[l], n, dims[l], dims[l - 1], delta[l - 1]);
            }
        }
    }

    static void transpose(double[] a, int rows, int cols, double[] out) {
        for (int r = 0; r < rows; r++) {
            int ar = r * cols;
            for (int c = 0; c < cols; c++) {
                out[c * rows + r] = a[ar + c];
            }
        }
    }
}
