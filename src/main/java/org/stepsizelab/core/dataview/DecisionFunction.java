package org.stepsizelab.core.dataview;

/**
 * The decision value f(θ_t; x) of a trained network at fixed parameters, for rows of inputs. The data
 * view draws only what this returns: it never evaluates a network itself.
 */
public interface DecisionFunction {

    /** Input dimension d. */
    int dim();

    /**
     * Writes f(x_r) for the {@code rows} rows of {@code x} (row-major, rows × d) into
     * {@code out[0..rows)}.
     */
    void predict(double[] x, int rows, double[] out);
}
