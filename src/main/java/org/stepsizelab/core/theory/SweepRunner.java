package org.stepsizelab.core.theory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunOutcome;
import org.stepsizelab.core.StepRecord;
import org.stepsizelab.core.config.ConfigKey;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.kernel.MatrixKernel;
import org.stepsizelab.core.training.Training;

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

    /** Like {@link Progress}, also naming the finished run's index in the input list. */
    @FunctionalInterface
    public interface IndexedProgress {
        void update(int finished, int total, int index, SweepResult latest);
    }

    /**
     * How one run of the sweep is carried out: in memory ({@link #inMemory}) or, say, writing its
     * files like the {@code run} command does. Called concurrently from the pool's threads.
     */
    @FunctionalInterface
    public interface RunMethod {
        /** Runs {@code config} to the end (or until {@code cancelled}) and says how it ended. */
        Finished run(int index, RunConfig config, BooleanSupplier cancelled) throws IOException;
    }

    /** A run's outcome and its last record (null if it measured nothing). */
    public record Finished(RunOutcome outcome, StepRecord last) {}

    private final RunMethod method;
    private final int threads;

    /**
     * @param threads pool size; {@link Runtime#availableProcessors()} for "all cores"
     */
    public SweepRunner(RunMethod method, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be ≥ 1, got " + threads);
        }
        this.method = method;
        this.threads = threads;
    }

    /** Runs on shared read-only data, each with its own kernel from {@code kernels}. */
    public SweepRunner(DataSplit data, Supplier<MatrixKernel> kernels, int threads) {
        this(inMemory(data, kernels), threads);
    }

    /** Each run trains in memory on {@code data} (shared read-only) with its own kernel. */
    public static RunMethod inMemory(DataSplit data, Supplier<MatrixKernel> kernels) {
        return (index, cfg, cancelled) -> {
            StepRecord[] last = new StepRecord[1];
            RunOutcome o = Training.open(cfg, data, kernels.get()).run(r -> last[0] = r, cancelled);
            return new Finished(o, last[0]);
        };
    }

    /**
     * Each run loads its own configuration's data ({@link Datasets#load}), as {@code run} does, so a
     * grid may vary the data set, its size or (for random sets) the seed. Runs with the same data
     * settings share one read-only copy.
     */
    public static RunMethod loadingData(Supplier<MatrixKernel> kernels) {
        ConcurrentHashMap<String, DataSplit> cache = new ConcurrentHashMap<>();
        return (index, cfg, cancelled) -> inMemory(cache.computeIfAbsent(dataKey(cfg), k -> Datasets.load(cfg)), kernels)
                .run(index, cfg, cancelled);
    }

    /** The fields that can change the data (everything but the model's and the trainer's). */
    static String dataKey(RunConfig cfg) {
        StringBuilder sb = new StringBuilder();
        for (ConfigKey k : ConfigKey.values()) {
            if (!MODEL_KEYS.contains(k)) {
                sb.append(k.key()).append('=').append(k.get(cfg)).append('\n');
            }
        }
        return sb.toString();
    }

    private static final Set<ConfigKey> MODEL_KEYS = EnumSet.of(ConfigKey.ACTIVATION, ConfigKey.LEAK, ConfigKey.HUBER_H,
            ConfigKey.WIDTH, ConfigKey.ETA, ConfigKey.STEPS, ConfigKey.INIT_SCALE, ConfigKey.LOSS, ConfigKey.OUTPUT_SCALE,
            ConfigKey.EVERY, ConfigKey.SHARPNESS_EVERY, ConfigKey.MODEL, ConfigKey.DEPTH, ConfigKey.WIDTHS,
            ConfigKey.MARGIN_POWER);

    /**
     * Runs every configuration and returns one result per configuration, in input order. When
     * {@code cancelled} turns true, running runs stop within 256 steps, runs not started are
     * skipped (they are missing from the list), and the finished ones are returned.
     */
    public List<SweepResult> run(List<RunConfig> configs, Progress progress, BooleanSupplier cancelled) {
        List<SweepResult> out = new ArrayList<>();
        for (SweepResult r : runIndexed(configs, (done, total, index, r) -> progress.update(done, total, r), cancelled)) {
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Runs every configuration; the list has one entry per configuration in input order, null for
     * runs skipped after a cancel.
     */
    public List<SweepResult> runIndexed(List<RunConfig> configs, IndexedProgress progress, BooleanSupplier cancelled) {
        int total = configs.size();
        AtomicInteger finished = new AtomicInteger();
        // one failed run stops the others promptly instead of letting them run to the end
        AtomicBoolean failed = new AtomicBoolean();
        BooleanSupplier stop = () -> failed.get() || cancelled.getAsBoolean();
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
                    if (stop.getAsBoolean()) {
                        return null;
                    }
                    SweepResult r;
                    try {
                        r = runOne(index, configs.get(index), stop);
                    } catch (IOException | RuntimeException e) {
                        failed.set(true);
                        throw e;
                    }
                    progress.update(finished.incrementAndGet(), total, index, r);
                    return r;
                }));
            }
            List<SweepResult> out = new ArrayList<>();
            for (Future<SweepResult> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("sweep interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Runs one configuration with {@code method} (outside any pool): what a planned task does. */
    public static SweepResult runOne(RunMethod method, int index, RunConfig cfg, BooleanSupplier cancelled)
            throws IOException {
        return result(cfg, method.run(index, cfg, cancelled));
    }

    private SweepResult runOne(int index, RunConfig cfg, BooleanSupplier cancelled) throws IOException {
        return result(cfg, method.run(index, cfg, cancelled));
    }

    private static SweepResult result(RunConfig cfg, Finished f) {
        RunOutcome o = f.outcome();
        double norm = f.last() == null ? Double.NaN : f.last().paramNorm();
        double margin = f.last() == null ? Double.NaN : f.last().normalizedMargin();
        double test = f.last() == null ? Double.NaN : f.last().testAccuracy();
        return new SweepResult(cfg.eta(), cfg.steps(), o.finalLoss(), o.eosEndStep(), o.theoryStableStep(),
                norm, margin, o.diverged(), o.seconds(), o.cancelled(), test);
    }
}
