package org.stepsizelab.core;

/**
 * What one step of a run measured, at the weights W_t before the update t → t+1 (the last record
 * of a run holds the final weights). Values not computed at this step are NaN.
 *
 * @param eta the stepsize applied by the update that leaves this step
 */
public record StepRecord(
        long step,
        double loss,
        double paramNorm,
        double normalizedMargin,
        double accuracy,
        double sharpness,
        double testLoss,
        double testAccuracy,
        double eta) {
}
