package org.stepsizelab.core.dataview;

import java.util.List;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.model.Model;
import org.stepsizelab.core.model.NeuronMetrics;
import org.stepsizelab.core.model.TwoLayerNet;
import org.stepsizelab.core.training.WeightStore;

/**
 * The quantity of the paper's Fig. 4 over a run: for each kept step t and neuron j its own
 * normalized margin min_i y_i·a_j·φ(w_jᵀx_i)/‖w_j‖ (the seam's {@link NeuronMetrics}; the two-layer
 * net only), beside the network's normalized margin min_i y_i f(θ_t; x_i)/‖θ_t‖^M from the model's
 * own predict (any model). (The caption's claim: each neuron's margin stays negative while the
 * network's turns positive.) NaN where a norm is 0.
 *
 * @param steps the kept steps, increasing
 * @param neurons {@code neurons[j][k]}: neuron j's margin at steps[k] (no rows for an MLP)
 * @param network the network's normalized margin at steps[k]
 */
public record NeuronMargins(long[] steps, double[][] neurons, double[] network) {

    /** Computes the margins at every snapshot. */
    public static NeuronMargins of(List<WeightStore.Snapshot> snapshots, Model model, Dataset data) {
        int k = snapshots.size();
        TwoLayerNet net = model instanceof TwoLayerNet t ? t : null;
        int m = net == null ? 0 : net.width();
        long[] steps = new long[k];
        double[][] neurons = new double[m][k];
        double[] network = new double[k];
        for (int s = 0; s < k; s++) {
            WeightStore.Snapshot snap = snapshots.get(s);
            double[] theta = snap.theta();
            steps[s] = snap.step();
            if (net != null) {
                NeuronMetrics nm = NeuronMetrics.of(snap.step(), net, theta, data);
                for (int j = 0; j < m; j++) {
                    neurons[j][s] = nm.margin()[j];
                }
            }
            double[] q = Margins.of(model, theta, data);
            double min = Double.POSITIVE_INFINITY;
            for (double v : q) {
                min = Math.min(min, v);
            }
            double norm = Math.sqrt(Model.sumOfSquares(theta));
            network[s] = norm > 0 ? min / Math.pow(norm, model.marginPower()) : Double.NaN;
        }
        return new NeuronMargins(steps, neurons, network);
    }

    /**
     * The neurons a chart shows: all of them up to {@code limit}, else the {@code limit/2} with the
     * largest and the {@code limit/2} with the smallest margin at the last step.
     */
    public int[] shown(int limit) {
        int m = neurons.length;
        Integer[] order = new Integer[m];
        for (int j = 0; j < m; j++) {
            order[j] = j;
        }
        if (m <= limit) {
            return java.util.Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        }
        int last = steps.length - 1;
        java.util.Arrays.sort(order, (x, y) -> Double.compare(value(y, last), value(x, last)));
        int half = limit / 2;
        int[] out = new int[2 * half];
        for (int i = 0; i < half; i++) {
            out[i] = order[i];
            out[half + i] = order[m - half + i];
        }
        return out;
    }

    private double value(int j, int k) {
        double v = neurons[j][k];
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }
}
