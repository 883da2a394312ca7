package org.stepsizelab.core.theory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.stepsizelab.core.InputException;
import org.stepsizelab.core.Num;
import org.stepsizelab.core.config.ConfigCodec;
import org.stepsizelab.core.config.ConfigException;
import org.stepsizelab.core.config.ConfigKey;

/**
 * One varied key of a grid sweep: a run key ({@link ConfigKey}) and the values it takes, parsed
 * and checked by that key's own type and range, so {@code --grid width=0,5} is refused with the
 * same words as {@code --width 0}. Written {@code KEY=A,B,C} (any key, a list) or
 * {@code KEY=MIN:MAX:COUNT} (numbers: COUNT values evenly spaced in log, ends exact).
 *
 * @param spacing how the values sit on a number line, which decides a chart axis
 */
public record GridAxis(ConfigKey key, List<Object> values, Spacing spacing) {

    /** Log-spaced numbers get a log axis; evenly spaced ones a linear axis; the rest are categories. */
    public enum Spacing { LOG, LINEAR, CATEGORIES }

    public GridAxis {
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an axis needs at least one value");
        }
    }

    /** Parses {@code KEY=VALUES}; {@code option} names the source in messages ("--grid"). */
    public static GridAxis parse(String spec, String option) {
        String where = option + " '" + spec + "'";
        int eq = spec.indexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw new InputException(where + ": expected KEY=A,B,C or KEY=MIN:MAX:COUNT, e.g. eta=1:1e5:11 or width=5,10,20");
        }
        String name = spec.substring(0, eq).trim().replace('-', '_');
        ConfigKey key = ConfigKey.ofKey(name);
        if (key == null) {
            throw new InputException(where + ": unknown run key '" + name + "' " + ConfigCodec.suggestion(name));
        }
        String body = spec.substring(eq + 1).trim();
        String at = option + " " + key.key();
        if (body.contains(":") && isNumeric(key) && body.split(":", -1).length == 3) {
            return range(key, body, at);
        }
        List<Object> values = new ArrayList<>();
        for (String part : splitList(key, body)) {
            values.add(checked(key, part.trim(), at));
        }
        if (new LinkedHashSet<>(values).size() != values.size()) {
            throw new InputException(at + ": a value is listed twice in '" + body + "'");
        }
        return new GridAxis(key, values, spacingOf(values));
    }

    /** The values as the columns of sweep.csv write them (round-trip exact for numbers). */
    public String text(int i) {
        return format(values.get(i));
    }

    /** Short label for a chart tick: 3 significant digits for numbers. */
    public String label(int i) {
        Object v = values.get(i);
        return v instanceof Double d ? Num.compact(d) : v.toString();
    }

    public int size() {
        return values.size();
    }

    public static String format(Object v) {
        return v instanceof Double d ? Num.exact(d) : String.valueOf(v);
    }

    private static GridAxis range(ConfigKey key, String body, String at) {
        String[] p = body.split(":", -1);
        double min = number(p[0], at + " MIN"), max = number(p[1], at + " MAX");
        long count;
        try {
            count = new BigDecimal(p[2].trim()).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            count = -1;
        }
        if (count < 1 || count > 10_000) {
            throw new InputException(at + ": COUNT '" + p[2] + "' must be an integer from 1 to 10000");
        }
        if (!(min > 0) || !(max >= min)) {
            throw new InputException(at + " '" + body + "': a log range needs 0 < MIN ≤ MAX");
        }
        if (count == 1 && max != min) {
            throw new InputException(at + " '" + body + "': COUNT must be ≥ 2 when MAX ≠ MIN");
        }
        double[] xs = SweepGrid.logSpaced(min, max, (int) count);
        List<Object> values = new ArrayList<>();
        for (double x : xs) {
            Object v = switch (key.kind()) {
                case REAL -> x;
                case INT -> (int) Math.round(x);
                default -> Math.round(x);
            };
            if (values.contains(v)) {
                throw new InputException(at + " '" + body + "': rounding to integers repeats " + v
                        + " (ask for fewer values or a wider range)");
            }
            values.add(checked(key, format(v), at));
        }
        return new GridAxis(key, values, Spacing.LOG);
    }

    /** A list splits at commas, except for keys whose values hold commas (classes "0,1", idx: files): there ';'. */
    private static List<String> splitList(ConfigKey key, String body) {
        boolean commaValues = key == ConfigKey.CLASSES || key == ConfigKey.DATASET;
        return List.of(body.split(commaValues ? ";" : ",", -1));
    }

    private static boolean isNumeric(ConfigKey key) {
        return switch (key.kind()) {
            case REAL, INT, LONG -> true;
            default -> false;
        };
    }

    /** A value in the key's own type, checked by the key's own range. */
    static Object checked(ConfigKey key, String text, String at) {
        Object v = switch (key.kind()) {
            case REAL -> number(text, at);
            case INT, LONG -> integer(key, text, at);
            case BOOL -> bool(text, at);
            default -> text;
        };
        try {
            return key.check(v, at);
        } catch (ConfigException e) {
            throw new InputException(e.getMessage());
        }
    }

    private static double number(String text, String at) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new InputException(at + ": '" + text + "' is not a number");
        }
    }

    private static Object integer(ConfigKey key, String text, String at) {
        try {
            long v = new BigDecimal(text.trim().replace("_", "")).longValueExact();
            if (key.kind() == ConfigKey.Kind.INT) {
                return Math.toIntExact(v);
            }
            return v;
        } catch (ArithmeticException | NumberFormatException e) {
            throw new InputException(at + ": '" + text + "' is not an integer"
                    + (key.kind() == ConfigKey.Kind.INT ? " (32-bit)" : ""));
        }
    }

    private static boolean bool(String text, String at) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("true") || t.equals("false")) {
            return Boolean.parseBoolean(t);
        }
        throw new InputException(at + ": '" + text + "' must be true or false");
    }

    /**
     * LOG for increasing positive numbers with (nearly) equal ratios, as 5,10,20,40 (a pair when
     * it spans a factor ≥ 10); LINEAR for other numbers; CATEGORIES for names and booleans.
     */
    static Spacing spacingOf(List<Object> values) {
        if (!(values.get(0) instanceof Number)) {
            return Spacing.CATEGORIES;
        }
        double[] x = values.stream().mapToDouble(v -> ((Number) v).doubleValue()).toArray();
        if (x.length == 1) {
            return Spacing.LINEAR;
        }
        for (int i = 1; i < x.length; i++) {
            if (!(x[i - 1] > 0) || !(x[i] > x[i - 1])) {
                return Spacing.LINEAR;
            }
        }
        if (x.length == 2) {
            return x[1] / x[0] >= 10 ? Spacing.LOG : Spacing.LINEAR;
        }
        double first = Math.log(x[1] / x[0]);
        boolean equalRatios = true, equalSteps = true;
        for (int i = 2; i < x.length; i++) {
            equalRatios &= Math.abs(Math.log(x[i] / x[i - 1]) - first) <= 0.15 * first;
            equalSteps &= Math.abs((x[i] - x[i - 1]) - (x[1] - x[0])) <= 1e-9 * (x[1] - x[0]);
        }
        return equalRatios && !equalSteps ? Spacing.LOG : Spacing.LINEAR;
    }
}
