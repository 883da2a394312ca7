package org.stepsizelab.chart.dataview;

import org.stepsizelab.core.dataview.DecisionGrid;

/**
 * Writes the decision map straight into an ARGB pixel buffer: each grid cell's colour is the
 * palette's colour of its value, and the pixels between cell centres mix the four nearest cells'
 * colours bilinearly (edge cells extended), which is what the exported chart's smoothed image of the
 * map shows. The streaming picture uses it instead of an image drawn through Java2D.
 */
public final class MapRaster {
    private MapRaster() {}

    /**
     * Fills the rectangle x, y, w × h of {@code argb} (an image {@code stride} pixels wide and
     * {@code height} tall; the part outside the image is skipped) with the map of {@code g}, row 0 of
     * the grid at the bottom.
     */
    public static void fill(DecisionGrid g, DivergingScale colours, int[] argb, int stride, int height,
            int x, int y, int w, int h) {
        fill(g, colours, argb, stride, height, x, y, w, h, 0, 0, stride, height);
    }

    /**
     * As {@link #fill(DecisionGrid, DivergingScale, int[], int, int, int, int, int, int)}, writing only
     * the pixels of columns {@code [clipX0, clipX1)} and rows {@code [clipY0, clipY1)}.
     */
    public static void fill(DecisionGrid g, DivergingScale colours, int[] argb, int stride, int height,
            int x, int y, int w, int h, int clipX0, int clipY0, int clipX1, int clipY1) {
        if (w <= 0 || h <= 0) {
            return;
        }
        int cols = g.cols(), rows = g.rows();
        // the cells' colours, top row first (the image's row order)
        int[] cell = new int[cols * rows];
        for (int r = 0; r < rows; r++) {
            int top = rows - 1 - r;
            for (int c = 0; c < cols; c++) {
                cell[top * cols + c] = colours.rgb(g.value(c, r));
            }
        }
        int px0 = Math.max(Math.max(0, clipX0), x), px1 = Math.min(Math.min(stride, clipX1), x + w);
        int py0 = Math.max(Math.max(0, clipY0), y), py1 = Math.min(Math.min(height, clipY1), y + h);
        if (px0 >= px1 || py0 >= py1) {
            return;
        }
        // per column: the two source columns and the weight of the right one
        int n = px1 - px0;
        int[] c0 = new int[n], c1 = new int[n];
        double[] cu = new double[n];
        for (int i = 0; i < n; i++) {
            double s = (px0 + i + 0.5 - x) * cols / w - 0.5;
            axis(s, cols, i, c0, c1, cu);
        }
        int[] lo = new int[1], hi = new int[1];
        double[] rv = new double[1];
        for (int py = py0; py < py1; py++) {
            axis((py + 0.5 - y) * rows / h - 0.5, rows, 0, lo, hi, rv);
            int upper = lo[0] * cols, lower = hi[0] * cols;
            double v = rv[0];
            int base = py * stride;
            for (int i = 0; i < n; i++) {
                double u = cu[i];
                int p00 = cell[upper + c0[i]], p01 = cell[upper + c1[i]];
                int p10 = cell[lower + c0[i]], p11 = cell[lower + c1[i]];
                argb[base + px0 + i] = 0xFF000000 | (mix(p00, p01, p10, p11, u, v, 16) << 16)
                        | (mix(p00, p01, p10, p11, u, v, 8) << 8) | mix(p00, p01, p10, p11, u, v, 0);
            }
        }
    }

    /** Source index pair and weight for the source coordinate s (cell centres at integers), edges clamped. */
    private static void axis(double s, int count, int i, int[] lo, int[] hi, double[] weight) {
        if (s <= 0) {
            lo[i] = 0;
            hi[i] = 0;
            weight[i] = 0;
        } else if (s >= count - 1) {
            lo[i] = count - 1;
            hi[i] = count - 1;
            weight[i] = 0;
        } else {
            int k = (int) s;
            lo[i] = k;
            hi[i] = k + 1;
            weight[i] = s - k;
        }
    }

    private static int mix(int p00, int p01, int p10, int p11, double u, double v, int shift) {
        double top = ((p00 >> shift) & 255) * (1 - u) + ((p01 >> shift) & 255) * u;
        double bottom = ((p10 >> shift) & 255) * (1 - u) + ((p11 >> shift) & 255) * u;
        return (int) (top * (1 - v) + bottom * v + 0.5);
    }
}
