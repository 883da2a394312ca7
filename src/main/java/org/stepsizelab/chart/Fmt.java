package org.stepsizelab.chart;

import java.util.Locale;
import org.stepsizelab.core.Num;

/** Numbers as a lecturer writes them: 0.013, 1465, 1.0e4, 2.1e−7, 10⁴. */
public final class Fmt {
    private Fmt() {}

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** Plain decimals between 1e−3 and 1e4, otherwise a mantissa with one decimal and an exponent. */
    public static String eng(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "−∞";
        }
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e4) {
            return Num.fourDigits(v).replace('-', '−');
        }
        String s = String.format(Locale.ROOT, "%.1e", v); // 2.1e-07
        int e = s.indexOf('e');
        int exp = Integer.parseInt(s.substring(e + 1));
        return (s.substring(0, e) + "e" + exp).replace('-', '−');
    }

    /** 10⁴ for an exact power of ten, otherwise {@link #eng}. */
    public static String power(double v) {
        if (v > 0) {
            double l = Math.log10(v);
            long r = Math.round(l);
            if (Math.abs(l - r) < 1e-12 && Math.abs(r) >= 2) {
                return "10" + superscript(r);
            }
        }
        return eng(v);
    }

    public static String superscript(long n) {
        StringBuilder b = new StringBuilder();
        if (n < 0) {
            b.append('⁻');
        }
        for (char c : Long.toString(Math.abs(n)).toCharArray()) {
            b.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return b.toString();
    }

    /** Thousands separated by thin spaces: 12 345. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '\u2009');
    }

    /** ½ and ¼ for the usual leaks, otherwise {@link #eng}. */
    public static String fraction(double v) {
        if (v == 0.5) {
            return "½";
        }
        if (v == 0.25) {
            return "¼";
        }
        return eng(v);
    }
}
