package org.stepsizelab.chart.dataview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stepsizelab.core.dataview.DecisionGrid;
import org.stepsizelab.core.dataview.PlaneFrame;

/** The streaming raster is the grid's values mapped through the palette, mixed only between cell centres. */
class MapRasterTest {

    @Test
    void eachCellCentreHasItsValuesPaletteColour() {
        int cols = 7, rows = 5, k = 3;
        double[] v = new double[cols * rows];
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.sin(1.7 * i) * 2; // beyond ±1.5 saturates
        }
        v[3] = Double.NaN; // drawn grey, as in the chart
        DecisionGrid g = new DecisionGrid(new PlaneFrame(-1, 1, -1, 1), cols, rows, v);
        DivergingScale colours = new DivergingScale(1.5);
        int stride = cols * k + 4, height = rows * k + 6;
        int[] argb = new int[stride * height];
        MapRaster.fill(g, colours, argb, stride, height, 2, 3, cols * k, rows * k);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                // row 0 of the grid is the bottom row of the picture
                int px = 2 + c * k + k / 2, py = 3 + (rows - 1 - r) * k + k / 2;
                assertEquals(0xFF000000 | colours.rgb(g.value(c, r)), argb[py * stride + px], "cell " + c + "," + r);
            }
        }
        // outside the rectangle nothing is written
        assertEquals(0, argb[0]);
        assertEquals(0, argb[stride * height - 1]);
        // between two cell centres each channel lies between theirs
        int a = colours.rgb(g.value(0, rows - 1)), b = colours.rgb(g.value(1, rows - 1));
        int between = argb[(3 + k / 2) * stride + 2 + k / 2 + 1];
        for (int shift = 0; shift <= 16; shift += 8) {
            int ca = (a >> shift) & 255, cb = (b >> shift) & 255, cm = (between >> shift) & 255;
            assertTrue(cm >= Math.min(ca, cb) && cm <= Math.max(ca, cb));
        }
    }

    @Test
    void aRectanglePartlyOutsideTheImageIsClipped() {
        DecisionGrid g = new DecisionGrid(new PlaneFrame(-1, 1, -1, 1), 2, 2, new double[] {1, -1, -1, 1});
        int[] argb = new int[10 * 10];
        MapRaster.fill(g, new DivergingScale(1), argb, 10, 10, -5, -5, 20, 20);
        for (int p : argb) {
            assertEquals(0xFF000000, p & 0xFF000000);
        }
    }
}
