package org.stepsizelab.core.model;

import java.util.Arrays;
import org.stepsizelab.core.Activation;
import org.stepsizelab.core.Loss;
import org.stepsizelab.core.Trainer;

/**
 * The shape and the fixed ingredients of a bias-free MLP with L trained weight matrices
 * (MATH.md §1, "Deeper nets"):
 *
 * <pre>
 *   f(w; x) = w_Lᵀ φ(W_{L−1} ⋯ φ(W_1 x)),   W_l ∈ R^{d_l × d_{l−1}},  d_0 = d,  d_L = 1
 * </pre>
 *
 * The parameters are one flat vector θ: W_1, W_2, …, W_L one after another, each row-major
 * (out × in), so ‖θ‖ is the Frobenius norm over all layers. With φ 1-homogeneous f is
 * L-homogeneous in θ, hence the normalized margin min_i y_i f(θ; x_i)/‖θ‖^M with M = L by default.
 */
public final class MlpArchitecture {
    private final int[] dims;
    private final int[] offsets;
    private final Activation phi;
    private final Loss loss;
    private final double marginPower;

    /**
     * @param inputDim d, the data's dimension
     * @param hidden the hidden widths d_1 … d_{L−1} (at least one: L ≥ 2)
     * @param marginPower M of the normalized margin; NaN for the default M = L
     */
    public MlpArchitecture(int inputDim, int[] hidden, Activation phi, Loss loss, double marginPower) {
        if (inputDim < 1) {
            throw new IllegalArgumentException("input dimension must be >= 1, got " + inputDim);
        }
        if (hidden.length < 1) {
            throw new IllegalArgumentException("an MLP needs at least one hidden layer (depth >= 2)");
        }
        this.dims = new int[hidden.length + 2];
        dims[0] = inputDim;
        for (int l = 0; l < hidden.length; l++) {
            if (hidden[l] < 1) {
                throw new IllegalArgumentException("hidden width must be >= 1, got " + hidden[l]);
            }
            dims[l + 1] = hidden[l];
        }
        dims[dims.length - 1] = 1;
        this.offsets = new int[dims.length];
        long total = 0;
        for (int l = 1; l < dims.length; l++) {
            offsets[l - 1] = (int) total;
            total += (long) dims[l] * dims[l - 1];
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many parameters: " + total);
        }
        offsets[dims.length - 1] = (int) total;
        this.phi = phi;
        this.loss = loss;
        this.marginPower = Double.isNaN(marginPower) ? depth() : marginPower;
        if (!(this.marginPower > 0) || Double.isInfinite(this.marginPower)) {
            throw new IllegalArgumentException("margin power must be a finite number > 0, got " + marginPower);
        }
    }

    /** Every hidden layer {@code width} wide: {@code depth − 1} hidden layers. */
    public static int[] uniformWidths(int depth, int width) {
        if (depth < 2) {
            throw new IllegalArgumentException("depth must be >= 2, got " + depth);
        }
        int[] w = new int[depth - 1];
        Arrays.fill(w, width);
        return w;
    }

    /** L, the number of trained weight matrices. */
    public int depth() {
        return dims.length - 1;
    }

    /** d_l for l = 0 … L (d_0 = d, d_L = 1). */
    public int dim(int l) {
        return dims[l];
    }

    /** The hidden widths d_1 … d_{L−1}. */
    public int[] hiddenWidths() {
        return Arrays.copyOfRange(dims, 1, dims.length - 1);
    }

    /** Where W_l (l = 1 … L) starts in θ. */
    public int offset(int l) {
        return offsets[l - 1];
    }

    /** Entries of W_l: d_l·d_{l−1}. */
    public int size(int l) {
        return dims[l] * dims[l - 1];
    }

    public int parameterCount() {
        return offsets[dims.length - 1];
    }

    public Activation activation() {
        return phi;
    }

    public Loss loss() {
        return loss;
    }

    /** M in min_i y_i f/‖θ‖^M. */
    public double marginPower() {
        return marginPower;
    }

    /**
     * θ_0: W_l with i.i.d. N(0, σ²/d_{l−1}) entries (σ = 1 is the usual fan-in scaling). One seeded
     * standard-normal stream (the two-layer net's generator) fills W_1, W_2, … in order, so the same
     * seed gives the same θ_0 on every machine.
     */
    public double[] initialParameters(double sigma, long seed) {
        double[] theta = Trainer.initialWeights(1, parameterCount(), 1.0, seed);
        for (int l = 1; l <= depth(); l++) {
            double s = sigma / Math.sqrt(dims[l - 1]);
            for (int k = offset(l), end = k + size(l); k < end; k++) {
                theta[k] *= s;
            }
        }
        return theta;
    }

    /** ‖θ‖, the Frobenius norm over all layers. */
    public static double norm(double[] theta) {
        double s = 0;
        for (double v : theta) {
            s = Math.fma(v, v, s);
        }
        return Math.sqrt(s);
    }

    /** "mlp L=3 [784-100-100-1]": a short label for logs and the bench command. */
    public String label() {
        StringBuilder b = new StringBuilder("mlp L=").append(depth()).append(" [");
        for (int l = 0; l < dims.length; l++) {
            b.append(l == 0 ? "" : "-").append(dims[l]);
        }
        return b.append("]").toString();
    }
}
