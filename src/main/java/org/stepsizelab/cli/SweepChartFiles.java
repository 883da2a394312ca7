package org.stepsizelab.cli;

import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.stepsizelab.chart.SweepCharts;
import org.stepsizelab.chart.export.ChartExporter;
import org.stepsizelab.chart.export.ExportSize;
import org.stepsizelab.core.Num;
import org.stepsizelab.core.theory.SweepResult;

/**
 * The one-parameter sweeps' charts as files, as {@code --png}/{@code --svg}/{@code --pdf} ask:
 * {@code --png s.png} writes {@code s-final-loss-vs-eta.png} and {@code s-eos-length-vs-eta.png}
 * for a stepsize sweep, {@code s-final-loss-vs-T.png} for a budget sweep.
 */
final class SweepChartFiles {
    private SweepChartFiles() {}

    static void write(ChartOptions o, List<SweepResult> results, boolean overSteps, String notApplying, double eta,
            Double etaPerStep) {
        if (!o.wanted()) {
            return;
        }
        SweepCharts.Look look = o.slide ? SweepCharts.Look.slide() : SweepCharts.Look.screen();
        ExportSize size = o.size();
        if (overSteps) {
            String label = etaPerStep == null ? "η = " + Num.compact(eta) : "η = " + Num.compact(etaPerStep) + "·T";
            List<SweepResult> none = List.of();
            JFreeChart c = etaPerStep == null ? SweepCharts.finalLossVsSteps(none, "η ∝ T", results, label, notApplying, look)
                    : SweepCharts.finalLossVsSteps(results, label, none, "fixed η", notApplying, look);
            all(o, c, "final-loss-vs-T", size);
            return;
        }
        all(o, SweepCharts.finalLossVsEta(results, look), "final-loss-vs-eta", size);
        all(o, SweepCharts.eosLengthVsEta(results, notApplying, look), "eos-length-vs-eta", size);
    }

    private static void all(ChartOptions o, JFreeChart c, String suffix, ExportSize size) {
        one(c, ChartExporter.Format.PNG, o.png, suffix, size);
        one(c, ChartExporter.Format.SVG, o.svg, suffix, size);
        one(c, ChartExporter.Format.PDF, o.pdf, suffix, size);
    }

    private static void one(JFreeChart c, ChartExporter.Format f, Path file, String suffix, ExportSize size) {
        if (file != null) {
            ChartExporter.write(c, f, GridOutput.suffixed(file, suffix), size);
        }
    }
}
