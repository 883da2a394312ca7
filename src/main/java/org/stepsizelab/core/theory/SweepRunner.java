package org.stepsizelab.core.theory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunOutcome;
import org.stepsizelab.core.Runs;
import org.stepsizelab.core.StepRecord;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.kernel.MatrixKernel;

/**
 * Runs many configurations on the same data in parallel on a fixed pool of threads. Results come
 * back in the order of the input whatever order the runs finish in, and every run is exactly the
 * run {@code run} would do alone (runs share only the read-only data), so a sweep is reproducible.
 */
public final class SweepRunner {

    /** Called from worker threads after each run finishes. */
    @FunctionalInterface
    public interface Progress {
        void update(int finished, int total, SweepResult latest);
    }

    /** Lets a front end see every record of a run (e.g. to write its files) and its outcome. */
    public interface RunHook {
        /** Called before run {@code index} starts; returns the sink for its records. */
        Consumer<StepRecord> start(int index, RunConfig config, Trainer trainer);

        /** Called after run {@code index} ended (also when cancelled). */
        void finish(int index, RunConfig config, RunOutcome outcome);
    }

    private static final RunHook NO_HOOK = new RunHook() {
        @Override public Consumer<StepRecord> start(int index, RunConfig config, Trainer trainer) {
            return r -> { };
        }

        @Override public void finish(int index, RunConfig config, RunOutcome outcome) { }
    };

    private final DataSplit data;
    private final Supplier<MatrixKernel> kernels;
    private final int threads;

    /**
     * @param kernels makes one kernel per run (kernels keep buffers, so runs do not share one)
     * @param threads pool size; {@link Runtime#availableProcessors()} for "all cores"
     */
    public SweepRunner(DataSplit data, Supplier<MatrixKernel> kernels, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be ≥ 1, got " + threads);
        }
        this.data = data;
        this.kernels = kernels;
        this.threads = threads;
    }

    public List<SweepResult> run(List<RunConfig> configs, Progress progress, BooleanSupplier cancelled) {
        return run(configs, progress, cancelled, NO_HOOK);
    }

    /**
     * Runs every configuration and returns one result per configuration, in input order. When
     * {@code cancelled} turns true, running runs stop within 256 steps, runs not started are
     * skipped (they are missing from the list), and the finished ones are returned.
     */
    public List<SweepResult> run(List<RunConfig> configs, Progress progress, BooleanSupplier cancelled,
            RunHook hook) {
        int total = configs.size();
        AtomicInteger finished = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, total)), r -> {
            Thread t = new Thread(r, "sweep-worker");
            t.setDaemon(true); // a cancelled sweep never keeps the JVM alive
            return t;
        });
        try {
            List<Future<SweepResult>> futures = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                final int index = i;
                futures.add(pool.submit(() -> {
                    if (cancelled.getAsBoolean()) {
                        return null;
                    }
                    SweepResult r = runOne(index, configs.get(index), cancelled, hook);
                    progress.update(finished.incrementAndGet(), total, r);
                    return r;
                }));
            }
            List<SweepResult> out = new ArrayList<>();
            for (Future<SweepResult> f : futures) {
                SweepResult r = f.get();
                if (r != null) {
                    out.add(r);
                }
            }
            return out;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private SweepResult runOne(int index, RunConfig cfg, BooleanSupplier cancelled, RunHook hook) {
        Trainer trainer = new Trainer(cfg, data.train(), data.test(), kernels.get());
        Consumer<StepRecord> sink = hook.start(index, cfg, trainer);
        StepRecord[] last = new StepRecord[1];
        RunOutcome o = Runs.drive(trainer, r -> {
            last[0] = r;
            sink.accept(r);
        }, cancelled);
        hook.finish(index, cfg, o);
        double norm = last[0] == null ? Double.NaN : last[0].paramNorm();
        double margin = last[0] == null ? Double.NaN : last[0].normalizedMargin();
        return new SweepResult(cfg.eta(), cfg.steps(), o.finalLoss(), o.eosEndStep(), o.theoryStableStep(),
                norm, margin, o.diverged(), o.seconds(), o.cancelled());
    }
}
