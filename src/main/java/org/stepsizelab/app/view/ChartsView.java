package org.stepsizelab.app.view;

import java.awt.geom.Rectangle2D;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.jfree.chart.fx.interaction.PanHandlerFX;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.stepsizelab.app.vm.MainViewModel;
import org.stepsizelab.chart.ChartData;
import org.stepsizelab.chart.ChartKind;
import org.stepsizelab.chart.ChartFactory;
import org.stepsizelab.chart.ChartStyle;
import org.stepsizelab.chart.LabChart;

/**
 * The stacked charts in one JFreeChart-FX viewer: one shared step axis, so zooming (drag) or
 * panning one chart moves all; the hover readout shows the step and values under the pointer.
 * Chart data change only here, on the FX thread, once per drained batch.
 */
public final class ChartsView extends StackPane {
    private final MainViewModel vm;
    private final ChartViewer viewer;
    private final Label readout = new Label();
    private LabChart lab;
    /** Last redraw time in ms (for the performance log). */
    private double lastUpdateMillis;
    /** Data waiting to be shown, and when the next redraw may start (see {@link #show}). */
    private ChartData pending;
    private long nextAllowed;
    private final AnimationTimer flusher = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (pending != null && System.nanoTime() >= nextAllowed) {
                flush();
            }
        }
    };

    public ChartsView(MainViewModel vm) {
        this.vm = vm;
        this.lab = ChartFactory.panel(vm.chartDataProperty().get(), vm.view().styleProperty().get());
        this.viewer = new ChartViewer(lab.chart());
        viewer.setMinSize(200, 200);
        // drag zooms (all charts follow the shared step axis); Ctrl+drag pans, as does Alt+drag
        viewer.getCanvas().addMouseHandler(new PanHandlerFX("pan-ctrl", false, true, false, false));
        viewer.setId("charts");
        readout.getStyleClass().add("readout");
        readout.setId("readout");
        readout.setVisible(false);
        readout.setMouseTransparent(true);
        StackPane.setAlignment(readout, Pos.BOTTOM_LEFT);
        StackPane.setMargin(readout, new Insets(0, 0, 56, 80));
        getChildren().addAll(viewer, readout);

        vm.chartDataProperty().addListener((o, a, d) -> show(d));
        vm.view().styleProperty().addListener((o, a, s) -> rebuild(s));
        widthProperty().addListener((o, a, w) -> lab.setColumns(w.intValue()));
        viewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                // a click shows that step in the data view (it stays there until Live or another click)
                long t = stepAt(event.getTrigger().getX());
                if (t >= 0 && event.getTrigger().isStillSincePress()) {
                    vm.dataView().scrubTo(t);
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                hover(event.getTrigger().getX(), event.getTrigger().getY());
            }
        });
        viewer.setOnMouseExited(e -> {
            readout.setVisible(false);
            vm.endHover();
        });
        flusher.start();
    }

    public LabChart labChart() {
        return lab;
    }

    public ChartViewer viewer() {
        return viewer;
    }

    /** Back to the whole run on every axis. */
    public void resetZoom() {
        lab.domainAxis().setAutoRange(true);
        for (ChartKind k : lab.kinds()) {
            XYPlot p = lab.plot(k);
            if (k != ChartKind.ACCURACY) {
                p.getRangeAxis().setAutoRange(true);
            }
        }
    }

    /** Milliseconds the last data update plus redraw took on the FX thread. */
    public double lastUpdateMillis() {
        return lastUpdateMillis;
    }

    /**
     * Shows new data now, or as soon as the last redraw's cost allows: after a redraw that took c ms
     * the next waits c ms, so redraws never take more than half of the FX thread however large the
     * history or slow the machine (the newest data always wins; none is dropped from the history).
     */
    private void show(ChartData d) {
        pending = d;
        if (System.nanoTime() >= nextAllowed) {
            flush();
        }
    }

    private void flush() {
        ChartData d = pending;
        pending = null;
        long t0 = System.nanoTime();
        lab.update(d);
        long t1 = System.nanoTime();
        lastUpdateMillis = (t1 - t0) / 1e6;
        nextAllowed = t1 + (t1 - t0);
    }

    /** Shows or hides the C/(ηt) line; it then follows every redraw (and restyle) at no extra cost. */
    public void setRateLine(boolean on) {
        lab.setRateLine(on);
    }

    /** Shows or hides Theorem 3.2's average bound (the bound itself only where the theorem applies). */
    public void setAvgBound(boolean on, boolean theoremApplies) {
        lab.setAvgBound(on, theoremApplies);
    }

    private void rebuild(ChartStyle s) {
        pending = null;
        LabChart old = lab;
        lab = ChartFactory.panel(vm.chartDataProperty().get(), s);
        lab.setRateLine(old.rateLineShown());
        lab.setAvgBound(old.avgBoundShown(), old.avgBoundApplies());
        lab.setColumns((int) getWidth());
        viewer.setChart(lab.chart());
    }

    /** The step under pixel x of the charts, or −1 outside the plot. */
    private long stepAt(double x) {
        ChartRenderingInfo info = viewer.getCanvas().getRenderingInfo();
        if (info == null) {
            return -1;
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        if (x < area.getMinX() || x > area.getMaxX()) {
            return -1;
        }
        return Math.max(0, Math.round(lab.domainAxis().java2DToValue(x, area, RectangleEdge.BOTTOM)));
    }

    private void hover(double x, double y) {
        ChartRenderingInfo info = viewer.getCanvas().getRenderingInfo();
        if (info == null) {
            readout.setVisible(false);
            return;
        }
        Rectangle2D area = info.getPlotInfo().getDataArea();
        String text = x < area.getMinX() || x > area.getMaxX() ? null
                : vm.hoverAt(lab.domainAxis().java2DToValue(x, area, RectangleEdge.BOTTOM));
        if (text == null) {
            readout.setVisible(false);
            return;
        }
        readout.setText(text);
        readout.setVisible(true);
    }
}
