package org.stepsizelab.core;

/** The stepsize changed to {@code eta} for the update that leaves {@code step} (Trainer.setEta mid-run). */
public record EtaChange(long step, double eta) {
}
