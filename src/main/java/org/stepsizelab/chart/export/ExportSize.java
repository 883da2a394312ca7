package org.stepsizelab.chart.export;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stepsizelab.core.InputException;

/**
 * The size of an exported picture: {@code width × height} device pixels and a scale factor.
 *
 * <p>What size + scale means: the PNG is exactly {@code width × height} pixels. The chart is laid
 * out as if the canvas were {@code width/scale × height/scale} (its "logical" size, as CSS pixels
 * or macOS points), and then drawn magnified by {@code scale}: fonts, lines and markers come out
 * {@code scale} times thicker, with every pixel rendered sharp rather than upsampled. So
 * 1920×1080 at 1× is a dense, small-type chart; 1920×1080 at 2× has the layout of a 960×540 chart
 * and reads from the back of a lecture hall; 3840×2160 at 2× looks like 1920×1080 at 1× on a 4K
 * projector. SVG documents carry the same {@code width × height} with the picture scaled the same
 * way; a PDF page is the logical size in points (1920×1080 at 2× gives 960×540 pt, a 13.3×7.5 inch
 * 16:9 slide).
 */
public record ExportSize(int width, int height, double scale) {
    public static final int MIN_SIDE = 64;
    public static final int MAX_SIDE = 16384;
    public static final double MIN_SCALE = 1;
    public static final double MAX_SCALE = 4;

    /** The sizes offered in the app's export dialog. */
    public static final List<ExportSize> PRESETS = List.of(
            new ExportSize(1920, 1080, 1), new ExportSize(1280, 720, 1), new ExportSize(3840, 2160, 2));

    public ExportSize {
        if (width < MIN_SIDE || width > MAX_SIDE || height < MIN_SIDE || height > MAX_SIDE) {
            throw new InputException("Image size " + width + "x" + height + " is out of range: each side must be "
                    + MIN_SIDE + " to " + MAX_SIDE + " pixels.");
        }
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new InputException("Scale " + scale + " is out of range: it must be from 1 to 4.");
        }
        if (width / scale < MIN_SIDE / 2.0 || height / scale < MIN_SIDE / 2.0) {
            throw new InputException("Image size " + width + "x" + height + " at scale " + scale
                    + " leaves too little room for a chart: width/scale and height/scale must be at least "
                    + MIN_SIDE / 2 + ".");
        }
    }

    private static final Pattern WXH = Pattern.compile("\\s*(\\d{1,6})\\s*[xX×]\\s*(\\d{1,6})\\s*");

    /** Parses {@code "1920x1080"} (also {@code X} or {@code ×}); {@code source} names the option or field. */
    public static ExportSize parse(String source, String text, double scale) {
        Matcher m = WXH.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new InputException(source + " '" + text + "' is not a size: write WIDTHxHEIGHT in pixels, e.g. 1920x1080.");
        }
        return new ExportSize(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), scale);
    }

    /** Width of the layout the chart is drawn at, before magnification. */
    public double logicalWidth() {
        return width / scale;
    }

    public double logicalHeight() {
        return height / scale;
    }

    public ExportSize withScale(double s) {
        return new ExportSize(width, height, s);
    }

    @Override
    public String toString() {
        String s = scale == Math.rint(scale) ? Integer.toString((int) scale) : Double.toString(scale);
        return String.format(Locale.ROOT, "%d×%d @%s×", width, height, s);
    }
}
