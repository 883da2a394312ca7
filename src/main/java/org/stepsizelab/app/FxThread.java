package org.stepsizelab.app;

import javafx.application.Platform;

/** Hands results of background work (an export finished, a picture rendered) back to the FX thread. */
public final class FxThread {
    private FxThread() {}

    /**
     * Runs {@code r} on the FX thread: now when already on it, else later. Without a running JavaFX
     * toolkit (headless unit tests of the view models) it runs at once on the calling thread.
     */
    public static void run(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            try {
                Platform.runLater(r);
            } catch (IllegalStateException toolkitNotRunning) {
                r.run();
            }
        }
    }
}
