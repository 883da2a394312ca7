package org.stepsizelab.core.model;

import org.stepsizelab.core.Dataset;

/**
 * Each hidden neuron of the two-layer net at one step, the quantity of the paper's Fig. 4: its outer
 * sign a_j, its norm ‖w_j‖ and its own normalized margin min_i y_i·a_j·φ(w_jᵀx_i)/‖w_j‖ (NaN when
 * w_j = 0, where it is 0/0).
 */
public record NeuronMetrics(long step, double[] outer, double[] norm, double[] margin) {

    public int neurons() {
        return outer.length;
    }

    /** The metrics of W (m×d, row-major) on a data set. */
    public static NeuronMetrics of(long step, TwoLayerNet net, double[] w, Dataset data) {
        int m = net.width(), d = net.inputDim(), n = data.n();
        double[] outputs = new double[n * m];
        net.neuronOutputs(w, data.x(), n, outputs);
        double[] norm = new double[m];
        double[] margin = new double[m];
        for (int j = 0; j < m; j++) {
            double scale = 0, ss = 1; // ‖w_j‖ by scaled summation: no overflow for huge weights
            for (int k = 0; k < d; k++) {
                double v = Math.abs(w[j * d + k]);
                if (v > scale) {
                    ss = 1 + ss * (scale / v) * (scale / v);
                    scale = v;
                } else if (v > 0) {
                    ss += (v / scale) * (v / scale);
                }
            }
            norm[j] = scale == 0 ? 0 : scale * Math.sqrt(ss);
            double min = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                min = Math.min(min, data.y()[i] * outputs[i * m + j]);
            }
            margin[j] = norm[j] > 0 ? min / norm[j] : Double.NaN;
        }
        return new NeuronMetrics(step, net.signs(), norm, margin);
    }
}
