package org.stepsizelab.core.dataview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** f = 0 contours against closed forms, and the neurons' lines. */
class ContourAndLinesTest {
    private static final PlaneFrame UNIT = new PlaneFrame(-1, 1, -1, 1);

    /** A grid of f given by a formula, at the cell centres {@link DecisionGrid#compute} uses. */
    private static DecisionGrid grid(java.util.function.DoubleBinaryOperator f, PlaneFrame frame, int cols, int rows) {
        double[] v = new double[cols * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double x = frame.xMin() + (c + 0.5) * frame.width() / cols;
                double y = frame.yMin() + (r + 0.5) * frame.height() / rows;
                v[r * cols + c] = f.applyAsDouble(x, y);
            }
        }
        return new DecisionGrid(frame, cols, rows, v);
    }

    @Test
    void aLinearBoundaryIsFoundExactly() {
        DecisionGrid g = grid((x, y) -> x - 0.3 + 0.2 * y, UNIT, 41, 37);
        List<double[]> segs = ZeroContour.of(g);
        assertFalse(segs.isEmpty());
        for (double[] s : segs) {
            assertEquals(0, s[0] - 0.3 + 0.2 * s[1], 1e-12); // linear interpolation is exact on a plane
            assertEquals(0, s[2] - 0.3 + 0.2 * s[3], 1e-12);
        }
        // the segments cover the boundary from the bottom row to the top row of cell centres
        double lo = 1, hi = -1;
        for (double[] s : segs) {
            lo = Math.min(lo, Math.min(s[1], s[3]));
            hi = Math.max(hi, Math.max(s[1], s[3]));
        }
        assertEquals(g.y(0), lo, 1e-12);
        assertEquals(g.y(g.rows() - 1), hi, 1e-12);
    }

    @Test
    void aCircleIsClosedAndNearItsRadius() {
        DecisionGrid g = grid((x, y) -> x * x + y * y - 0.25, UNIT, 80, 80);
        List<double[]> segs = ZeroContour.of(g);
        double length = 0;
        for (double[] s : segs) {
            assertEquals(0.5, Math.hypot(s[0], s[1]), 2e-3);
            length += Math.hypot(s[2] - s[0], s[3] - s[1]);
        }
        assertEquals(Math.PI, length, 0.02, "the circumference 2π·0.5");
    }

    @Test
    void noBoundaryWhenOneSignEverywhere() {
        assertTrue(ZeroContour.of(grid((x, y) -> 1 + x * x, UNIT, 10, 10)).isEmpty());
    }

    @Test
    void neuronLinesAreOrthogonalToTheirWeightsAndClipped() {
        double[] w = {1, 0, 1, 1, 0, 0, 3, -2};
        List<NeuronLines.Line> lines = NeuronLines.of(w, 4, UNIT);
        assertEquals(3, lines.size(), "a zero neuron has no line");
        assertEquals(1.0, lines.get(0).sign());
        assertEquals(-1.0, lines.get(1).sign());
        for (NeuronLines.Line l : lines) {
            double a = w[2 * l.neuron()], b = w[2 * l.neuron() + 1];
            assertEquals(0, a * l.x1() + b * l.y1(), 1e-12);
            assertEquals(0, a * l.x2() + b * l.y2(), 1e-12);
            for (double v : new double[] {l.x1(), l.y1(), l.x2(), l.y2()}) {
                assertTrue(Math.abs(v) <= 1 + 1e-12);
            }
        }
        // w = (1, 0): the vertical line x = 0 from bottom to top
        NeuronLines.Line v = lines.get(0);
        assertEquals(2.0, Math.abs(v.y2() - v.y1()), 1e-12);
        assertNull(NeuronLines.clip(2, 2, 3, 3, UNIT));
    }

    @Test
    void histogramCountsEveryPointAndMarksTheMinimum() {
        double[] q = {-2, -1, 0, 0.5, 3, Double.NaN};
        Margins.Histogram h = Margins.histogram(q, 5);
        assertEquals(-2, h.min());
        assertEquals(3, h.hi());
        assertEquals(6, h.total());
        assertEquals(1, h.nonFinite());
        assertEquals(1, h.counts()[0]);
        assertEquals(1, h.counts()[4], "the maximum falls in the last bin");
    }
}
