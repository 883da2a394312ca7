package org.stepsizelab.chart.dataview;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.title.TextTitle;

/**
 * A text title that remembers the rectangle the chart last drew it in, so the streaming picture can
 * redraw it there with a new text (see {@link StreamingPicture}).
 */
final class PlacedTitle extends TextTitle {
    private static final long serialVersionUID = 1L;
    private transient Rectangle2D drawn;

    PlacedTitle(String text, Font font) {
        super(text, font);
    }

    @Override
    public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
        drawn = (Rectangle2D) area.clone();
        return super.draw(g2, area, params);
    }

    /** Where the chart last drew the title (null before it was drawn). */
    Rectangle2D drawnArea() {
        return drawn;
    }
}
