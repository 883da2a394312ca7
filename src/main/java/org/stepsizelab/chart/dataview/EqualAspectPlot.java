package org.stepsizelab.chart.dataview;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * An XY plot whose data area has one scale for both axes: a unit of x₁ is as long on the screen
 * as a unit of x₂, so the neurons' lines w_jᵀx = 0 and the decision boundary keep their angles and
 * the plane is not stretched to the panel's shape (the data view's panel is tall and narrow, an
 * export is often wide). The plot takes the largest such area centred in the space it is given; the
 * chart's background shows around it.
 */
final class EqualAspectPlot extends XYPlot {
    private static final long serialVersionUID = 1L;
    /** The height taken off the last drawn area (0 when the width was cut instead). */
    private transient double verticalSlack;

    EqualAspectPlot(XYDataset data, ValueAxis x, ValueAxis y, XYItemRenderer renderer) {
        super(data, x, y, renderer);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        super.draw(g2, equalAspect(g2, area), anchor, parentState, info);
    }

    /** The height the last drawing left empty above and below the plot (a picture that much shorter shows it whole). */
    double verticalSlack() {
        return verticalSlack;
    }

    /** {@code area} shrunk (centred) so that the data area it leaves has equal units on both axes. */
    private Rectangle2D equalAspect(Graphics2D g2, Rectangle2D area) {
        Rectangle2D inner = (Rectangle2D) area.clone();
        getInsets().trim(inner);
        AxisSpace space = calculateAxisSpace(g2, inner);
        Rectangle2D data = space.shrink(inner, null);
        getAxisOffset().trim(data);
        double xUnits = getDomainAxis().getRange().getLength(), yUnits = getRangeAxis().getRange().getLength();
        if (!(data.getWidth() > 0) || !(data.getHeight() > 0) || !(xUnits > 0) || !(yUnits > 0)) {
            verticalSlack = 0;
            return area;
        }
        double wanted = data.getHeight() * xUnits / yUnits; // the data width at the height's scale
        double dx = data.getWidth() - wanted;
        double dy = dx > 0 ? 0 : data.getHeight() - data.getWidth() * yUnits / xUnits;
        dx = Math.max(0, dx);
        verticalSlack = dy;
        return new Rectangle2D.Double(area.getX() + dx / 2, area.getY() + dy / 2, area.getWidth() - dx,
                area.getHeight() - dy);
    }
}
