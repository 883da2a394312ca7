package org.stepsizelab.core;

/** Number formatting shared by files, summaries and labels, and norms that never overflow. */
public final class Num {
    private Num() {}

    /**
     * The Euclidean norm of {@code v[from] … v[from + length − 1]} without overflow or underflow: the
     * sum of squares is taken of the entries divided by the largest |entry| (as {@code hypot} and
     * LAPACK's dnrm2 scale), so entries near 1e160 or 1e300 give their finite norm instead of ∞, and
     * entries near 1e−300 give theirs instead of 0. When no scaling is needed (the common case) the
     * plain sum is used, so well-scaled data keep their usual rounding. Non-finite entries give NaN
     * or ∞ as the plain formula would.
     */
    public static double norm(double[] v, int from, int length) {
        double max = 0;
        double plain = 0;
        for (int i = from; i < from + length; i++) {
            double a = Math.abs(v[i]);
            if (!(a <= max)) {
                max = a; // NaN propagates through here
            }
            plain += v[i] * v[i];
        }
        if (max == 0 || !Double.isFinite(max)) {
            return max == 0 ? 0 : Double.isNaN(max) ? Double.NaN : Double.POSITIVE_INFINITY;
        }
        // safe when neither the largest square overflows nor the smallest meaningful square underflows
        if (Double.isFinite(plain) && max > SMALL && max < BIG) {
            return Math.sqrt(plain);
        }
        double s = 0;
        for (int i = from; i < from + length; i++) {
            double r = v[i] / max;
            s += r * r;
        }
        return max * Math.sqrt(s);
    }

    /** The norm of a whole vector. */
    public static double norm(double[] v) {
        return norm(v, 0, v.length);
    }

    /** Below this the squares lose precision to underflow (2^-480: squares stay normal down to 2^-960). */
    private static final double SMALL = 0x1p-480;
    /** Above this a sum of up to 2^60 squares could overflow (2^480: squares up to 2^960). */
    private static final double BIG = 0x1p480;

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
