package org.stepsizelab.chart.dataview;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.stepsizelab.core.dataview.PlaneFrame;

/**
 * Draws an image over a rectangle of the plane given in data coordinates (the decision map under the
 * points), smoothed between its pixels. Works in PNG, SVG and PDF alike (an embedded image).
 */
final class PlaneImageAnnotation extends AbstractXYAnnotation {
    private final transient BufferedImage image;
    private final PlaneFrame frame;

    PlaneImageAnnotation(BufferedImage image, PlaneFrame frame) {
        this.image = image;
        this.frame = frame;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D area, ValueAxis domain, ValueAxis range,
            int rendererIndex, PlotRenderingInfo info) {
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        double x0 = domain.valueToJava2D(frame.xMin(), area, xEdge);
        double x1 = domain.valueToJava2D(frame.xMax(), area, xEdge);
        double y0 = range.valueToJava2D(frame.yMax(), area, yEdge); // top
        double y1 = range.valueToJava2D(frame.yMin(), area, yEdge);
        Object old = g2.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g2.drawImage(image, (int) Math.round(Math.min(x0, x1)), (int) Math.round(Math.min(y0, y1)),
                (int) Math.round(Math.abs(x1 - x0)), (int) Math.round(Math.abs(y1 - y0)), null);
        if (old != null) {
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, old);
        }
    }
}
