package org.stepsizelab.chart;

import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.TextAnchor;

/**
 * The one text label an overlay keeps on a plot (the rate line's "C/(ηt), C = …", Theorem 3.2's
 * note): replaced at every update, removed when the overlay has nothing to say, in the theory
 * colour and the panel's font one point smaller. Where labels sit is decided here and by the anchor
 * the overlay asks for.
 */
final class OverlayLabel {
    private final XYPlot plot;
    private final ChartStyle style;
    private XYTextAnnotation shown;

    OverlayLabel(XYPlot plot, ChartStyle style) {
        this.plot = plot;
        this.style = style;
    }

    /** Takes the label off (without a plot event: the panel's update fires one for everything). */
    void clear() {
        if (shown != null) {
            plot.removeAnnotation(shown, false);
            shown = null;
        }
    }

    /** Shows {@code text} at (x, y) of the plot's axes, the anchor point of the text there. */
    void show(String text, double x, double y, TextAnchor anchor) {
        clear();
        shown = new XYTextAnnotation(text, x, y);
        shown.setFont(style.font(-1f));
        shown.setPaint(Palette.THEORY);
        shown.setTextAnchor(anchor);
        plot.addAnnotation(shown, false);
    }
}
