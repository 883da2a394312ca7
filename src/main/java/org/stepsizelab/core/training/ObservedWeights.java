package org.stepsizelab.core.training;

import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.model.Model;
import org.stepsizelab.core.model.NeuronMetrics;
import org.stepsizelab.core.model.TwoLayerNet;

/**
 * What a view may ask of a run's weights: θ_t at kept steps ({@link WeightStore}), the decision
 * values f(θ_t; x) and, for the two-layer net, each neuron's metrics, all computed here so views
 * never do numerics. Thread-safe (the store is; the model is read-only).
 */
public record ObservedWeights(WeightStore store, Model model, Dataset train) {

    /** The kept step nearest at or before {@code step}, or -1 (nothing kept yet). */
    public long keptStep(long step) {
        return store.nearestAtOrBefore(step);
    }

    /** f(θ_t; x_i) for the rows of x at the kept step {@link #keptStep(long)}, or null if none. */
    public double[] predict(long step, double[] x, int rows) {
        long kept = keptStep(step);
        double[] theta = kept < 0 ? null : store.at(kept);
        return theta == null ? null : model.predict(theta, x, rows);
    }

    /** Per-neuron metrics at the kept step at or before {@code step}; null if none or not a two-layer net. */
    public NeuronMetrics neuronMetrics(long step) {
        long kept = keptStep(step);
        double[] theta = kept < 0 ? null : store.at(kept);
        if (theta == null || !(model instanceof TwoLayerNet net)) {
            return null;
        }
        return NeuronMetrics.of(kept, net, theta, train);
    }
}
