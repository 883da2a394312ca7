package org.stepsizelab.app.vm;

import java.util.Locale;
import org.stepsizelab.core.config.ConfigKey;

/**
 * One numeric parameter the user can type: its name, allowed range and how to explain a refusal.
 * Parsing is strict: the whole text must be a number in range, else the message says what is allowed.
 *
 * <p>The range is the configuration key's ({@link ConfigKey#range()}), the same one a preset file and
 * the command line are held to; the field adds only what a number typed as a double can hold
 * exactly (integers up to 2⁵³, the int keys up to 2³¹ − 1).
 */
public record ParamSpec(String name, ConfigKey key, double min, boolean minInclusive, double max,
                        boolean maxInclusive, boolean integer, String example) {

    public static final ParamSpec ETA = of(ConfigKey.ETA, "stepsize η", "1e4");
    public static final ParamSpec WIDTH = of(ConfigKey.WIDTH, "width m", "20");
    public static final ParamSpec STEPS = of(ConfigKey.STEPS, "steps T", "10000");
    public static final ParamSpec SEED = of(ConfigKey.SEED, "seed", "0");
    public static final ParamSpec INIT_SCALE = of(ConfigKey.INIT_SCALE, "init scale σ", "1");
    public static final ParamSpec LEAK = of(ConfigKey.LEAK, "leak c", "0.5");
    public static final ParamSpec HUBER_H = of(ConfigKey.HUBER_H, "Huber width h", "1");
    public static final ParamSpec N = of(ConfigKey.N, "points n", "200");
    public static final ParamSpec DIM = of(ConfigKey.DIM, "dimension d", "3");
    public static final ParamSpec MARGIN = of(ConfigKey.MARGIN, "data margin γ", "0.05");
    public static final ParamSpec NOISE = of(ConfigKey.NOISE, "noise", "0.1");
    public static final ParamSpec TEST_N = of(ConfigKey.TEST_N, "test points", "0");
    /** The MLP's trained layers L (an MLP has at least two). */
    public static final ParamSpec DEPTH = of(ConfigKey.DEPTH, "depth L", "3");
    /** M of the MLP's normalized margin min_i y_i f/‖w‖^M. */
    public static final ParamSpec MARGIN_POWER = of(ConfigKey.MARGIN_POWER, "margin power M", "4");

    /** Integers a double holds exactly: ±2⁵³. */
    static final double EXACT_INTEGERS = 9_007_199_254_740_992.0;

    /** The field of a numeric configuration key, with the key's range. */
    public static ParamSpec of(ConfigKey key, String name, String example) {
        ConfigKey.Range r = key.range();
        if (r == null) {
            throw new IllegalArgumentException(key.key() + " is not a numeric key");
        }
        boolean integer = key.kind() != ConfigKey.Kind.REAL;
        double min = r.min(), max = r.max();
        boolean minIn = r.minInclusive(), maxIn = r.maxInclusive();
        if (integer && min < -EXACT_INTEGERS) {
            min = -EXACT_INTEGERS;
            minIn = true;
        }
        if (integer && max > EXACT_INTEGERS) {
            max = EXACT_INTEGERS;
            maxIn = true;
        }
        return new ParamSpec(name, key, min, minIn, max, maxIn, integer, example);
    }

    /** The value of {@code text}, or an {@link IllegalArgumentException} whose message can be shown as is. */
    public double parse(String text) {
        String t = text == null ? "" : text.trim().replace('−', '-').replace("_", "");
        if (t.isEmpty()) {
            throw new IllegalArgumentException(name + ": empty; " + allowed());
        }
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": '" + text.trim() + "' is not a number; " + allowed());
        }
        boolean below = minInclusive ? v < min : v <= min;
        boolean above = maxInclusive ? v > max : v >= max;
        if (!Double.isFinite(v) || below || above) {
            throw new IllegalArgumentException(name + ": " + text.trim() + " is out of range; " + allowed());
        }
        if (integer && v != Math.rint(v)) {
            throw new IllegalArgumentException(name + ": " + text.trim() + " is not a whole number; " + allowed());
        }
        return v;
    }

    /** What the field accepts, e.g. "enter a number > 0, e.g. 1e4" or "… ≥ 0 and < 1, e.g. 0.5". */
    public String allowed() {
        boolean anyInteger = integer && min <= -EXACT_INTEGERS && max >= EXACT_INTEGERS;
        // an int key's only upper limit is its Java type's (2³¹ − 1): not worth saying
        boolean unbounded = Double.isInfinite(max) || key.kind() == ConfigKey.Kind.INT && max >= Integer.MAX_VALUE;
        String range = anyInteger ? "" : (minInclusive ? "≥ " : "> ") + fmt(min)
                + (unbounded ? "" : " and " + (maxInclusive ? "≤ " : "< ") + fmt(max));
        return "enter " + (integer ? "a whole number" : "a number") + (range.isEmpty() ? "" : " " + range)
                + ", e.g. " + example;
    }

    /** 20, 0.05, 1e12 (a power of ten from 1e7 on), 9007199254740992. */
    private static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) <= EXACT_INTEGERS) {
            long l = (long) v;
            boolean powerOfTen = Math.abs(l) >= 10_000_000 && Long.toString(Math.abs(l)).matches("10*");
            return powerOfTen ? (l < 0 ? "-" : "") + "1e" + (Long.toString(Math.abs(l)).length() - 1) : Long.toString(l);
        }
        return String.format(Locale.ROOT, "%s", v);
    }
}
