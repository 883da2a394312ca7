package org.stepsizelab;

/**
 * Makes a relaunched worker JVM die with the launcher that started it. {@code kill -9} of the
 * launcher cannot run any of its code, so the worker watches instead: the launcher passes its pid in
 * {@value #ENV}, and a daemon thread checks a few times a second that it is still this JVM's parent
 * (a dead parent's children are adopted by init or a sub-reaper, so the parent pid changes at once).
 * When it is gone the worker exits through the usual shutdown hooks, which remove the staging
 * directories: the caller was told the run failed, so no output may appear afterwards.
 */
final class ParentWatch {
    static final String ENV = "STEPSIZE_LAB_PARENT_PID";
    private static final long PERIOD_MILLIS = 100;
    /** Exit code of a worker whose launcher vanished (as if it had been killed by SIGKILL, 128 + 9). */
    static final int ORPHANED = 137;

    private ParentWatch() {}

    /** Starts the watch if this JVM was started by a launcher that asked for it. */
    static void startIfAsked() {
        String pid = System.getenv(ENV);
        if (pid == null) {
            return;
        }
        long parent;
        try {
            parent = Long.parseLong(pid.trim());
        } catch (NumberFormatException e) {
            return;
        }
        if (!parentIs(parent)) {
            exit(); // the launcher died before this JVM got here
        }
        Thread t = new Thread(() -> {
            while (parentIs(parent)) {
                try {
                    Thread.sleep(PERIOD_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            exit();
        }, "stepsize-lab parent watch");
        t.setDaemon(true);
        t.start();
    }

    static boolean parentIs(long pid) {
        return ProcessHandle.current().parent().map(p -> p.pid() == pid && p.isAlive()).orElse(false);
    }

    private static void exit() {
        // System.exit runs the shutdown hooks (staging clean-up); it blocks if the JVM is already
        // shutting down, which is fine for a daemon thread
        System.exit(ORPHANED);
    }
}
