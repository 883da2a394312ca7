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
import org.stepsizelab.core.theory.GridSweep;
import org.stepsizelab.core.theory.LogLogFit;
import org.stepsizelab.core.theory.SweepCsv;
import org.stepsizelab.core.theory.SweepFits;
import org.stepsizelab.core.theory.SweepResult;
import org.stepsizelab.core.theory.SweepRunner;
import org.stepsizelab.core.theory.SweepTheory;
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
        description = {"Run a stepsize sweep, a budget sweep with η ∝ T, or a grid over any run keys, in parallel,"
                + " and write DIR/sweep.csv (a grid also writes DIR/sweep-cells.csv and, with --png, heat maps).",
                "Columns: eta,steps,final_loss,eos_end_step,theory_stable_step,final_norm,final_margin,diverged,seconds;"
                        + " a grid: run,cell,<its keys>,seed,final_loss,…,test_accuracy,diverged,seconds."},
        footer = {"", "Examples:",
                "  sweep --grid eta=1:1e5:11 --grid width=5,10,20,40 --seeds 0..2 --steps 5000 --out sweeps/grid --png sweeps/heat.png",
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

    @Option(names = "--grid", paramLabel = "KEY=VALUES",
            description = "A grid axis (repeat for more): any run key with a list (width=5,10,20, activation=softplus,gelu)"
                    + " or a log range for numbers (eta=1:1e5:11). One run per cell and seed.")
    List<String> grid;

    @Option(names = "--seeds", paramLabel = "A..B|LIST",
            description = "With --grid: run every cell with each of these seeds (0..4 or 1,7,42); cells report the median.")
    String seeds;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output directory for sweep.csv (and runs/ with --keep-runs).")
    Path out;

    @Option(names = "--plan", paramLabel = "DIR",
            description = "Write the sweep as independent tasks into DIR (one preset per task, tasks.txt for GNU parallel,"
                    + " array.sbatch for Slurm) instead of running it.")
    Path plan;

    @Option(names = "--collect", paramLabel = "DIR",
            description = "Merge the finished tasks of the plan in DIR into DIR/sweep.csv, sweep-cells.csv (and heat maps"
                    + " with --png …); list missing and failed tasks. Run again as more finish.")
    Path collect;

    @Option(names = "--keep-runs", description = "Also write every run's files under DIR/runs/, as 'run' does.")
    boolean keepRuns;

    @Option(names = "--threads", paramLabel = "N", converter = IntegerConverter.class,
            description = "Runs at once (default: all cores).")
    Integer threads;

    @Mixin
    ChartOptions charts;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (collect != null) {
            if (plan != null || grid != null || etas != null || etaRange != null || stepsList != null || out != null) {
                throw new org.stepsizelab.core.InputException("--collect DIR reads the plan in DIR: give no other sweep"
                        + " options (only chart options such as --png)");
            }
            refuseRunOnlyChartOptions();
            return PlanCollector.collect(collect, charts, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        RunConfig base = options.checkedConfig();
        if (plan != null) {
            return writePlan(base);
        }
        if (seeds != null && grid == null) {
            throw new org.stepsizelab.core.InputException("--seeds needs --grid (e.g. --grid eta=1:1e4:5 --seeds 0..2)");
        }
        refuseRunOnlyChartOptions();
        if (grid != null) {
            if (etas != null || etaRange != null || stepsList != null || etaPerStep != null) {
                throw new org.stepsizelab.core.InputException("give --grid or one of --etas, --eta-range, --steps-list, not both"
                        + " (write --etas A,B as --grid eta=A,B)");
            }
            return GridSweepRun.run(gridSweep(base), requireOut(), pool(), keepRuns, charts, spec.commandLine().getOut(),
                    spec.commandLine().getErr());
        }
        requireOut();
        org.stepsizelab.core.io.InputProtection.refuseOverwrite(options.inputFiles(base),
                List.of(new org.stepsizelab.core.io.InputProtection.Output("--out " + out, out.resolve("sweep.csv"))));
        List<RunConfig> runs = SweepPlan.of(base, SweepPlan.list(etas), etaRange, SweepPlan.list(stepsList), etaPerStep);
        int pool = pool();
        charts.check();
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
            String notApplying = SweepTheory.eosResultsDoNotApply(base, data);
            SweepChartFiles.write(charts, results, stepsList != null, notApplying, base.eta(), etaPerStep);
            staged.commit();
            stdout.println(results.size() + (results.size() == 1 ? " run -> " : " runs -> ") + out.resolve("sweep.csv"));
            for (String line : fitLines(results, stepsList != null, etaPerStep != null, notApplying)) {
                stdout.println(line);
            }
        }
        return Cli.OK;
    }

    /** --plan: the grid, or a one-parameter sweep written as a one-axis grid. */
    private int writePlan(RunConfig base) {
        if (out != null || keepRuns || charts.wanted()) {
            throw new org.stepsizelab.core.InputException("--plan writes tasks only: --out, --keep-runs and chart files"
                    + " belong to the run (--collect DIR writes sweep.csv and the charts)");
        }
        List<String> axes;
        if (grid != null) {
            if (etas != null || etaRange != null || stepsList != null) {
                throw new org.stepsizelab.core.InputException("give --grid or one of --etas, --eta-range, --steps-list, not both");
            }
            axes = grid;
        } else if (etaPerStep != null) {
            throw new org.stepsizelab.core.InputException("--plan cannot write --eta-per-step sweeps (η and T vary together);"
                    + " use --grid steps=… --grid eta=… or run it in one process");
        } else if (etas != null) {
            axes = List.of("eta=" + String.join(",", etas));
        } else if (etaRange != null) {
            axes = List.of("eta=" + etaRange);
        } else if (stepsList != null) {
            axes = List.of("steps=" + String.join(",", stepsList));
        } else {
            throw new org.stepsizelab.core.InputException("--plan needs the sweep: --grid KEY=VALUES (or --etas, --eta-range,"
                    + " --steps-list)");
        }
        GridSweep g = SweepTasks.grid(base, axes, seeds);
        return PlanWriter.write(g, axes, seeds, plan, spec.commandLine().getOut());
    }

    /** The grid the --grid and --seeds options describe, each value checked by its key. */
    GridSweep gridSweep(RunConfig base) {
        return SweepTasks.grid(base, grid, seeds);
    }

    private Path requireOut() {
        if (out == null) {
            throw new org.stepsizelab.core.InputException("--out DIR is required (where sweep.csv goes)");
        }
        return out;
    }

    private int pool() {
        int pool = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (pool < 1) {
            throw new org.stepsizelab.core.InputException("--threads " + pool + ": must be ≥ 1");
        }
        return pool;
    }

    /** The run panel's overlay options mean nothing on a sweep chart. */
    private void refuseRunOnlyChartOptions() {
        String stray = charts.compare != null ? "--compare" : charts.logX ? "--log-x" : charts.title != null ? "--title" : null;
        if (stray != null) {
            throw new org.stepsizelab.core.InputException("option " + stray + " applies to 'run' charts, not to sweep charts");
        }
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

    /**
     * The measured slopes, one line each, and a theorem's words only where the theorem says what is
     * printed: Theorem 4.1 bounds s* from above (s* ≤ τ = Θ(max{c₁η, c₂n, …})), so its line is the
     * upper envelope, never a slope; where {@code notApplying} is set (e.g. XOR, γ = 0) the EoS
     * results (Theorem 4.1, Corollary 4.2) get no line at all.
     */
    static List<String> fitLines(List<SweepResult> results, boolean overSteps, boolean etaProportional,
            String notApplying) {
        List<String> out = new java.util.ArrayList<>();
        if (overSteps) {
            LogLogFit f = SweepFits.finalLossVsSteps(results);
            String expect = !etaProportional ? " (Theorem 4.3: a run that stays monotone cannot beat -1)"
                    : notApplying == null ? " (Corollary 4.2: -2 or steeper for eta = K*T)" : "";
            out.add("slope of log final loss vs log T: " + slope(f) + expect);
            if (etaProportional && notApplying != null) {
                out.add("no Corollary 4.2 line: it does not apply here (" + notApplying + ")");
            }
            return out;
        }
        LogLogFit s = SweepFits.eosLengthVsEta(results);
        out.add("measured slope of log s* vs log eta: " + slope(s) + " (runs with s* = 0 left out)");
        if (notApplying != null) {
            out.add("no Theorem 4.1 line: it does not apply here (" + notApplying + ")");
        } else {
            double c = SweepFits.envelopeConstant(results);
            out.add(Double.isNaN(c) ? "Theorem 4.1 bounds s* <= tau = Theta(max{c1*eta, c2*n, ...}): no run had s* > 0"
                    : String.format(Locale.ROOT, "Theorem 4.1 bounds s* <= tau = Theta(max{c1*eta, c2*n, ...}) (an upper"
                            + " bound, not a slope); upper envelope of this sweep: s* <= %s*eta", Num.compact(c)));
        }
        out.add("slope of log final loss vs log eta: " + slope(SweepFits.finalLossVsEta(results)));
        return out;
    }

    private static String slope(LogLogFit f) {
        if (Double.isNaN(f.slope())) {
            return "n/a (" + f.points() + " usable runs, need 2)";
        }
        return String.format(Locale.ROOT, "%.3f over %d runs (R² %.3f)", f.slope(), f.points(), f.r2());
    }
}
