package org.stepsizelab.core.kernel;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * One process-wide set of helper threads for the kernels' output blocks.
 *
 * <p>Several trainers may run at once (a stepsize sweep runs one per core): each kernel call asks
 * for the helpers and gets them only when no other kernel call is running, otherwise it computes
 * all its blocks on its own thread. So the process never runs more busy threads than cores, and a
 * sweep parallelizes over runs instead of inside them. Which thread computes a block never changes
 * the block's result, so this choice cannot change any number.
 */
final class KernelPool {
    /** Helper threads besides the caller: one per further core. */
    static final int HELPERS = Math.max(0, Runtime.getRuntime().availableProcessors() - 1);

    private static final AtomicInteger ACTIVE_CALLS = new AtomicInteger();
    private static final Helper[] HELPER_THREADS = new Helper[HELPERS];

    static {
        for (int h = 0; h < HELPERS; h++) {
            HELPER_THREADS[h] = new Helper("stepsize-kernel-" + (h + 1));
            HELPER_THREADS[h].start();
        }
    }

    private KernelPool() {}

    /**
     * Runs task(0) … task(tasks − 1), on up to {@code maxThreads} threads (the caller included)
     * when the helpers are free, else all on the caller.
     */
    static void run(int tasks, int maxThreads, IntConsumer task) {
        int helpers = Math.min(HELPERS, Math.min(maxThreads, tasks) - 1);
        if (helpers <= 0) {
            for (int t = 0; t < tasks; t++) {
                task.accept(t);
            }
            return;
        }
        boolean alone = ACTIVE_CALLS.incrementAndGet() == 1;
        try {
            if (!alone) {
                for (int t = 0; t < tasks; t++) {
                    task.accept(t);
                }
                return;
            }
            Job job = new Job(tasks, task, Thread.currentThread());
            for (int h = 0; h < helpers; h++) {
                HELPER_THREADS[h].offer(job);
            }
            job.work();
            job.awaitAll();
        } finally {
            ACTIVE_CALLS.decrementAndGet();
        }
    }

    /** A batch of blocks handed out one at a time to whichever thread asks next. */
    private static final class Job {
        final int tasks;
        final IntConsumer task;
        final Thread owner;
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger finished = new AtomicInteger();
        final AtomicReference<Throwable> failure = new AtomicReference<>();

        Job(int tasks, IntConsumer task, Thread owner) {
            this.tasks = tasks;
            this.task = task;
            this.owner = owner;
        }

        void work() {
            int t;
            while ((t = next.getAndIncrement()) < tasks) {
                try {
                    task.accept(t);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
                if (finished.incrementAndGet() == tasks) {
                    LockSupport.unpark(owner);
                }
            }
        }

        void awaitAll() {
            int spins = 0;
            while (finished.get() < tasks) {
                if (++spins < 2000) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.parkNanos(this, 100_000);
                }
            }
            Throwable e = failure.get();
            if (e instanceof RuntimeException) {
                throw (RuntimeException) e;
            }
            if (e instanceof Error) {
                throw (Error) e;
            }
        }
    }

    private static final class Helper extends Thread {
        private final AtomicReference<Job> pending = new AtomicReference<>();

        Helper(String name) {
            super(name);
            setDaemon(true);
        }

        void offer(Job job) {
            pending.set(job);
            LockSupport.unpark(this);
        }

        @Override
        public void run() {
            while (true) {
                Job job = pending.getAndSet(null);
                if (job == null) {
                    LockSupport.park(this);
                    continue;
                }
                job.work();
            }
        }
    }
}
