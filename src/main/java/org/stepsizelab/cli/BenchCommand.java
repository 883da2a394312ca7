package org.stepsizelab.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.InputException;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunOutcome;
import org.stepsizelab.core.model.Model;
import org.stepsizelab.core.model.Models;
import org.stepsizelab.core.training.Training;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.kernel.Kernels;
import org.stepsizelab.core.kernel.MatrixKernel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench}: times one run of a workload and writes no files. Prints the workload, the kernel,
 * its threads and the form of the step, and as its last line {@code steps_per_second=<value>}:
 * GD updates per second of wall time from building the trainer (so the Gram form's K = X·Xᵀ is
 * paid for) to the last step, after an untimed warm-up run that lets the JIT compile the kernels.
 * Loading the data is not timed (nor is it in the NumPy peer).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = Version.class,
        description = "Time a run without writing files; the last line is steps_per_second=<value>.",
        footer = {"", "Example: stepsize-lab bench --dataset mnist --classes 3,5 --n 1000 --width 100 --eta 10 --steps 200",
            "Exit codes: 0 done, 2 bad input, 1 failure."})
final class BenchCommand implements Callable<Integer> {
    /** Default warm-up: runs of a tenth of the steps until this much time has passed. */
    private static final double WARMUP_SECONDS = 2.0;

    @Mixin
    RunOptions options;

    @Option(names = "--form", paramLabel = "FORM",
            description = "How a step computes Z = X·Wᵀ: auto (default: chosen by cost and memory), direct or gram.")
    String form = "auto";

    @Option(names = "--threads", paramLabel = "T", converter = IntegerConverter.class,
            description = "Kernel threads (default: all cores; results are identical for any T).")
    Integer threads;

    @Option(names = "--portable", description = "Use the portable kernel even when the Vector API is present.")
    boolean portable;

    @Option(names = "--warmup", paramLabel = "K", converter = LongConverter.class,
            description = "Steps of one untimed warm-up run (default: runs of a tenth of --steps, at least 10, "
                    + "repeated for 2 s so that the JIT has compiled the kernels; 0 = none).")
    Long warmup;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunConfig config = options.config();
        Trainer.Form f = parseForm(form);
        int cores = Runtime.getRuntime().availableProcessors();
        if (threads != null && (threads < 1 || threads > cores)) {
            // the kernels never run more threads than cores (one shared helper per further core)
            throw new InputException("option --threads: value " + threads + " is not allowed (allowed: an integer from 1 to "
                    + cores + ", the cores of this machine)");
        }
        if (warmup != null && (warmup < 0 || warmup > org.stepsizelab.core.RunSize.MAX_STEPS)) {
            throw new InputException("option --warmup: value " + warmup + " is not allowed (allowed: an integer from 0 to 1e12)");
        }
        DataSplit data = Datasets.load(config);
        Dataset train = data.train();
        org.stepsizelab.core.RunSize.check(config, data, 1); // before any large allocation
        MatrixKernel kernel = portable ? Kernels.portable()
                : threads != null ? Kernels.withThreads(threads) : Kernels.best(train.n(), train.d(), config.width());
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "workload: %s, n=%d, d=%d, m=%d, eta=%s, %d steps, %s, %s loss%s%n",
                config.dataset() + (config.classes() == null ? "" : " (classes " + config.classes() + ")"),
                train.n(), train.d(), config.width(), config.eta(), config.steps(),
                config.activationFunction().label(), config.loss(), data.test() == null ? "" : ", test n=" + data.test().n());
        out.flush();

        long warm = warmup != null ? warmup : Math.min(config.steps(), Math.max(10, config.steps() / 10));
        if (warm > 0) {
            // the JIT compiles the vector kernels in the background: repeat until that has had time,
            // and until one whole run started with them compiled (a run that began before ran partly
            // on the scalar fallbacks), so that the timed run measures the steady state
            int runs = 0;
            double s = 0;
            boolean steady = false;
            while (runs < 50 && (runs == 0 || warmup == null && (s < WARMUP_SECONDS || !steady))) {
                boolean compiledAtStart = Kernels.compiled();
                s += time(config.withSteps(warm), data, kernel, f, progress(warm)).seconds;
                runs++;
                steady = compiledAtStart;
            }
            out.printf(Locale.ROOT, "warm-up: %d × %d steps in %.3f s (untimed)%n", runs, warm, s);
        }
        Timed t = time(config, data, kernel, f, progress(config.steps()));
        out.printf(Locale.ROOT, "kernel: %s, threads: %d, fused pass: %s, vector module: %s%n", kernel.name(),
                kernel.threads(), t.trainer.fusedPassName(), Kernels.vectorAvailable() ? "present" : "absent");
        out.printf(Locale.ROOT, "vector width: %d bit, products: %s%n", Kernels.vectorBits(), Kernels.blocking(kernel));
        out.printf(Locale.ROOT, "form: %s%n", t.trainer.form());
        RunOutcome o = t.outcome;
        out.printf(Locale.ROOT, "setup %.3f s, %d steps in %.3f s, final loss %s%s%n", t.setupSeconds, config.steps(),
                t.seconds, o.finalLoss(), o.diverged() ? " (diverged at step " + o.divergedAtStep() + ")" : "");
        out.printf(Locale.ROOT, "steps_per_second=%.1f%n", config.steps() / t.seconds);
        return Cli.OK;
    }

    private static final class Timed {
        Trainer trainer;
        RunOutcome outcome;
        double setupSeconds;
        double seconds;
    }

    /** Progress of a long warm-up or timed run on stderr (the clock is read every 256th step only). */
    private java.util.function.Consumer<org.stepsizelab.core.StepRecord> progress(long steps) {
        return new ProgressLine(spec.commandLine().getErr(), steps, false).checkingEvery(256);
    }

    /** One run, timed from building the trainer to its last step; records go to the progress line only. */
    private static Timed time(RunConfig config, DataSplit data, MatrixKernel kernel, Trainer.Form form,
            java.util.function.Consumer<org.stepsizelab.core.StepRecord> progress) {
        Timed t = new Timed();
        long start = System.nanoTime();
        Model model = Models.create(config, data.train().d());
        Training training = Training.open(config, data, kernel, model,
                model.initialParameters(config.initScale(), config.seed()), form);
        t.trainer = training.trainer();
        t.setupSeconds = (System.nanoTime() - start) / 1e9;
        t.outcome = training.run(progress, () -> false);
        t.seconds = (System.nanoTime() - start) / 1e9;
        return t;
    }

    static Trainer.Form parseForm(String s) {
        switch (s) {
            case "auto": return Trainer.Form.AUTO;
            case "direct": return Trainer.Form.DIRECT;
            case "gram": return Trainer.Form.GRAM;
            default:
                throw new InputException("option --form: value '" + s + "' is not allowed (allowed: auto, direct, gram)");
        }
    }
}
