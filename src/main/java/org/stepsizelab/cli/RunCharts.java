package org.stepsizelab.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stepsizelab.chart.ChartData;
import org.stepsizelab.chart.ChartFactory;
import org.stepsizelab.chart.ChartSeries;
import org.stepsizelab.chart.ChartStyle;
import org.stepsizelab.chart.LabChart;
import org.stepsizelab.chart.export.ChartExporter;
import org.stepsizelab.chart.export.ExportSize;
import org.stepsizelab.chart.export.TexExporter;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.HistoryTable;
import org.stepsizelab.core.PhaseInfo;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunHistory;
import org.stepsizelab.core.data.DataMargin;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.training.Training;
import org.stepsizelab.core.preset.FigureRecipe;
import org.stepsizelab.core.preset.Preset;
import org.stepsizelab.core.theory.TheoryReport;

/** Draws a finished run, with other presets' runs overlaid, to the chart files {@link ChartOptions} asks for. */
final class RunCharts {
    private RunCharts() {}

    /**
     * @param history the main run's history (every step up to the history's capacity, then an envelope)
     * @param phase the main run's phases, for shading and threshold lines
     * @param title the chart title, or null
     */
    static void write(ChartOptions o, RunConfig config, RunHistory history, PhaseInfo phase,
            List<Preset> compare, String title) {
        List<ChartSeries> pinned = new ArrayList<>();
        for (Preset p : compare) {
            pinned.add(ChartSeries.of(p.config(), runInMemory(p.config()), -1));
        }
        ChartData data = new ChartData(title, ChartSeries.of(config, history.snapshot(), -1), phase,
                history.etaChanges(), pinned);
        ChartStyle style = ChartStyle.screen().withSlide(o.slide).withLogX(o.logX).withKinds(o.kinds());
        ExportSize size = o.size();
        LabChart chart = ChartFactory.panel(data, style);
        chart.setColumns(size.width()); // decimate to the picture's pixels, not the window's default
        chart.setRateLine(o.rateLine);
        if (o.avgBound) {
            chart.setAvgBound(true, theorem32Applies(config));
        }
        // every picture carries its runs' configuration, so `run --preset FIGURE` draws it again
        FigureRecipe recipe = FigureRecipe.of(config, title, compare.stream().map(Preset::config).toList());
        write(chart, ChartExporter.Format.PNG, o.png, size, recipe);
        write(chart, ChartExporter.Format.SVG, o.svg, size, recipe);
        write(chart, ChartExporter.Format.PDF, o.pdf, size, recipe);
        if (o.tex != null) {
            TexExporter.write(data, style, o.tex, recipe);
        }
    }

    private static void write(LabChart chart, ChartExporter.Format format, Path file, ExportSize size,
            FigureRecipe recipe) {
        if (file != null) {
            ChartExporter.write(chart.chart(), format, file, size, recipe);
        }
    }

    /** Whether Theorem 3.2's assumptions hold for the data trained on (as {@code theory} reports them). */
    private static boolean theorem32Applies(RunConfig config) {
        Dataset train = Datasets.load(config).train();
        return TheoryReport.of(config, train, DataMargin.of(train), null).allAssumptionsHold();
    }

    /** Runs a compared preset without writing any file. */
    static HistoryTable runInMemory(RunConfig config) {
        RunHistory history = new RunHistory();
        Training.open(config).run(history::append, () -> false);
        return history.snapshot();
    }
}
