package org.stepsizelab.cli;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.stepsizelab.chart.ChartStyle;
import org.stepsizelab.chart.dataview.AnimatedGif;
import org.stepsizelab.chart.dataview.DataViewChart;
import org.stepsizelab.chart.dataview.ImageViewChart;
import org.stepsizelab.chart.export.ChartExporter;
import org.stepsizelab.chart.export.ExportSize;
import org.stepsizelab.core.preset.FigureRecipe;
import org.stepsizelab.core.InputException;
import org.stepsizelab.core.dataview.SceneMaker;
import org.stepsizelab.core.dataview.WeightReplay;
import org.stepsizelab.core.output.RunResult;
import org.stepsizelab.core.training.WeightStore;

/**
 * Writes the data-view pictures a {@code run} asked for ({@link MapOptions}): the last step's weights
 * come from the finished trainer; another step, or the GIF's frames, from replaying the run in memory
 * (bit-identical, see {@link WeightReplay}). Every decision value is the run's model's own predict.
 */
final class MapExport {
    /** A GIF frame shows this long; the last one longer, so the loop's end is visible. */
    static final int FRAME_MILLIS = 120;
    static final int LAST_FRAME_MILLIS = 2000;
    /** Multiply-adds one exported map may cost (a deep net gets a coarser, smoothed grid). */
    static final double MAP_BUDGET_MULTIPLY_ADDS = 2e8;

    private MapExport() {}

    static void write(MapOptions o, RunResult result, boolean slide) {
        SceneMaker maker = new SceneMaker(result.trainer().model(), result.data());
        if (maker.kind() == SceneMaker.Kind.NONE) {
            throw new InputException("the data view of --map-png/--map-gif draws 2-D, low-dimensional (d ≤ 16) and"
                    + " image data (square grey or RGB images); this data set has d = " + maker.train().d());
        }
        ChartStyle style = slide ? ChartStyle.slide() : ChartStyle.screen();
        long last = result.outcome().lastStep();
        if (o.png != null || o.svg != null || o.pdf != null) {
            WeightStore.Snapshot s = o.step == null || o.step >= last
                    ? new WeightStore.Snapshot(last, result.trainer().weights())
                    : WeightReplay.at(result.config(), result.data(), new long[] {o.step}).get(0);
            ExportSize size = o.pictureSize();
            JFreeChart chart = chart(maker, s, size, style);
            // like the charts, each picture carries the run's configuration (`run --preset FIGURE` redraws it)
            FigureRecipe recipe = FigureRecipe.of(result.config(), null, List.of());
            if (o.png != null) {
                ChartExporter.write(chart, ChartExporter.Format.PNG, o.png, size, recipe);
            }
            if (o.svg != null) {
                ChartExporter.write(chart, ChartExporter.Format.SVG, o.svg, size, recipe);
            }
            if (o.pdf != null) {
                ChartExporter.write(chart, ChartExporter.Format.PDF, o.pdf, size, recipe);
            }
        }
        if (o.gif != null) {
            ExportSize size = o.gifSize();
            long[] steps = WeightReplay.logSpacedSteps(last, o.frameCount());
            List<BufferedImage> frames = new ArrayList<>(steps.length);
            for (WeightStore.Snapshot s : WeightReplay.at(result.config(), result.data(), steps)) {
                frames.add(ChartExporter.render(chart(maker, s, size, style), size));
            }
            AnimatedGif.write(o.gif, frames, FRAME_MILLIS, LAST_FRAME_MILLIS);
        }
    }

    /** The data view of one snapshot: the map (or projection), or the image views for image data. */
    static JFreeChart chart(SceneMaker maker, WeightStore.Snapshot s, ExportSize size, ChartStyle style) {
        if (maker.kind() == SceneMaker.Kind.IMAGES) {
            return ImageViewChart.of(maker.images(s.step(), s.theta()), style);
        }
        return DataViewChart.of(maker.scene(s.step(), s.theta(), columns(maker, size)), style);
    }

    /** About one map cell per 3 pixels of the picture (smoothed when drawn), at most 240, fewer for deep nets. */
    static int columns(SceneMaker maker, ExportSize size) {
        return maker.columnsFor(Math.min(size.width(), size.height()), MAP_BUDGET_MULTIPLY_ADDS);
    }
}
