package org.stepsizelab.core;

/** Number formatting shared by files, summaries and labels. */
public final class Num {
    private Num() {}

    /** Shortest text that parses back to exactly the same double (round-trip exact). */
    public static String exact(double v) {
        return Double.toString(v);
    }

    /** A compact label: 0.5, 20, 1e4, 2.1e-7. */
    public static String compact(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e4) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e4) {
            return fourDigits(v);
        }
        String s = String.format(java.util.Locale.ROOT, "%.3g", v); // 1.00e+04
        int e = s.indexOf('e');
        if (e < 0) { // %g prints 1e-4 ≤ |v| < 1e-3 without an exponent: 0.000343
            return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        }
        String mant = s.substring(0, e).replaceAll("\\.?0+$", "");
        int exp = Integer.parseInt(s.substring(e + 1));
        return mant + "e" + exp;
    }

    /** Four significant digits without trailing zeros (0.5, 1465, 0.01306), for 1e−3 ≤ |v| < 1e4. */
    public static String fourDigits(double v) {
        String s = String.format(java.util.Locale.ROOT, "%.4g", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
