package org.stepsizelab.chart.export;

import java.util.Map;

/**
 * Plain text (legend labels, titles: "η=10⁴, m=20, softplus c=½") as LaTeX that pdflatex compiles
 * without Unicode font set-up: Greek letters, superscripts, fractions and norm bars become math, and
 * TeX's special characters are escaped. A character it does not know is dropped to '?', never passed
 * through to break the compile.
 */
final class TexText {
    private TexText() {}

    private static final Map<Character, String> MATH = Map.ofEntries(
            Map.entry('α', "\\alpha"), Map.entry('β', "\\beta"), Map.entry('γ', "\\gamma"),
            Map.entry('η', "\\eta"), Map.entry('κ', "\\kappa"), Map.entry('λ', "\\lambda"),
            Map.entry('ρ', "\\rho"), Map.entry('σ', "\\sigma"), Map.entry('τ', "\\tau"),
            Map.entry('φ', "\\varphi"), Map.entry('Θ', "\\Theta"), Map.entry('‖', "\\|"),
            Map.entry('·', "\\cdot"), Map.entry('×', "\\times"), Map.entry('≤', "\\le"),
            Map.entry('≥', "\\ge"), Map.entry('≈', "\\approx"), Map.entry('∝', "\\propto"),
            Map.entry('→', "\\to"), Map.entry('∞', "\\infty"), Map.entry('½', "\\tfrac12"),
            Map.entry('¼', "\\tfrac14"), Map.entry('¾', "\\tfrac34"), Map.entry('∇', "\\nabla"),
            Map.entry('Σ', "\\Sigma"), Map.entry('ℓ', "\\ell"));
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺";
    private static final String SUPERSCRIPT_PLAIN = "0123456789-+";

    /** {@code text} as LaTeX for a text-mode context (a legend entry, a title). */
    static String of(String text) {
        StringBuilder out = new StringBuilder();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean bar = i + 1 < n && text.charAt(i + 1) == '\u0304'; // combining macron: γ̄
            if (SUPERSCRIPTS.indexOf(c) >= 0) {
                StringBuilder sup = new StringBuilder();
                while (i < n && SUPERSCRIPTS.indexOf(text.charAt(i)) >= 0) {
                    sup.append(SUPERSCRIPT_PLAIN.charAt(SUPERSCRIPTS.indexOf(text.charAt(i))));
                    i++;
                }
                i--;
                out.append("\\ensuremath{^{").append(sup).append("}}");
            } else if (MATH.containsKey(c)) {
                String m = MATH.get(c);
                out.append("\\ensuremath{").append(bar ? "\\bar{" + m + "}" : m).append('}');
                if (bar) {
                    i++;
                }
            } else if (c == '\u0304') {
                // a macron on a letter we have no math for: dropped
            } else if (c == '−' || c == '–') {
                out.append(c == '−' ? "\\ensuremath{-}" : "--");
            } else if ("#$%&_{}".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c == '\\') {
                out.append("\\textbackslash{}");
            } else if (c == '^') {
                out.append("\\^{}");
            } else if (c == '~') {
                out.append("\\~{}");
            } else if (c < 128) {
                out.append(c);
            } else {
                out.append('?');
            }
        }
        return out.toString();
    }
}
