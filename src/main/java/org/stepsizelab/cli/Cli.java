package org.stepsizelab.cli;

/** The headless front end: sub-commands run, bench, sweep. */
public final class Cli {
    private Cli() {}

    /** Runs one command line and returns the process exit code (0 ok, 2 bad input, 1 failure). */
    public static int run(String[] args) {
        System.err.println("stepsize-lab: the command line is not built yet");
        return 2;
    }
}
