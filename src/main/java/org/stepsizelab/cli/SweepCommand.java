package org.stepsizelab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.stepsizelab.core.Num;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.kernel.Kernels;
import org.stepsizelab.core.output.RunResult;
import org.stepsizelab.core.output.RunWriter;
import org.stepsizelab.core.output.StagedDirectory;
import org.stepsizelab.core.theory.LogLogFit;
import org.stepsizelab.core.theory.SweepCsv;
import org.stepsizelab.core.theory.SweepFits;
import org.stepsizelab.core.theory.SweepResult;
import org.stepsizelab.core.theory.SweepRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sweep}: many runs that differ only in η (or in the budget T, with η = K·T), in parallel on
 * all cores; writes {@code DIR/sweep.csv} (one row per run, in the order asked for) and, with
 * --keep-runs, each run's files under {@code DIR/runs/} as {@code run} writes them. The whole
 * directory appears at the end or not at all.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = Version.class,
        description = {"Run a stepsize sweep (or a budget sweep with η ∝ T) in parallel and write DIR/sweep.csv.",
                "Columns: eta,steps,final_loss,eos_end_step,theory_stable_step,final_norm,final_margin,diverged,seconds."},
        footer = {"", "Examples:",
                "  sweep --etas 1,10,100,1e3,1e4 --steps 5000 --out sweeps/eta",
                "  sweep --eta-range 1:1e5:11 --steps 5000 --out sweeps/eta",
                "  sweep --steps-list 1000,2000,4000,8000 --eta-per-step 0.5 --out sweeps/t-prop",
                "  sweep --steps-list 1000,2000,4000,8000 --eta 1 --out sweeps/t-fixed",
                "", "Exit codes: 0 done, 2 bad input, 1 failure."})
final class SweepCommand implements Callable<Integer> {

    @Mixin
    RunOptions options;

    // lists are one comma-separated value (not picocli's split), so that a repeated option replaces
    // the earlier one like every other option does ("the last one wins") instead of adding to it
    @Option(names = "--etas", paramLabel = "ETA,…",
            description = "Stepsizes to run, comma-separated (each run uses --steps).")
    String etas;

    @Option(names = "--eta-range", paramLabel = "MIN:MAX:COUNT",
            description = "COUNT stepsizes from MIN to MAX, evenly spaced on a log scale.")
    String etaRange;

    @Option(names = "--steps-list", paramLabel = "T,…",
            description = "Budgets T to run, comma-separated; η = K·T with --eta-per-step K, else --eta for all.")
    String stepsList;

    @Option(names = "--eta-per-step", paramLabel = "K",
            description = "With --steps-list: η = K·T (Corollary 4.2's schedule η = Θ(T)).")
    Double etaPerStep;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Output directory for sweep.csv (and runs/ with --keep-runs).")
    Path out;

    @Option(names = "--keep-runs", description = "Also write every run's files under DIR/runs/, as 'run' does.")
    boolean keepRuns;

    @Option(names = "--threads", paramLabel = "N", converter = IntegerConverter.class,
            description = "Runs at once (default: all cores).")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        RunConfig base = options.checkedConfig();
        org.stepsizelab.core.io.InputProtection.refuseOverwrite(options.inputFiles(base),
                List.of(new org.stepsizelab.core.io.InputProtection.Output("--out " + out, out.resolve("sweep.csv"))));
        List<RunConfig> runs = SweepPlan.of(base, SweepPlan.list(etas), etaRange, SweepPlan.list(stepsList), etaPerStep);
        int pool = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (pool < 1) {
            throw new org.stepsizelab.core.InputException("--threads " + pool + ": must be ≥ 1");
        }
        // everything that can reject the input happens before the output directory is touched
        DataSplit data = Datasets.load(base);
        org.stepsizelab.core.RunSize.check(base, data, Math.min(pool, runs.size())); // before any large allocation
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        try (StagedDirectory staged = StagedDirectory.create(out)) {
            Path dir = staged.dir();
            SweepRunner.RunMethod method = keepRuns
                    ? keptRun(dir.resolve("runs"), runs.size())
                    : SweepRunner.inMemory(data, () -> Kernels.withThreads(1));
            int threadsUsed = Math.min(pool, runs.size());
            err.printf(Locale.ROOT, "sweep: %d run%s on %d thread%s%n", runs.size(), runs.size() == 1 ? "" : "s",
                    threadsUsed, threadsUsed == 1 ? "" : "s");
            err.flush();
            List<SweepResult> results = new SweepRunner(method, pool).run(runs, (done, total, r) -> {
                synchronized (err) {
                    err.println(progressLine(done, total, r));
                    err.flush();
                }
            }, () -> false);
            Files.writeString(dir.resolve("sweep.csv"), SweepCsv.format(results), StandardCharsets.UTF_8);
            staged.commit();
            stdout.println(results.size() + (results.size() == 1 ? " run -> " : " runs -> ") + out.resolve("sweep.csv"));
            for (String line : fitLines(results, stepsList != null, etaPerStep != null)) {
                stdout.println(line);
            }
        }
        return Cli.OK;
    }

    /** Each run writes its own directory, named by its place in the sweep and its η and T. */
    private static SweepRunner.RunMethod keptRun(Path runsDir, int total) {
        int digits = Integer.toString(Math.max(1, total - 1)).length();
        return (index, cfg, cancelled) -> {
            String name = String.format(Locale.ROOT, "%0" + digits + "d-eta%s-T%d", index, Num.compact(cfg.eta()), cfg.steps());
            RunResult r = RunWriter.run(cfg, runsDir.resolve(name), rec -> { }, cancelled, List.of());
            return new SweepRunner.Finished(r.outcome(), r.last());
        };
    }

    static String progressLine(int done, int total, SweepResult r) {
        String how = r.diverged() ? "diverged" : "final loss " + Num.compact(r.finalLoss());
        return String.format(Locale.ROOT, "[%d/%d] eta=%s T=%d: %s, s*=%d (%.2f s)", done, total,
                Num.compact(r.eta()), r.steps(), how, r.eosEndStep(), r.seconds());
    }

    /** The scaling-law slopes this kind of sweep tests, one line each. */
    static List<String> fitLines(List<SweepResult> results, boolean overSteps, boolean etaProportional) {
        if (overSteps) {
            LogLogFit f = SweepFits.finalLossVsSteps(results);
            String expect = etaProportional ? "Corollary 4.2 predicts -2 or steeper for eta = K*T"
                    : "Theorem 4.3: a run that stays monotone cannot beat -1";
            return List.of("slope of log final loss vs log T: " + slope(f) + " (" + expect + ")");
        }
        LogLogFit s = SweepFits.eosLengthVsEta(results);
        LogLogFit l = SweepFits.finalLossVsEta(results);
        return List.of(
                "slope of log s* vs log eta: " + slope(s) + " (Theorem 4.1: s* = Theta(eta), slope 1; runs with s* = 0 left out)",
                "slope of log final loss vs log eta: " + slope(l));
    }

    private static String slope(LogLogFit f) {
        if (Double.isNaN(f.slope())) {
            return "n/a (" + f.points() + " usable runs, need 2)";
        }
        return String.format(Locale.ROOT, "%.3f over %d runs (R² %.3f)", f.slope(), f.points(), f.r2());
    }
}
