package org.stepsizelab.core.dataview;

import org.stepsizelab.core.Activation;
import org.stepsizelab.core.RunConfig;

/**
 * f(W; x) = (b/m) Σ_j a_j φ(w_jᵀx) of the paper's two-layer net (MATH.md §1) at one W, with the
 * trainer's outer weights a_j = +1 for even j and −1 for odd j. Also exposes the neurons, whose lines
 * w_jᵀx = 0 the data view draws.
 *
 * @param w m×d weights, row-major (not copied: callers hand over a snapshot)
 */
public record TwoLayerDecision(double[] w, int m, int d, double outputScale, Activation phi)
        implements DecisionFunction {

    public TwoLayerDecision {
        if (w.length != m * d) {
            throw new IllegalArgumentException("W must have m·d = " + m * d + " entries, got " + w.length);
        }
    }

    /** The net a run configuration describes, at weights {@code w} (m×d). */
    public static TwoLayerDecision of(RunConfig cfg, double[] w, int d) {
        return new TwoLayerDecision(w, cfg.width(), d, cfg.outputScale(), cfg.activationFunction());
    }

    /** a_j, the fixed sign of neuron j's outer weight. */
    public static double outerSign(int j) {
        return j % 2 == 0 ? 1.0 : -1.0;
    }

    @Override
    public int dim() {
        return d;
    }

    @Override
    public void predict(double[] x, int rows, double[] out) {
        double scale = outputScale / m;
        for (int r = 0; r < rows; r++) {
            int xo = r * d;
            double f = 0;
            for (int j = 0; j < m; j++) {
                int wo = j * d;
                double z = 0;
                for (int k = 0; k < d; k++) {
                    z += w[wo + k] * x[xo + k];
                }
                double v = phi.value(z);
                f += (j % 2 == 0) ? v : -v;
            }
            out[r] = scale * f;
        }
    }
}
