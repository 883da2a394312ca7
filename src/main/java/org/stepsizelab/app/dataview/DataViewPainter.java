package org.stepsizelab.app.dataview;

import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.stepsizelab.chart.dataview.DataViewChart;
import org.stepsizelab.chart.dataview.ImageViewChart;
import org.stepsizelab.chart.dataview.NeuronMarginChart;
import org.stepsizelab.chart.export.ChartExporter;
import org.stepsizelab.chart.export.ExportSize;
import org.stepsizelab.core.dataview.DataViewScene;
import org.stepsizelab.core.dataview.ImageScene;
import org.stepsizelab.core.dataview.NeuronMargins;
import org.stepsizelab.core.dataview.SceneMaker;
import org.stepsizelab.core.training.WeightStore;

/**
 * Draws one picture of the data view from one request: the scene of the asked step (decision map,
 * projected points or image panels) or the Fig. 4 neuron chart, drawn to an image. Runs on the data
 * view's render thread only ({@link DataViewModel} owns the thread, the pacing and the hand-over);
 * keeps the run's {@link SceneMaker} between pictures.
 */
final class DataViewPainter {
    /** The data cannot be drawn at all; the message says why (shown as the caption). */
    static final class CannotDraw extends RuntimeException {
        CannotDraw(String message) {
            super(message);
        }
    }

    /** Built once per run. */
    private volatile SceneMaker maker;
    private volatile long makerRun = -1;

    /**
     * The picture {@code r} asks for, timed from {@code t0} (System.nanoTime); null when there is
     * nothing to draw yet (no kept snapshot for the neuron chart).
     */
    DataViewModel.Frame paint(DataViewModel.Request r, long t0) {
        if (makerRun != r.runNumber()) {
            maker = new SceneMaker(r.weights().model(), r.split());
            makerRun = r.runNumber();
        }
        if (r.mode() == DataViewModel.Mode.NEURONS) {
            return neurons(r, t0);
        }
        WeightStore.Snapshot s = r.snapshot();
        ExportSize size = new ExportSize(Math.max(64, r.width()), Math.max(64, r.height()), 1);
        switch (maker.kind()) {
            case IMAGES -> {
                ImageScene scene = maker.images(s.step(), s.theta());
                JFreeChart chart = ImageViewChart.of(scene, r.style());
                BufferedImage image = ChartExporter.render(chart, size);
                return new DataViewModel.Frame(s.step(), image, null, scene, chart, (System.nanoTime() - t0) / 1e6);
            }
            case PLANE, PROJECTED -> {
                int side = Math.max(64, Math.min(r.width(), r.height()));
                DataViewScene scene = maker.scene(s.step(), s.theta(),
                        maker.columnsFor(Math.min(side, 600), DataViewModel.MAP_BUDGET_MULTIPLY_ADDS));
                JFreeChart chart = DataViewChart.of(scene, r.style(), DataViewModel.visible(r.pins(), scene.frame()));
                BufferedImage image = ChartExporter.render(chart, size);
                return new DataViewModel.Frame(s.step(), image, scene, null, chart, (System.nanoTime() - t0) / 1e6);
            }
            default -> throw new CannotDraw("The data view draws 2-D, low-dimensional (d ≤ 16) and image data;"
                    + " these data (d = " + maker.train().d() + ") are none of them.");
        }
    }

    /** The Fig. 4 chart over the kept snapshots so far (fewer of them for large data). */
    private DataViewModel.Frame neurons(DataViewModel.Request r, long t0) {
        double perSnapshot = (double) maker.train().n() * maker.model().parameterCount();
        int max = (int) Math.max(20, Math.min(400, 2e8 / Math.max(1, perSnapshot)));
        List<WeightStore.Snapshot> snaps = r.weights().store().spread(max);
        if (snaps.isEmpty()) {
            return null;
        }
        NeuronMargins nm = NeuronMargins.of(snaps, maker.model(), maker.train());
        JFreeChart chart = NeuronMarginChart.of(nm, r.eosEnd(), r.style());
        BufferedImage image = ChartExporter.render(chart, new ExportSize(Math.max(64, r.width()),
                Math.max(64, r.height()), 1));
        long step = snaps.get(snaps.size() - 1).step();
        return new DataViewModel.Frame(step, image, null, null, chart, (System.nanoTime() - t0) / 1e6);
    }
}
