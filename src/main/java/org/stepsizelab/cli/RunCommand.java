package org.stepsizelab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.stepsizelab.core.Num;
import org.stepsizelab.core.PhaseInfo;
import org.stepsizelab.core.RunHistory;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunOutcome;
import org.stepsizelab.core.StepRecord;
import org.stepsizelab.core.output.RunResult;
import org.stepsizelab.core.output.RunWriter;
import org.stepsizelab.core.InputException;
import org.stepsizelab.core.preset.Preset;
import org.stepsizelab.core.preset.Presets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code run}: one training run, headless. Writes metrics.csv, dataset.csv, init.csv and
 * summary.json into --out DIR (whole or not at all) and prints one summary line.
 */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        versionProvider = Version.class,
        description = "Train once and write metrics.csv, dataset.csv, init.csv and summary.json into DIR.",
        footer = {"", "Exit codes: 0 done (also when the run diverged: see summary.json), 2 bad input, 1 failure.", ""})
final class RunCommand implements Callable<Integer> {

    @Mixin
    RunOptions options;

    @Mixin
    ChartOptions charts;

    @Mixin
    MapOptions maps;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Output directory (created if needed; existing files of the same names are replaced).")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "No progress line on stderr for long runs.")
    boolean quiet;

    @Option(names = "--neuron-metrics",
            description = "Also write neurons.csv: a_j, ‖w_j‖ and each neuron's own normalized margin at the rows of metrics.csv.")
    boolean neuronMetrics;

    @Option(names = "--save-weights-every", paramLabel = "K", converter = LongConverter.class,
            description = "Also write weights.npz: W at steps 0, K, 2K, … and the last (numpy.load reads it).")
    Long saveWeightsEvery;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        RunConfig config = options.checkedConfig();
        if (saveWeightsEvery != null && saveWeightsEvery < 1) {
            throw new InputException("option --save-weights-every: value " + saveWeightsEvery
                    + " is out of range (allowed: an integer >= 1)");
        }
        RunWriter.Outputs outputs = new RunWriter.Outputs(neuronMetrics,
                saveWeightsEvery == null ? 0 : saveWeightsEvery);
        List<Preset> compare = charts.check(options.preset(), out); // chart paths and compared presets: checked before the run
        List<org.stepsizelab.core.io.InputProtection.Output> written = new ArrayList<>(RunOptions.runOutputs(out));
        written.addAll(charts.outputs());
        org.stepsizelab.core.io.InputProtection.refuseOverwrite(options.inputFiles(config), written);
        maps.check(config.steps());
        RunHistory history = new RunHistory();
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), config.steps(), System.console() != null);
        Consumer<StepRecord> observer = quiet ? r -> { } : progress;
        if (charts.wanted()) {
            observer = observer.andThen(history::append);
        }
        RunResult result;
        try {
            result = RunWriter.run(config, out, observer, () -> false, List.of(), outputs);
        } finally {
            progress.finish();
        }
        spec.commandLine().getOut().println(describe(result, out));
        if (charts.wanted()) {
            String title = charts.title != null ? charts.title
                    : options.preset() != null ? Presets.resolve(options.preset()).title() : null;
            RunCharts.write(charts, config, history, PhaseInfo.of(result.trainer().phases(), result.outcome().lastStep()),
                    compare, title);
        }
        if (maps.wanted()) {
            MapExport.write(maps, result, charts.slide);
        }
        return Cli.OK;
    }

    /** One human line: what ran, how it ended, where the files are. */
    static String describe(RunResult r, Path out) {
        RunConfig c = r.config();
        RunOutcome o = r.outcome();
        StringBuilder s = new StringBuilder();
        // an MLP names its shape ("mlp L=4 [3072-32-32-32-1]"), the two-layer net its width
        String net = r.trainer().model() instanceof org.stepsizelab.core.model.Mlp mlp ? mlp.architecture().label()
                : "m=" + c.width();
        s.append(c.dataset()).append(", ").append(c.activationFunction().label())
                .append(", ").append(net).append(", eta=").append(Num.compact(c.eta()))
                .append(": ");
        if (o.diverged()) {
            s.append("diverged at step ").append(o.divergedAtStep());
        } else {
            s.append("final loss ").append(Num.compact(o.finalLoss())).append(" after ")
                    .append(o.lastStep()).append(" steps");
            if (r.last() != null) {
                s.append(", margin ").append(Num.compact(r.last().normalizedMargin()))
                        .append(", accuracy ").append(Num.compact(r.last().accuracy()));
            }
        }
        s.append(", s*=").append(o.eosEndStep())
                .append(String.format(java.util.Locale.ROOT, " (%.2f s) -> %s", o.seconds(), out));
        return s.toString();
    }
}
