package org.stepsizelab.app.vm;

import javafx.application.Platform;

/**
 * Hands results of background work back to the FX thread; used only by {@link BackgroundTasks}, the
 * one way the app runs work off the FX thread.
 */
final class FxThread {
    private FxThread() {}

    /**
     * Runs {@code r} on the FX thread: now when already on it, else later. Without a running JavaFX
     * toolkit (headless unit tests of the view models) it runs at once on the calling thread.
     */
    static void run(Runnable r) {
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
