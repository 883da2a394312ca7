package org.stepsizelab.app.vm;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The one way the app runs long work off the FX thread: a sweep, a grid, the data margin γ, a theory
 * report, a chart export, the trainer. Each owner has one instance (one daemon thread, created on
 * first use); a {@link #submit submitted} job gets a {@link Task} to read cancellation from and to
 * hand progress to the FX thread, and its {@link Outcome} (value, error or cancellation) is handed
 * to the FX thread once it ends. Errors are caught here, never lost with a dying thread.
 *
 * <p>Results reach the FX thread through {@code fx} ({@link FxThread#run} unless a caller passes
 * its own), so no property is touched off the FX thread. Knows no controls.
 */
public final class BackgroundTasks {
    /** Long work run off the FX thread; it reads {@link Task#cancelled} where it can stop early. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Task task);
    }

    /**
     * How a job ended, on the FX thread: its value (null on error; a cancelled job's partial value
     * if it returned one), the error it threw (null if none), and whether it was cancelled by then.
     */
    public record Outcome<T>(T value, Throwable error, boolean cancelled) {
        public boolean failed() {
            return error != null;
        }

        /** The error's own message (the core's errors are written to be shown), or null. */
        public String message() {
            return error == null ? null : error.getMessage();
        }
    }

    /** One submitted job: its cancel flag and its way to the FX thread. */
    public static final class Task {
        private final AtomicBoolean cancel = new AtomicBoolean();
        private final Consumer<Runnable> fx;

        private Task(Consumer<Runnable> fx) {
            this.fx = fx;
        }

        /** Asks the job to stop (it stops where it reads {@link #cancelled}); any thread. */
        public void cancel() {
            cancel.set(true);
        }

        public boolean cancelled() {
            return cancel.get();
        }

        /** Runs {@code update} (progress, a partial result) on the FX thread. */
        public void progress(Runnable update) {
            fx.accept(update);
        }
    }

    private final Executor executor;
    private final Consumer<Runnable> fx;
    private final Set<Task> live = ConcurrentHashMap.newKeySet();

    private BackgroundTasks(Executor executor, Consumer<Runnable> fx) {
        this.executor = executor;
        this.fx = fx;
    }

    /** One daemon thread of this name and priority; results through {@link FxThread#run}. */
    public static BackgroundTasks thread(String name, int priority) {
        return thread(name, priority, FxThread::run);
    }

    /** One daemon thread of this name and priority; results through {@code fx}. */
    public static BackgroundTasks thread(String name, int priority, Consumer<Runnable> fx) {
        return new BackgroundTasks(Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            t.setPriority(priority);
            return t;
        }), fx);
    }

    /** Runs each job at once on the calling thread (tests that want the result before they go on). */
    public static BackgroundTasks inline() {
        return new BackgroundTasks(Runnable::run, FxThread::run);
    }

    /**
     * Runs {@code work} in the background and hands its outcome to {@code done} on the FX thread.
     * A {@link RuntimeException} or {@link OutOfMemoryError} it throws becomes the outcome's error.
     *
     * @return the job's task, to cancel it
     */
    public <T> Task submit(Work<T> work, Consumer<Outcome<T>> done) {
        Task task = new Task(fx);
        live.add(task);
        executor.execute(() -> {
            T value = null;
            Throwable error = null;
            try {
                value = work.run(task);
            } catch (RuntimeException | OutOfMemoryError e) {
                error = e;
            } finally {
                live.remove(task);
            }
            T v = value;
            Throwable err = error;
            fx.accept(() -> done.accept(new Outcome<>(v, err, task.cancelled())));
        });
        return task;
    }

    /**
     * Runs a job that reports by itself (the trainer publishes into its run history, which the FX
     * thread drains each frame) on this thread, with no outcome.
     */
    public void execute(Runnable job) {
        executor.execute(job);
    }

    /** Cancels every job still running and stops the thread (the window is closing). */
    public void shutdown() {
        live.forEach(Task::cancel);
        if (executor instanceof ExecutorService s) {
            s.shutdownNow();
        }
    }
}
