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
    /** The same tints, stronger, for their swatches in the legend. */
    public static final Color EOS_SWATCH = new Color(0xE6, 0x9F, 0x00, 120);
    public static final Color STABLE_SWATCH = new Color(0x56, 0xB4, 0xE9, 70);
    /** Theory overlays: Theorem 2.2's thresholds and the steps that met them, the rate lines. */
    public static final Color THEORY = new Color(0x444444);

    /** The chart furniture: background, grid lines, plot outline, axis and tick labels, phase names. */
    public static final Color BACKGROUND = Color.WHITE;
    public static final Color GRID = new Color(0xDDDDDD);
    public static final Color OUTLINE = new Color(0xAAAAAA);
    public static final Color AXIS_LABEL = new Color(0x222222);
    public static final Color TICK_LABEL = new Color(0x333333);
    public static final Color PHASE_LABEL = new Color(0x555555);
    /** Nothing drawn (a marker that is only a label); a label's clear or half-white backing. */
    public static final Color INVISIBLE = new Color(0, 0, 0, 0);
    public static final Color LABEL_CLEAR = new Color(255, 255, 255, 0);
    public static final Color LABEL_BACKING = new Color(255, 255, 255, 200);

    /** The colour of run {@code index} (0 = the current run; pins from 1 on), cycling. */
    public static Color run(int index) {
        return RUNS[Math.floorMod(index, RUNS.length)];
    }

    /** CSS hex form, for JavaFX swatches. */
    public static String hex(Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
