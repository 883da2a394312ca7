package org.stepsizelab.chart.dataview;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * The decision map's colours: ColorBrewer's RdBu diverging scheme (safe for the common colour-vision
 * deficiencies), red for f < 0 (the −1 side), white at f = 0, blue for f > 0 (the +1 side). Values
 * beyond ±{@code scale} saturate. The map uses the scheme's light half so the points stay visible
 * on it; the points use its dark ends.
 */
public final class DivergingScale implements PaintScale {
    /** RdBu, 11 classes, from the most negative to the most positive. */
    private static final int[] STOPS = {0x67001f, 0xb2182b, 0xd6604d, 0xf4a582, 0xfddbc7, 0xf7f7f7,
        0xd1e5f0, 0x92c5de, 0x4393c3, 0x2166ac, 0x053061};
    /** How far towards the dark ends the map goes (0.6: stops 2…8). */
    static final double MAP_REACH = 0.6;
    /** Points: the −1 class and the +1 class. */
    public static final Color NEGATIVE_POINT = new Color(0xb2182b);
    public static final Color POSITIVE_POINT = new Color(0x2166ac);

    private final double scale;

    /** @param scale |f| at which the colour saturates (> 0) */
    public DivergingScale(double scale) {
        this.scale = scale > 0 && Double.isFinite(scale) ? scale : 1;
    }

    public double scale() {
        return scale;
    }

    /** The map's RGB for a decision value f. */
    public int rgb(double f) {
        if (Double.isNaN(f)) {
            return 0x808080;
        }
        double t = Math.max(-1, Math.min(1, f / scale)) * MAP_REACH; // in [−reach, reach]
        double pos = (t + 1) / 2 * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(pos));
        double u = pos - i;
        return mix(STOPS[i], STOPS[i + 1], u);
    }

    /** The full scheme (dark ends included) for a value v in [−scale, scale]: weights drawn as images. */
    public int rgbFull(double v) {
        if (Double.isNaN(v)) {
            return 0x808080;
        }
        double t = Math.max(-1, Math.min(1, v / scale));
        double pos = (t + 1) / 2 * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(pos));
        return mix(STOPS[i], STOPS[i + 1], pos - i);
    }

    private static int mix(int a, int b, double u) {
        int r = (int) Math.round(((a >> 16) & 255) * (1 - u) + ((b >> 16) & 255) * u);
        int g = (int) Math.round(((a >> 8) & 255) * (1 - u) + ((b >> 8) & 255) * u);
        int bl = (int) Math.round((a & 255) * (1 - u) + (b & 255) * u);
        return (r << 16) | (g << 8) | bl;
    }

    @Override
    public double getLowerBound() {
        return -scale;
    }

    @Override
    public double getUpperBound() {
        return scale;
    }

    @Override
    public Paint getPaint(double value) {
        return new Color(rgb(value));
    }
}
