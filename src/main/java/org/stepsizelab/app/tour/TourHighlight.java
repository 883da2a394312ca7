package org.stepsizelab.app.tour;

import java.awt.geom.Rectangle2D;
import javafx.animation.AnimationTimer;
import javafx.scene.layout.Region;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.stepsizelab.app.view.ChartsView;
import org.stepsizelab.chart.ChartKind;

/**
 * An outline around the data area of the chart a tour step points at. It follows the chart's last
 * drawing (the charts move when one is added or the window is resized), checked once per frame
 * while a chart is highlighted. A step pointing at the data view outlines that panel instead (the
 * {@code tour-highlighted} style class).
 */
final class TourHighlight {
    static final String DATA_VIEW_CLASS = "tour-highlighted";
    private final ChartsView charts;
    private final Region dataView;
    private final Region frame = new Region();
    private ChartKind kind;
    private final AnimationTimer follow = new AnimationTimer() {
        @Override
        public void handle(long now) {
            place();
        }
    };

    TourHighlight(ChartsView charts, Region dataView) {
        this.charts = charts;
        this.dataView = dataView;
        frame.getStyleClass().add("tour-highlight");
        frame.setId("tour-highlight");
        frame.setManaged(false);
        frame.setMouseTransparent(true);
        frame.setVisible(false);
        charts.getChildren().add(frame);
    }

    /** Highlights one chart, or none (null). */
    void show(ChartKind k) {
        kind = k;
        if (k == null) {
            follow.stop();
            frame.setVisible(false);
        } else {
            follow.start();
            place();
        }
    }

    /** Outlines the data view panel, or stops. */
    void showDataView(boolean on) {
        dataView.getStyleClass().remove(DATA_VIEW_CLASS);
        if (on) {
            dataView.getStyleClass().add(DATA_VIEW_CLASS);
        }
    }

    boolean dataViewShown() {
        return dataView.getStyleClass().contains(DATA_VIEW_CLASS);
    }

    ChartKind kind() {
        return kind;
    }

    Region frame() {
        return frame;
    }

    private void place() {
        ChartRenderingInfo info = charts.viewer().getCanvas().getRenderingInfo();
        int i = charts.labChart().kinds().indexOf(kind);
        if (info == null || i < 0 || info.getPlotInfo().getSubplotCount() <= i) {
            frame.setVisible(false);
            return;
        }
        PlotRenderingInfo sub = info.getPlotInfo().getSubplotInfo(i);
        Rectangle2D a = sub.getDataArea();
        frame.resizeRelocate(a.getMinX() - 3, a.getMinY() - 3, a.getWidth() + 6, a.getHeight() + 6);
        frame.setVisible(true);
    }
}
