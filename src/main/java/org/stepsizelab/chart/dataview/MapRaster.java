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
        // separable, in 8-bit fixed point: first each grid row mixed across to the pixel columns
        // (channels ×256), then per pixel row the two nearest of those rows mixed down
        int n = px1 - px0;
        int[] lo = new int[1], hi = new int[1];
        double[] weight = new double[1];
        int[] red = new int[rows * n], green = new int[rows * n], blue = new int[rows * n];
        for (int i = 0; i < n; i++) {
            axis((px0 + i + 0.5 - x) * cols / w - 0.5, cols, 0, lo, hi, weight);
            int u = (int) Math.round(weight[0] * 256), nu = 256 - u;
            for (int r = 0; r < rows; r++) {
                int a = cell[r * cols + lo[0]], b = cell[r * cols + hi[0]];
                int k = r * n + i;
                red[k] = ((a >> 16) & 255) * nu + ((b >> 16) & 255) * u;
                green[k] = ((a >> 8) & 255) * nu + ((b >> 8) & 255) * u;
                blue[k] = (a & 255) * nu + (b & 255) * u;
            }
        }
        for (int py = py0; py < py1; py++) {
            axis((py + 0.5 - y) * rows / h - 0.5, rows, 0, lo, hi, weight);
            int v = (int) Math.round(weight[0] * 256), nv = 256 - v;
            int upper = lo[0] * n, lower = hi[0] * n;
            int base = py * stride + px0;
            for (int i = 0; i < n; i++) {
                int r = (red[upper + i] * nv + red[lower + i] * v + 32768) >> 16;
                int gr = (green[upper + i] * nv + green[lower + i] * v + 32768) >> 16;
                int bl = (blue[upper + i] * nv + blue[lower + i] * v + 32768) >> 16;
                argb[base + i] = 0xFF000000 | (r << 16) | (gr << 8) | bl;
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
}
