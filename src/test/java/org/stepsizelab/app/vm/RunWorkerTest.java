package org.stepsizelab.app.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunHistory;
import org.stepsizelab.core.config.ConfigKey;

/** The app's worker drives core's run loop through its hooks: paused start, step ×k, new η, resume, cancel. */
class RunWorkerTest {

    private static void await(BooleanSupplier c) throws InterruptedException {
        long end = System.nanoTime() + 120_000_000_000L;
        while (!c.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "timed out");
            Thread.sleep(5);
        }
    }

    @Test
    void pausedStepEtaResumeCancel() throws Exception {
        RunConfig cfg = RunConfig.defaults().with(ConfigKey.STEPS, 50_000_000L);
        RunHistory h = new RunHistory();
        RunWorker w = new RunWorker(cfg, h, true);
        Thread t = new Thread(w, "worker-test");
        t.start();
        await(() -> w.trainN() == 4);
        Thread.sleep(100);
        assertEquals(0, h.records(), "started paused: nothing measured");
        w.stepBy(5);
        await(() -> h.records() == 5);
        Thread.sleep(100);
        assertEquals(5, h.records(), "exactly five steps");
        w.setEta(2.0);
        w.stepBy(3);
        await(() -> h.records() == 8);
        assertEquals(2.0, h.latest().eta(), "the new η applies from the next update");
        w.resume();
        await(() -> h.records() > 1000);
        w.cancel();
        t.join(60_000);
        assertTrue(w.finished());
        assertNotNull(h.outcome());
        assertTrue(h.outcome().cancelled());
        assertNotNull(h.weights(), "the weight store is attached");
        assertEquals(0, h.weights().keptStep(0));
    }
}
