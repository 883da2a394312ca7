package org.stepsizelab.core.training;

import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.model.Model;

/**
 * How a GD step is computed: one home per form. {@link DirectForm} and {@link GramForm} are the
 * two-layer net's fast paths; {@link ModelForm} trains any {@link Model} through its gradient
 * (θ ← θ − η∇L), so a new network needs no trainer code.
 *
 * <p>A step is {@link #measure} (at θ_t; leaves what the update needs) then, unless the run ends,
 * {@link #update}. Not thread-safe; allocates nothing per step.
 */
public interface StepForm {
    /** Measures θ_t on the training set: mean loss, smallest margin, correct signs into {@code out}. */
    void measure(Model.Evaluation out);

    /** ‖θ_t‖ (Frobenius over all layers), as exact as the form keeps it. */
    double norm();

    /** θ_{t+1} = θ_t − η∇L(θ_t), with the gradient of the last {@link #measure}. */
    void update(double eta);

    /** Mean loss and correct signs of θ_t on another set (the held-out split). */
    void evaluate(Dataset set, Model.Evaluation out);

    /** A copy of θ_t in the model's layout (the two-layer net: W, m×d row-major). */
    double[] parameters();

    /** A copy of ∇L at the last updated step (zeros before the first update). */
    double[] lastGradient();

    /**
     * The loss of θ_t computed the way the previous step's loss was, when that differs from what
     * {@link #measure} reported, else NaN. Only the Gram form has one: on the step after it
     * re-synchronised Z with the accumulated W, this is the loss of the recurrence's own Z (before the
     * re-sync), so that comparing it with the previous step's loss sees one GD step and not the
     * rounding drift of a hundred. Valid until the next {@link #measure}.
     */
    default double chainLoss() {
        return Double.NaN;
    }

    /** "direct", "gram" or "model". */
    String name();

    /** The pointwise pass in use (e.g. "vector-softplus-logistic"), or the model's name. */
    String passName();
}
