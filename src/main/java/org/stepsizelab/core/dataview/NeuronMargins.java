package org.stepsizelab.core.dataview;

import java.util.List;
import org.stepsizelab.core.Activation;
import org.stepsizelab.core.Dataset;

/**
 * The quantity of the paper's Fig. 4 over a run: for each kept step t and neuron j its own
 * normalized margin min_i y_i·a_j·φ(w_jᵀx_i)/‖w_j‖, beside the network's normalized margin
 * min_i y_i f(W_t; x_i)/‖W_t‖_F. (The caption's claim: each neuron's margin stays negative while the
 * network's turns positive.) NaN where a norm is 0.
 *
 * @param steps the kept steps, increasing
 * @param neurons {@code neurons[j][k]}: neuron j's margin at steps[k]
 * @param network the network's normalized margin at steps[k]
 */
public record NeuronMargins(long[] steps, double[][] neurons, double[] network) {

    /**
     * Computes the margins at every snapshot.
     *
     * @param f builds the network at a snapshot's weights (for the network's margin)
     */
    public static NeuronMargins of(List<SnapshotStore.Snapshot> snapshots, int m, Activation phi, Dataset data,
            java.util.function.Function<double[], DecisionFunction> f) {
        int d = data.d();
        int k = snapshots.size();
        long[] steps = new long[k];
        double[][] neurons = new double[m][k];
        double[] network = new double[k];
        for (int s = 0; s < k; s++) {
            SnapshotStore.Snapshot snap = snapshots.get(s);
            double[] w = snap.weights();
            steps[s] = snap.step();
            double total = 0;
            for (int j = 0; j < m; j++) {
                double norm2 = 0;
                for (int c = 0; c < d; c++) {
                    norm2 += w[j * d + c] * w[j * d + c];
                }
                total += norm2;
                neurons[j][s] = norm2 > 0 ? neuronMargin(w, j, d, phi, data) / Math.sqrt(norm2) : Double.NaN;
            }
            double[] q = Margins.of(f.apply(w), data);
            double min = Double.POSITIVE_INFINITY;
            for (double v : q) {
                min = Math.min(min, v);
            }
            network[s] = total > 0 ? min / Math.sqrt(total) : Double.NaN;
        }
        return new NeuronMargins(steps, neurons, network);
    }

    /** min_i y_i a_j φ(w_jᵀx_i) (without the 1/‖w_j‖). */
    private static double neuronMargin(double[] w, int j, int d, Activation phi, Dataset data) {
        double a = TwoLayerDecision.outerSign(j);
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < data.n(); i++) {
            double z = 0;
            for (int c = 0; c < d; c++) {
                z += w[j * d + c] * data.x()[i * d + c];
            }
            min = Math.min(min, data.y()[i] * a * phi.value(z));
        }
        return min;
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
