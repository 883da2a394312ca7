package org.stepsizelab.app.dataview;

import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.stepsizelab.chart.ChartStyle;
import org.stepsizelab.chart.dataview.DataViewChart;
import org.stepsizelab.chart.dataview.ImageViewChart;
import org.stepsizelab.chart.dataview.NeuronMarginChart;
import org.stepsizelab.chart.dataview.StreamingPicture;
import org.stepsizelab.chart.export.ChartExporter;
import org.stepsizelab.chart.export.ExportSize;
import org.stepsizelab.core.dataview.DataViewScene;
import org.stepsizelab.core.dataview.ImageScene;
import org.stepsizelab.core.dataview.NeuronMargins;
import org.stepsizelab.core.dataview.SceneMaker;
import org.stepsizelab.core.model.TwoLayerNet;
import org.stepsizelab.core.training.WeightStore;

/**
 * Draws one picture of the data view from one request: the scene of the asked step (decision map,
 * projected points or image panels) or the Fig. 4 neuron chart, drawn to an image. Runs on the data
 * view's render thread only ({@link DataViewModel} owns the thread, the pacing and the hand-over);
 * keeps the run's {@link SceneMaker} between pictures.
 *
 * <p>While the run streams (live, running) the map is drawn by {@link StreamingPicture}: the full
 * chart once, then only what changes with the step; every other picture (scrubbed, replayed, paused,
 * finished, the other modes) is the whole chart, the exporter's picture. Pictures are drawn into two
 * reused {@code TYPE_INT_ARGB_PRE} buffers taken in turn: the panel copies a finished picture on
 * the FX thread when it takes it, and the next picture goes into the other buffer, so a picture is
 * never overwritten while it may still be handed over (at most one picture is in progress).
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
    private final StreamingPicture streaming = new StreamingPicture();
    private final BufferedImage[] buffers = new BufferedImage[2];
    /** The asked picture size whose plane pictures are drawn {@code trimmedHeight} tall. */
    private int slackWidth = -1, slackHeight = -1, trimmedHeight;
    /** Below the square map, the Fig. 4 chart when at least this many pixels are left. */
    static final int MIN_STRIP = 180;
    /** While the run streams the strip is redrawn at most this often (its curves move slowly on a log axis). */
    static final long STRIP_REDRAW_NANOS = 1_000_000_000L;
    private BufferedImage stripImage;
    private long stripRun = -1, stripStep = -1, stripAt;
    private ChartStyle stripStyle;
    private NeuronMargins margins;
    private long marginsRun = -1, marginsNewest = -1;
    private int next;

    /**
     * The picture {@code r} asks for, timed from {@code t0} (System.nanoTime); null when there is
     * nothing to draw yet (no kept snapshot for the neuron chart).
     */
    DataViewModel.Frame paint(DataViewModel.Request r, long t0) {
        if (makerRun != r.runNumber()) {
            maker = new SceneMaker(r.weights().model(), r.split());
            makerRun = r.runNumber();
            slackWidth = -1; // other data may lay out their axes otherwise: measure the square plot again
        }
        if (r.mode() == DataViewModel.Mode.NEURONS) {
            return neurons(r, t0);
        }
        WeightStore.Snapshot s = r.snapshot();
        ExportSize size = new ExportSize(Math.max(64, r.width()), Math.max(64, r.height()), 1);
        // the plot is square (equal units on both axes): a tall panel gets a picture only as tall as
        // it needs, as the last whole chart of this asked size showed
        boolean trimmed = maker.kind() != SceneMaker.Kind.IMAGES && r.width() == slackWidth && r.height() == slackHeight;
        if (trimmed) {
            size = new ExportSize(size.width(), trimmedHeight, 1);
        }
        // and the room left under it shows the Fig. 4 chart, as its own image (the two-layer net's neurons)
        boolean strip = trimmed && maker.model() instanceof TwoLayerNet && r.height() - trimmedHeight >= MIN_STRIP;
        BufferedImage image = buffer(size);
        switch (maker.kind()) {
            case IMAGES -> {
                ImageScene scene = maker.images(s.step(), s.theta());
                JFreeChart chart = ImageViewChart.of(scene, r.style());
                ChartExporter.renderInto(chart, image, size, null);
                return new DataViewModel.Frame(s.step(), image, null, scene, chart, (System.nanoTime() - t0) / 1e6, false);
            }
            case PLANE, PROJECTED -> {
                int side = Math.min(Math.max(64, Math.min(r.width(), r.height())), 600);
                // while streaming, half the resolution (one cell per 8 px) and half the cost budget: a
                // quarter of the predictions per picture, smoothed alike when drawn; stills get the full map
                boolean stream = r.streaming() && maker.plane();
                DataViewScene scene = maker.scene(s.step(), s.theta(), stream
                        ? maker.columnsFor(side / 2, DataViewModel.MAP_BUDGET_MULTIPLY_ADDS / 2)
                        : maker.columnsFor(side, DataViewModel.MAP_BUDGET_MULTIPLY_ADDS));
                var overlays = DataViewModel.visible(r.pins(), scene.frame());
                if (stream) {
                    boolean fast = streaming.draw(scene, r.style(), overlays, image);
                    if (!fast && keepSlack(r, size, streaming.verticalSlack())) {
                        return paint(r, t0); // again at the height the square plot needs
                    }
                    return new DataViewModel.Frame(s.step(), image, scene, null, null, (System.nanoTime() - t0) / 1e6,
                            fast, strip ? strip(r, image.getWidth(), s.step()) : null);
                }
                JFreeChart chart = DataViewChart.of(scene, r.style(), overlays);
                ChartExporter.renderInto(chart, image, size, null);
                if (keepSlack(r, size, DataViewChart.verticalSlack(chart))) {
                    return paint(r, t0); // again at the height the square plot needs
                }
                return new DataViewModel.Frame(s.step(), image, scene, null, chart, (System.nanoTime() - t0) / 1e6,
                        false, strip ? strip(r, image.getWidth(), s.step()) : null);
            }
            default -> throw new CannotDraw("The data view draws 2-D, low-dimensional (d ≤ 16) and image data;"
                    + " these data (d = " + maker.train().d() + ") are none of them.");
        }
    }

    /**
     * After a whole chart drawn at the asked size: remembers how much shorter the pictures of that
     * size may be (the empty bands above and below the square plot); true when that is new, and the
     * picture is then drawn again at the shorter height (once per asked size: the shorter picture
     * is not drawn at the asked size, so it is not measured again). Both buffers may be written in
     * one request: the picture before was copied by the panel before this request was made.
     */
    private boolean keepSlack(DataViewModel.Request r, ExportSize drawn, double slack) {
        if (drawn.height() == Math.max(64, r.height()) && slack >= 2) {
            slackWidth = r.width();
            slackHeight = r.height();
            trimmedHeight = Math.max(64, drawn.height() - (int) Math.floor(slack));
            return true;
        }
        return false;
    }

    /**
     * The Fig. 4 chart (each neuron's normalized margin beside the network's, the shown step
     * marked) for the panel's space under the square map: drawn again when the run, size or style
     * changes, and for a new step at most once a second while the run streams (at once when
     * scrubbing; the map beside it keeps the frame rate); a new image each time, so the panel may keep one it was
     * handed. It is a separate image so the map picture the panel takes at every pulse stays small.
     */
    private BufferedImage strip(DataViewModel.Request r, int w, long step) {
        int h = Math.max(64, r.height()) - trimmedHeight;
        long now = System.nanoTime();
        boolean stale = stripImage == null || stripRun != r.runNumber() || stripImage.getWidth() != w
                || stripImage.getHeight() != h || !r.style().equals(stripStyle)
                || (step != stripStep && (!r.streaming() || now - stripAt >= STRIP_REDRAW_NANOS));
        if (stale) {
            drawStrip(r, w, h, step);
            stripRun = r.runNumber();
            stripStyle = r.style();
            stripStep = step;
            stripAt = now;
        }
        return stripImage;
    }

    private void drawStrip(DataViewModel.Request r, int w, int h, long step) {
        stripImage = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        // a quarter of the Neurons mode's budget: the strip is redrawn on the map's thread while it streams
        NeuronMargins margins = stripMargins(r);
        if (margins == null) {
            java.awt.Graphics2D g = stripImage.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.dispose();
            return;
        }
        JFreeChart chart = NeuronMarginChart.of(margins, r.eosEnd(), r.style());
        if (step >= 1) {
            chart.getXYPlot().addDomainMarker(new ValueMarker(step, java.awt.Color.DARK_GRAY,
                    new java.awt.BasicStroke(1f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER, 10f,
                            new float[] {4f, 3f}, 0f)));
        }
        ChartExporter.renderInto(chart, stripImage, new ExportSize(w, h, 1), null);
    }

    /**
     * The margins the strip draws, computed again only when the run has kept a newer step: scrubbing
     * a finished run moves the marker, not the curves. Null with fewer than two kept steps.
     */
    private NeuronMargins stripMargins(DataViewModel.Request r) {
        WeightStore store = r.weights().store();
        WeightStore.Snapshot newest = store.latest();
        long newestStep = newest == null ? -1 : newest.step();
        if (marginsRun != r.runNumber() || marginsNewest != newestStep) {
            // a quarter of the Neurons mode's budget: the strip is redrawn on the map's thread while it streams
            List<WeightStore.Snapshot> snaps = store.spread(maxSnapshots(5e7));
            margins = snaps.size() < 2 ? null : NeuronMargins.of(snaps, maker.model(), maker.train());
            marginsRun = r.runNumber();
            marginsNewest = newestStep;
        }
        return margins;
    }

    /** Snapshots the neuron chart reads within {@code budget} multiply-adds (each costs about n·P), 20 to 400. */
    private int maxSnapshots(double budget) {
        double perSnapshot = (double) maker.train().n() * maker.model().parameterCount();
        return (int) Math.max(20, Math.min(400, budget / Math.max(1, perSnapshot)));
    }

    /** The next of the two picture buffers, of the asked size. */
    private BufferedImage buffer(ExportSize size) {
        next ^= 1;
        BufferedImage b = buffers[next];
        if (b == null || b.getWidth() != size.width() || b.getHeight() != size.height()) {
            b = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_ARGB_PRE);
            buffers[next] = b;
        }
        return b;
    }

    /** The Fig. 4 chart over the kept snapshots so far (fewer of them for large data). */
    private DataViewModel.Frame neurons(DataViewModel.Request r, long t0) {
        List<WeightStore.Snapshot> snaps = r.weights().store().spread(maxSnapshots(2e8));
        if (snaps.isEmpty()) {
            return null;
        }
        NeuronMargins nm = NeuronMargins.of(snaps, maker.model(), maker.train());
        JFreeChart chart = NeuronMarginChart.of(nm, r.eosEnd(), r.style());
        ExportSize size = new ExportSize(Math.max(64, r.width()), Math.max(64, r.height()), 1);
        BufferedImage image = buffer(size);
        ChartExporter.renderInto(chart, image, size, null);
        long step = snaps.get(snaps.size() - 1).step();
        return new DataViewModel.Frame(step, image, null, null, chart, (System.nanoTime() - t0) / 1e6, false);
    }
}
