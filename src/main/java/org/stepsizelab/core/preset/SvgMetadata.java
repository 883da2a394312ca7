package org.stepsizelab.core.preset;

/**
 * A text kept in an SVG document's {@code <metadata>} element (SVG 1.1 §21), as CDATA so JSON needs no
 * escaping. The element goes first inside the root {@code <svg>}, where the format puts metadata.
 */
final class SvgMetadata {
    private static final String OPEN = "<metadata id=\"stepsize-lab-recipe\"><![CDATA[";
    private static final String CLOSE = "]]></metadata>";

    private SvgMetadata() {}

    static boolean isSvg(String head) {
        String s = head.stripLeading();
        return s.startsWith("<svg") || (s.startsWith("<?xml") && s.contains("<svg"));
    }

    /** The document with {@code text} in a metadata element right after the root's start tag. */
    static String withText(String svg, String text) {
        int root = svg.indexOf("<svg");
        int end = root < 0 ? -1 : svg.indexOf('>', root);
        if (end < 0) {
            throw new IllegalArgumentException("not an SVG document");
        }
        // "]]>" cannot appear inside CDATA: split it across two sections
        String body = text.replace("]]>", "]]]]><![CDATA[>");
        return svg.substring(0, end + 1) + OPEN + body + CLOSE + svg.substring(end + 1);
    }

    /** The text of our metadata element, or null if the document has none. */
    static String text(String svg) {
        int start = svg.indexOf(OPEN);
        if (start < 0) {
            return null;
        }
        int from = start + OPEN.length();
        int end = svg.indexOf(CLOSE, from);
        if (end < 0) {
            return null;
        }
        return svg.substring(from, end).replace("]]]]><![CDATA[>", "]]>");
    }
}
