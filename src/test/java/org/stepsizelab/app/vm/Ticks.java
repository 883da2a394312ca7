package org.stepsizelab.app.vm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/** Drives a view model as the FX timer does, in tests without a display. */
public final class Ticks {
    private Ticks() {}

    /**
     * Ticks {@code vm} once per 33 ms of the test's {@code clock} (and 5 ms of real time) until
     * {@code done} holds; fails after {@code timeoutSeconds} of real time.
     */
    public static void until(MainViewModel vm, AtomicLong clock, BooleanSupplier done, int timeoutSeconds)
            throws InterruptedException {
        long end = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        while (!done.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "timed out");
            clock.addAndGet(33_000_000L);
            vm.tick(clock.get());
            Thread.sleep(5);
        }
    }
}
