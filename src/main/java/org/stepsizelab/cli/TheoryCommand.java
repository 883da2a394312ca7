package org.stepsizelab.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunOutcome;
import org.stepsizelab.core.data.DataMargin;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.training.Training;
import org.stepsizelab.core.theory.TheoryReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code theory}: the theory summary of a configuration (the app's THEORY panel as text): the
 * constants, the data margin γ, Theorem 2.2's thresholds and the first steps that met them, and
 * which assumptions hold or fail.
 */
@Command(name = "theory", mixinStandardHelpOptions = true, sortOptions = false, versionProvider = Version.class,
        description = {"Print the paper's constants, thresholds and assumption checks for a configuration.",
                "α, sup|φ'|, β̃, κ, ρ, β, γ, n, Theorem 2.2's thresholds and the first steps meeting them (from a run",
                "in memory), and which assumptions fail (and which theorems then no longer apply)."},
        footer = {"", "Example: theory --activation gelu --leak 0 --eta 100", "",
                "Exit codes: 0 done, 2 bad input, 1 failure."})
final class TheoryCommand implements Callable<Integer> {

    @Mixin
    RunOptions options;

    @Option(names = "--no-run", description = "Only the constants and thresholds; do not train to find the steps.")
    boolean noRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunConfig config = options.checkedConfig();
        DataSplit data = Datasets.load(config);
        org.stepsizelab.core.RunSize.check(config, data, 1); // before any large allocation
        DataMargin margin = DataMargin.of(data.train());
        RunOutcome outcome = null;
        if (!noRun) {
            // a long run in memory says how far it is (Ctrl-C stops it)
            ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), config.steps(), System.console() != null);
            try {
                outcome = Training.open(config, data, Training.kernelFor(config, data.train())).run(progress, () -> false);
            } finally {
                progress.finish();
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(TheoryReport.of(config, data.train(), margin, outcome).toText());
        if (!margin.computed()) {
            out.println("(γ not computed: " + margin.reason() + ")");
        }
        out.flush();
        return Cli.OK;
    }
}
