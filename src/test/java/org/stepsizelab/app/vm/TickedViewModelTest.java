package org.stepsizelab.app.vm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;

/**
 * The fixture of tests that drive the window's view models without a display: a fake FX clock,
 * the view model under test (shut down after each test) and a tick loop like the FX timer's.
 */
public abstract class TickedViewModelTest {
    protected final AtomicLong clock = new AtomicLong(1_000_000_000L);
    protected MainViewModel vm;
    private final int timeoutSeconds;

    /** @param timeoutSeconds how long {@link #tickUntil} waits in real time before it fails */
    protected TickedViewModelTest(int timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
    }

    @AfterEach
    void shutdownViewModel() {
        if (vm != null) {
            vm.shutdown();
        }
    }

    /**
     * Ticks {@link #vm} once per 33 ms of the test's clock (and 5 ms of real time) until
     * {@code done} holds; fails after the timeout of real time.
     */
    protected void tickUntil(BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        while (!done.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "timed out");
            clock.addAndGet(33_000_000L);
            vm.tick(clock.get());
            Thread.sleep(5);
        }
    }
}
