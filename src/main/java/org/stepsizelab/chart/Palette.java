package org.stepsizelab.chart;

import java.awt.Color;

/**
 * Colours with one meaning each, from the Okabe–Ito palette (safe for the common colour-vision
 * deficiencies). Orange is reserved for the EoS tint, so no run is drawn in it.
 */
public final class Palette {
    private Palette() {}

    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color BLACK = new Color(0x000000);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color ORANGE = new Color(0xE69F00);

    /** The current run, then pinned runs in order. */
    private static final Color[] RUNS = {BLUE, VERMILLION, BLUISH_GREEN, REDDISH_PURPLE, SKY_BLUE, BLACK, YELLOW};

    /** EoS phase [0, s*): one warm tint on every chart. */
    public static final Color EOS_TINT = new Color(0xE6, 0x9F, 0x00, 60);
    /** Stable phase [s*, now]: a faint cool tint. */
    public static final Color STABLE_TINT = new Color(0x56, 0xB4, 0xE9, 22);
    /** Theorem 2.2 thresholds and the steps that met them. */
    public static final Color THEORY = new Color(0x444444);

    /** The colour of run {@code index} (0 = the current run; pins from 1 on), cycling. */
    public static Color run(int index) {
        return RUNS[Math.floorMod(index, RUNS.length)];
    }

    /** CSS hex form, for JavaFX swatches. */
    public static String hex(Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
