package org.stepsizelab.chart;

import static org.junit.jupiter.api.Assertions.*;

import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.Range;
import org.jfree.data.xy.DefaultXYDataset;
import org.junit.jupiter.api.Test;

/** A value axis showing one point gets a readable range, not one of 10⁻⁸ with repeated labels. */
class SafeNumberAxisTest {

    private static Range autoRangeOf(double... ys) {
        double[] xs = new double[ys.length];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i + 1;
        }
        DefaultXYDataset d = new DefaultXYDataset();
        d.addSeries("s", new double[][] {xs, ys});
        SafeNumberAxis axis = new SafeNumberAxis("‖w‖");
        axis.setAutoRangeIncludesZero(false);
        new XYPlot(d, new SafeNumberAxis("t"), axis, new XYLineAndShapeRenderer());
        return axis.getRange();
    }

    @Test
    void onePointGetsFivePercentEachWay() {
        Range r = autoRangeOf(90.33389);
        assertTrue(r.contains(90.33389));
        assertEquals(2 * 0.05 * 90.33389, r.getLength(), 1e-9);
    }

    @Test
    void theNormOfAOneStepRunOnALogStepAxis() {
        LabChart lab = ChartFactory.panel(ChartLayoutTest.xor(1, 1e4), ChartStyle.screen().withLogX(true));
        Range r = lab.plot(ChartKind.NORM).getRangeAxis().getRange();
        assertTrue(r.getLength() > 1e-3 * Math.abs(r.getCentralValue()), "range " + r);
    }

    @Test
    void aConstantNegativeSeriesToo() {
        Range r = autoRangeOf(-2, -2, -2);
        assertEquals(-2.1, r.getLowerBound(), 1e-9);
        assertEquals(-1.9, r.getUpperBound(), 1e-9);
    }

    @Test
    void aNarrowButRealRangeIsLeftAsItIs() {
        SafeNumberAxis axis = new SafeNumberAxis("y");
        axis.setRange(new Range(100, 100.001));
        assertEquals(new Range(100, 100.001), axis.getRange());
    }

    @Test
    void anOrdinaryRangeIsLeftAsItIs() {
        SafeNumberAxis axis = new SafeNumberAxis("y");
        axis.setRange(new Range(1.5, 2.5));
        assertEquals(new Range(1.5, 2.5), axis.getRange());
    }
}
