package org.stepsizelab.app.vm;

import java.util.Locale;

/**
 * One numeric parameter the user can type: its name, allowed range and how to explain a refusal.
 * Parsing is strict: the whole text must be a number in range, else the message says what is allowed.
 */
public record ParamSpec(String name, double min, boolean minInclusive, double max, boolean maxInclusive,
                        boolean integer, String example) {

    public static final ParamSpec ETA = new ParamSpec("stepsize η", 0, false, 1e12, true, false, "1e4");
    public static final ParamSpec WIDTH = new ParamSpec("width m", 1, true, 65_536, true, true, "20");
    public static final ParamSpec STEPS = new ParamSpec("steps T", 1, true, 1e9, true, true, "10000");
    public static final ParamSpec SEED = new ParamSpec("seed", 0, true, 9.0e15, true, true, "0");
    public static final ParamSpec INIT_SCALE = new ParamSpec("init scale σ", 0, true, 1e6, true, false, "1");
    public static final ParamSpec LEAK = new ParamSpec("leak c", 0, true, 1, false, false, "0.5");
    public static final ParamSpec HUBER_H = new ParamSpec("Huber width h", 0, false, 1e6, true, false, "1");
    public static final ParamSpec N = new ParamSpec("points n", 1, true, 1e6, true, true, "200");
    public static final ParamSpec DIM = new ParamSpec("dimension d", 1, true, 1e5, true, true, "3");
    public static final ParamSpec MARGIN = new ParamSpec("data margin γ", 0, false, 1, true, false, "0.05");
    public static final ParamSpec NOISE = new ParamSpec("noise", 0, true, 100, true, false, "0.1");
    public static final ParamSpec TEST_N = new ParamSpec("test points", 0, true, 1e6, true, true, "0");
    /** The MLP's trained layers L (an MLP has at least two). */
    public static final ParamSpec DEPTH = new ParamSpec("depth L", 2, true, 64, true, true, "3");
    /** M of the MLP's normalized margin min_i y_i f/‖w‖^M. */
    public static final ParamSpec MARGIN_POWER = new ParamSpec("margin power M", 0, false, 1e3, true, false, "4");

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

    /** What the field accepts, e.g. "enter a number > 0 and ≤ 1e12, e.g. 1e4". */
    public String allowed() {
        String lo = (minInclusive ? "≥ " : "> ") + fmt(min);
        String hi = (maxInclusive ? "≤ " : "< ") + fmt(max);
        return "enter " + (integer ? "a whole number " : "a number ") + lo + " and " + hi + ", e.g. " + example;
    }

    private static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return String.format(Locale.ROOT, "%d", (long) v);
        }
        return String.format(Locale.ROOT, "%.0e", v).replace("e+", "e");
    }
}
