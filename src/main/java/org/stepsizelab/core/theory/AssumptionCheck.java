package org.stepsizelab.core.theory;

/**
 * One assumption of the paper's theorems checked for a configuration.
 *
 * @param status whether it holds; RESCALED when it fails only by a constant factor that rescaling φ (and
 *     moving the factor into the output scale b, the same network) removes; UNKNOWN when it could not be
 *     decided (e.g. the data margin was not computed)
 * @param detail the values that decided it
 * @param consequence what no longer applies when it fails, naming the theorems
 */
public record AssumptionCheck(String assumption, Status status, String detail, String consequence) {

    public enum Status { HOLDS, RESCALED, FAILS, UNKNOWN }

    /** True when the theorems can use it: it holds as is or after rescaling φ. */
    public boolean holds() {
        return status == Status.HOLDS || status == Status.RESCALED;
    }
}
