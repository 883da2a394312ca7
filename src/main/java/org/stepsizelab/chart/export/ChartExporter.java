package org.stepsizelab.chart.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;
import org.stepsizelab.core.InputException;
import org.stepsizelab.core.io.AtomicFiles;

/**
 * Draws any JFreeChart to PNG, SVG or PDF, headless (plain Java2D; no JavaFX, no display). See
 * {@link ExportSize} for what size and scale mean. Every file is written whole or not at all
 * ({@link AtomicFiles}); a path that cannot be written gives an {@link InputException}.
 *
 * <p>The chart is only read while drawing; callers that update it from another thread (the app's
 * FX thread) must draw on that thread or on a copy.
 */
public final class ChartExporter {
    private ChartExporter() {}

    /** The file formats, recognised from a file name's extension. */
    public enum Format {
        PNG, SVG, PDF;

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The format a file name asks for, or null if its extension is none of ours. */
        public static Format ofFileName(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            for (Format f : values()) {
                if (lower.endsWith("." + f.extension())) {
                    return f;
                }
            }
            return null;
        }
    }

    /** Writes the chart in the given format. */
    public static void write(JFreeChart chart, Format format, Path file, ExportSize size) {
        switch (format) {
            case PNG -> writePng(chart, file, size);
            case SVG -> writeSvg(chart, file, size);
            case PDF -> writePdf(chart, file, size);
        }
    }

    /** Renders the chart to an opaque image of exactly {@code size.width() × size.height()} pixels. */
    public static BufferedImage render(JFreeChart chart, ExportSize size) {
        BufferedImage image = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            // an opaque white ground: a chart with a transparent background would otherwise be black
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size.width(), size.height());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            // magnify a layout of the logical size: text and lines are drawn at full resolution
            g.scale(size.scale(), size.scale());
            chart.draw(g, logicalArea(size));
        } finally {
            g.dispose();
        }
        return image;
    }

    public static void writePng(JFreeChart chart, Path file, ExportSize size) {
        BufferedImage image = render(chart, size);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer is available in this Java runtime");
            }
        });
    }

    /** The SVG document as text: {@code width × height} with a matching viewBox, text kept as text. */
    public static String svg(JFreeChart chart, ExportSize size) {
        SVGGraphics2D g = new SVGGraphics2D(size.width(), size.height(), SVGUnits.PX);
        g.scale(size.scale(), size.scale());
        chart.draw(g, logicalArea(size));
        String element = g.getSVGElement(null, true, new ViewBox(0, 0, size.width(), size.height()), null, null);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element + "\n";
    }

    public static void writeSvg(JFreeChart chart, Path file, ExportSize size) {
        byte[] bytes = svg(chart, size).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, bytes);
    }

    /**
     * A one-page PDF whose page is the logical size in points. Text is drawn as vector outlines
     * because the PDF base fonts cannot show symbols such as ‖w‖ or γ̄; the page looks the same in
     * every viewer.
     */
    public static byte[] pdf(JFreeChart chart, ExportSize size) {
        PDFDocument doc = new PDFDocument();
        doc.setTitle(chart.getTitle() != null ? chart.getTitle().getText() : "Stepsize Lab chart");
        doc.setAuthor("Stepsize Lab");
        Rectangle2D area = logicalArea(size);
        Page page = doc.createPage(area);
        PDFGraphics2D g = page.getGraphics2D();
        g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        chart.draw(g, area);
        return doc.getPDFBytes();
    }

    public static void writePdf(JFreeChart chart, Path file, ExportSize size) {
        byte[] bytes = pdf(chart, size);
        AtomicFiles.write(file, bytes);
    }

    private static Rectangle2D logicalArea(ExportSize size) {
        return new Rectangle2D.Double(0, 0, size.logicalWidth(), size.logicalHeight());
    }
}
