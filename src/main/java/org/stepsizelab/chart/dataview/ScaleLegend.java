package org.stepsizelab.chart.dataview;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.title.PaintScaleLegend;

/**
 * The map's colour-scale legend; it remembers the rectangle the chart last drew it in, so the
 * streaming picture can redraw just the legend there for a new scale (see {@link StreamingPicture}).
 */
final class ScaleLegend extends PaintScaleLegend {
    private static final long serialVersionUID = 1L;
    private transient Rectangle2D drawn;

    ScaleLegend(DivergingScale scale, NumberAxis axis) {
        super(scale, axis);
    }

    @Override
    public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
        drawn = (Rectangle2D) area.clone();
        return super.draw(g2, area, params);
    }

    /** Where the chart last drew the legend (null before it was drawn). */
    Rectangle2D drawnArea() {
        return drawn;
    }

    /** Shows the colours ±scale (the axis follows). */
    void rescale(DivergingScale colours) {
        setScale(colours);
        getAxis().setRange(-colours.scale(), colours.scale());
    }
}
