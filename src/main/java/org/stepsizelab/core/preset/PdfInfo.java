package org.stepsizelab.core.preset;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PDF's document information dictionary (PDF 1.7 §14.3.3) with a custom entry, added as an
 * incremental update (§7.5.6): a new Info object, a one-entry cross-reference section and a trailer
 * pointing back at the original one are appended, so the bytes JFreePDF wrote stay untouched and every
 * reader sees the newest Info. Strings are UTF-16BE hex strings, the form PDF gives text that is not
 * Latin-1 (titles with η, ‖w‖).
 */
final class PdfInfo {
    static final String RECIPE_KEY = "StepsizeLabRecipe";
    private static final Pattern ROOT = Pattern.compile("/Root\\s+(\\d+\\s+\\d+\\s+R)");
    private static final Pattern SIZE = Pattern.compile("/Size\\s+(\\d+)");
    private static final Pattern START_XREF = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$");

    private PdfInfo() {}

    static boolean isPdf(byte[] bytes) {
        return bytes.length >= 5 && new String(bytes, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-");
    }

    /** The PDF with a new Info dictionary holding {@code title} (null for none) and {@code recipe}. */
    static byte[] withInfo(byte[] pdf, String title, String recipe) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1); // one char per byte: offsets stay offsets
        int trailer = text.lastIndexOf("trailer");
        Matcher root = ROOT.matcher(text).region(Math.max(trailer, 0), text.length());
        Matcher size = SIZE.matcher(text).region(Math.max(trailer, 0), text.length());
        Matcher prev = START_XREF.matcher(text);
        if (trailer < 0 || !root.find() || !size.find() || !prev.find()) {
            throw new IllegalArgumentException("not a PDF with a classic trailer");
        }
        int object = Integer.parseInt(size.group(1));
        StringBuilder update = new StringBuilder("\n");
        int objectOffset = pdf.length + update.length();
        update.append(object).append(" 0 obj\n<< ");
        if (title != null && !title.isBlank()) {
            update.append("/Title ").append(hexString(title)).append(' ');
        }
        update.append("/Author ").append(hexString("Stepsize Lab"))
                .append(" /Creator ").append(hexString("Stepsize Lab"))
                .append(" /Subject ").append(hexString("re-run this figure: stepsize-lab run --preset THIS_FILE --out DIR"))
                .append(" /").append(RECIPE_KEY).append(' ').append(hexString(recipe))
                .append(" >>\nendobj\n");
        int xrefOffset = pdf.length + update.length();
        update.append("xref\n").append(object).append(" 1\n")
                .append(String.format(Locale.ROOT, "%010d 00000 n\r\n", objectOffset))
                .append("trailer\n<< /Size ").append(object + 1).append(" /Root ").append(root.group(1))
                .append(" /Info ").append(object).append(" 0 R /Prev ").append(prev.group(1)).append(" >>\n")
                .append("startxref\n").append(xrefOffset).append("\n%%EOF\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + update.length());
        out.writeBytes(pdf);
        out.writeBytes(update.toString().getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** The text of the newest {@code /key <hex>} entry, or null if the file has none. */
    static String text(byte[] pdf, String key) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf("/" + key);
        if (at < 0) {
            return null;
        }
        int open = text.indexOf('<', at);
        int close = open < 0 ? -1 : text.indexOf('>', open);
        if (close < 0) {
            return null;
        }
        return fromHex(text.substring(open + 1, close));
    }

    /** A PDF text string: UTF-16BE with its byte-order mark, as hex digits in angle brackets. */
    static String hexString(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_16BE);
        StringBuilder hex = new StringBuilder(4 + 2 * b.length + 2).append("<FEFF");
        for (byte x : b) {
            hex.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
        }
        return hex.append('>').toString().toUpperCase(Locale.ROOT);
    }

    private static String fromHex(String hex) {
        String digits = hex.replaceAll("\\s", "");
        if (digits.length() % 2 != 0) {
            return null;
        }
        byte[] b = new byte[digits.length() / 2];
        for (int i = 0; i < b.length; i++) {
            int hi = Character.digit(digits.charAt(2 * i), 16), lo = Character.digit(digits.charAt(2 * i + 1), 16);
            if (hi < 0 || lo < 0) {
                return null;
            }
            b[i] = (byte) (hi << 4 | lo);
        }
        boolean bom = b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff;
        return bom ? new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE)
                : new String(b, StandardCharsets.ISO_8859_1);
    }
}
