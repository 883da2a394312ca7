package org.stepsizelab.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

/** A rotated axis label longer than its subplot shrinks to fit it, and only while it is drawn. */
class AxisLabelFitTest {
    private final Graphics2D g2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB).createGraphics();
    private final Font slide = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
    private static final String LABEL = "γ̄(w_t), M = 1";

    private double width(Font f) {
        return f.getStringBounds(LABEL, g2.getFontRenderContext()).getWidth();
    }

    @Test
    void aLabelThatFitsKeepsItsFont() {
        Rectangle2D tall = new Rectangle2D.Double(0, 0, 600, 2 * width(slide));
        assertNull(AxisLabelFit.fitted(slide, LABEL, g2, tall, RectangleEdge.LEFT));
    }

    @Test
    void aLongLabelShrinksUntilItFitsItsAxis() {
        double room = 0.8 * width(slide); // a subplot shorter than the label
        Rectangle2D shortPlot = new Rectangle2D.Double(0, 0, 600, room);
        Font f = AxisLabelFit.fitted(slide, LABEL, g2, shortPlot, RectangleEdge.LEFT);
        assertTrue(f.getSize2D() < slide.getSize2D());
        assertTrue(width(f) <= room, width(f) + " px in " + room);
        // along a bottom axis the width counts, not the height
        assertNull(AxisLabelFit.fitted(slide, LABEL, g2, shortPlot, RectangleEdge.BOTTOM));
    }

    @Test
    void notBelowItsSmallestSize() {
        Rectangle2D tiny = new Rectangle2D.Double(0, 0, 600, 5);
        Font f = AxisLabelFit.fitted(slide, LABEL, g2, tiny, RectangleEdge.LEFT);
        assertEquals(slide.getSize2D() * AxisLabelFit.MIN_SCALE, f.getSize2D(), 1e-4);
    }

    @Test
    void theAxisDrawsWithTheFittedFontAndKeepsItsOwn() {
        double room = 0.75 * width(slide); // shrinks to 0.72 of its size (above the smallest, 0.6)
        double tall = drawnLabelLength(2 * width(slide)), shorter = drawnLabelLength(room);
        assertTrue(shorter < 0.8 * tall, "drawn smaller: " + shorter + " px against " + tall);
        assertTrue(shorter <= room, shorter + " px on an axis of " + room);
    }

    /** How long the rotated label comes out on an SVG (drawn as outlines) along an axis this long. */
    private double drawnLabelLength(double axisLength) {
        SafeNumberAxis axis = new SafeNumberAxis(LABEL);
        axis.setLabelFont(slide);
        axis.setRange(0, 1);
        axis.setTickLabelsVisible(false);
        axis.setTickMarksVisible(false);
        org.jfree.svg.SVGGraphics2D svg = new org.jfree.svg.SVGGraphics2D(640, 2000);
        svg.setRenderingHint(java.awt.RenderingHints.KEY_STROKE_CONTROL, java.awt.RenderingHints.VALUE_STROKE_PURE);
        Rectangle2D plot = new Rectangle2D.Double(60, 0, 580, axisLength);
        axis.draw(svg, 60, new Rectangle2D.Double(0, 0, 640, 2000), plot, RectangleEdge.LEFT, null);
        assertEquals(slide, axis.getLabelFont(), "the axis's own font is unchanged");
        String doc = svg.getSVGDocument();
        String path = doc.substring(doc.indexOf("matrix(0.0,-1.0"));
        path = path.substring(path.indexOf(" d='") + 4, path.indexOf("'", path.indexOf(" d='") + 4));
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[MLQC]\\s*(-?[0-9.]+)").matcher(path);
        while (m.find()) {
            double x = Double.parseDouble(m.group(1));
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        return hi - lo;
    }
}
