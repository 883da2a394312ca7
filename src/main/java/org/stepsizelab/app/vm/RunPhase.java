package org.stepsizelab.app.vm;

/**
 * What the status bar's phase chip says, as a kind the view styles; the words are
 * {@link RunViewModel#phaseTextProperty}. Views choose colours from this, never from the text.
 */
public enum RunPhase {
    /** No run has started yet. */
    NONE,
    /** The run has no step yet. */
    STARTING,
    /** The loss has not risen so far. */
    DESCENDING,
    /** Edge of stability: the loss still rises now and then. */
    EOS,
    /** The loss has decreased at every step since the end of the EoS phase. */
    STABLE,
    DIVERGED,
    FAILED,
    /** Stopped by the user. */
    STOPPED;

    /** True for an end the user should notice (diverged, failed, stopped). */
    public boolean bad() {
        return this == DIVERGED || this == FAILED || this == STOPPED;
    }
}
