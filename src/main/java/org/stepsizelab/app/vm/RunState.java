package org.stepsizelab.app.vm;

/** Where the current run stands. */
public enum RunState {
    RUNNING("running"),
    PAUSED("paused"),
    FINISHED("finished"),
    DIVERGED("diverged"),
    FAILED("failed"),
    /** Stopped by the user (Stop / Esc); Run starts it again from step 0. */
    STOPPED("stopped");

    public final String text;

    RunState(String text) {
        this.text = text;
    }

    public boolean over() {
        return this == FINISHED || this == DIVERGED || this == FAILED || this == STOPPED;
    }
}
