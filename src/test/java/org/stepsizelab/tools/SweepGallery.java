package org.stepsizelab.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.stepsizelab.chart.SweepCharts;
import org.stepsizelab.chart.export.ChartExporter;
import org.stepsizelab.chart.export.ExportSize;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.kernel.Kernels;
import org.stepsizelab.core.theory.SweepGrid;
import org.stepsizelab.core.theory.SweepResult;
import org.stepsizelab.core.theory.SweepRunner;

/**
 * Renders the README's sweep charts into a directory (default assets/gallery): the paper's XOR,
 * the same sweeps as the README's {@code sweep} examples. Not a test; run by hand:
 * {@code java -cp target/test-classes:target/classes:<deps> org.stepsizelab.tools.SweepGallery [DIR]}.
 */
public final class SweepGallery {
    private SweepGallery() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "assets/gallery");
        Files.createDirectories(dir);
        RunConfig base = RunConfig.defaults();
        SweepRunner runner = new SweepRunner(Datasets.load(base), Kernels::portable,
                Runtime.getRuntime().availableProcessors());
        List<SweepResult> overEta = runner.run(SweepGrid.overEta(base.withSteps(5000), SweepGrid.logSpaced(1, 1e5, 11)),
                (d, t, r) -> { }, () -> false);
        long[] budgets = {1000, 2000, 4000, 8000, 16000};
        List<SweepResult> proportional = runner.run(SweepGrid.overSteps(base, budgets, 0.5), (d, t, r) -> { }, () -> false);
        List<SweepResult> fixed = runner.run(SweepGrid.overStepsFixedEta(base, budgets, 1), (d, t, r) -> { }, () -> false);
        SweepCharts.Look look = SweepCharts.Look.screen();
        ExportSize size = new ExportSize(1800, 1100, 2);
        write(SweepCharts.finalLossVsEta(overEta, look), dir.resolve("sweep-final-loss-vs-eta.png"), size);
        String note = org.stepsizelab.core.theory.SweepTheory.eosResultsDoNotApply(base, Datasets.load(base));
        write(SweepCharts.eosLengthVsEta(overEta, note, look), dir.resolve("sweep-eos-length-vs-eta.png"), size);
        write(SweepCharts.finalLossVsSteps(proportional, "η = T/2", fixed, "η = 1", note, look),
                dir.resolve("sweep-final-loss-vs-T.png"), size);
    }

    private static void write(JFreeChart chart, Path file, ExportSize size) {
        ChartExporter.write(chart, ChartExporter.Format.PNG, file, size);
        System.out.println("wrote " + file);
    }
}
