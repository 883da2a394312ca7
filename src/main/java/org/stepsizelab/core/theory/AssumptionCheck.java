package org.stepsizelab.core.theory;

/**
 * One assumption of the paper's theorems checked for a configuration.
 *
 * @param status whether it holds; UNKNOWN when it could not be decided (e.g. the data margin was not computed)
 * @param detail the values that decided it
 * @param consequence what no longer applies when it fails, naming the theorems
 */
public record AssumptionCheck(String assumption, Status status, String detail, String consequence) {

    public enum Status { HOLDS, FAILS, UNKNOWN }

    public boolean holds() {
        return status == Status.HOLDS;
    }
}
