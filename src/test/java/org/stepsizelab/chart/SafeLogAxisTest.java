package org.stepsizelab.chart;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

class SafeLogAxisTest {
    private final Graphics2D g2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
    private final Rectangle2D area = new Rectangle2D.Double(0, 0, 400, 300);

    private List<String> labels(SafeLogAxis axis) {
        List<String> out = new ArrayList<>();
        for (Object o : axis.refreshTicks(g2, new AxisState(), area, RectangleEdge.LEFT)) {
            ValueTick t = (ValueTick) o;
            if (t instanceof LogTick) {
                if (((LogTick) t).getAttributedLabel() != null) {
                    out.add("10^" + Math.round(Math.log10(t.getValue())));
                }
            } else if (t.getText() != null && !t.getText().isEmpty()) {
                out.add(t.getText());
            }
        }
        return out;
    }

    @Test
    void aRangeWithinOneDecadeStillGetsNumbers() {
        SafeLogAxis axis = new SafeLogAxis("L");
        axis.setRange(0.12, 0.7);
        assertEquals(List.of("0.2", "0.5"), labels(axis));
        axis.setRange(0.31, 0.39);
        assertTrue(labels(axis).size() >= 2, labels(axis).toString());
    }

    @Test
    void wideRangesKeepWholeDecades() {
        SafeLogAxis axis = new SafeLogAxis("L");
        axis.setRange(1e-6, 10);
        List<String> l = labels(axis);
        assertTrue(l.contains("10^-3") && l.contains("10^0"), l.toString());
    }

    @Test
    void aDegenerateRangeIsWidenedInsteadOfRefused() {
        SafeLogAxis axis = new SafeLogAxis("L");
        axis.setRange(new Range(2.5, 2.5), false, false);
        assertEquals(1.25, axis.getLowerBound(), 1e-12);
        assertEquals(5.0, axis.getUpperBound(), 1e-12);
    }
}
