package org.stepsizelab.app.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundTasksTest {
    /** The "FX thread" of these tests: whatever is handed over lands in a queue, run by the test. */
    private final BlockingQueue<Runnable> fx = new LinkedBlockingQueue<>();
    private final BackgroundTasks tasks = BackgroundTasks.thread("test-tasks", Thread.NORM_PRIORITY, fx::add);

    private void runHandedOver(int count) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            Runnable r = fx.poll(10, TimeUnit.SECONDS);
            assertTrue(r != null, "handed to the FX thread in time");
            r.run();
        }
    }

    @Test
    void theValueAndTheProgressReachTheFxThreadInOrder() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        tasks.submit(task -> {
            assertFalse(Thread.currentThread().getName().equals("main"));
            task.progress(() -> seen.add("half"));
            return 42;
        }, o -> seen.add("done " + o.value() + " " + o.failed() + " " + o.cancelled()));
        runHandedOver(2);
        assertEquals(List.of("half", "done 42 false false"), seen);
    }

    @Test
    void anErrorIsTheOutcomeAndTheThreadKeepsWorking() throws Exception {
        List<BackgroundTasks.Outcome<Object>> seen = new CopyOnWriteArrayList<>();
        tasks.submit(task -> {
            throw new IllegalArgumentException("bad input");
        }, seen::add);
        tasks.submit(task -> (Object) "next", seen::add);
        runHandedOver(2);
        assertTrue(seen.get(0).failed());
        assertNull(seen.get(0).value());
        assertEquals("bad input", seen.get(0).message());
        assertEquals("next", seen.get(1).value());
        tasks.shutdown();
    }

    @Test
    void aCancelledJobStopsWhereItLooksAndSaysSo() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        List<BackgroundTasks.Outcome<Integer>> seen = new CopyOnWriteArrayList<>();
        BackgroundTasks.Task t = tasks.submit(task -> {
            started.countDown();
            int loops = 0;
            while (!task.cancelled()) {
                loops++;
                Thread.onSpinWait();
            }
            return loops;
        }, seen::add);
        assertTrue(started.await(10, TimeUnit.SECONDS));
        t.cancel();
        runHandedOver(1);
        assertTrue(seen.get(0).cancelled());
        assertFalse(seen.get(0).failed());
        assertTrue(seen.get(0).value() >= 0, "a cancelled job still hands over what it returned");
    }

    @Test
    void inlineRunsTheJobOnTheCallingThreadBeforeSubmitReturns() {
        List<String> seen = new CopyOnWriteArrayList<>();
        String caller = Thread.currentThread().getName();
        BackgroundTasks.inline().submit(task -> seen.add(Thread.currentThread().getName()), o -> { });
        assertEquals(List.of(caller), seen);
    }
}
