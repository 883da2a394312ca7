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
import org.jfree.chart.ChartRenderingInfo;
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
import org.stepsizelab.core.preset.FigureRecipe;
import org.stepsizelab.core.preset.PictureRecipes;

/**
 * Draws any JFreeChart to PNG, SVG or PDF, headless (plain Java2D; no JavaFX, no display). See
 * {@link ExportSize} for what size and scale mean. Every file is written whole or not at all
 * ({@link AtomicFiles}); a path that cannot be written gives an {@link InputException}.
 *
 * <p>Given a {@link FigureRecipe}, every file carries the configuration of the runs it shows (a PNG
 * iTXt chunk, an SVG {@code <metadata>} element, a PDF Info entry), so {@code run --preset FIGURE}
 * draws it again; see {@link PictureRecipes}.
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

    /** Writes the chart in the given format, without a recipe (a chart that shows no run). */
    public static void write(JFreeChart chart, Format format, Path file, ExportSize size) {
        write(chart, format, file, size, null);
    }

    /** Writes the chart in the given format with the recipe of the runs it shows (null for none). */
    public static void write(JFreeChart chart, Format format, Path file, ExportSize size, FigureRecipe recipe) {
        byte[] bytes = switch (format) {
            case PNG -> png(chart, size, recipe);
            case SVG -> svg(chart, size, recipe).getBytes(StandardCharsets.UTF_8);
            case PDF -> pdf(chart, size, recipe);
        };
        AtomicFiles.write(file, bytes);
    }

    /** Renders the chart to an opaque image of exactly {@code size.width() × size.height()} pixels. */
    public static BufferedImage render(JFreeChart chart, ExportSize size) {
        BufferedImage image = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
        renderInto(chart, image, size, null);
        return image;
    }

    /**
     * Renders the chart over the top-left {@code size.width() × size.height()} pixels of an existing
     * image (a reused buffer: the data view's pictures), recording the layout in {@code info} when it
     * is not null.
     */
    public static void renderInto(JFreeChart chart, BufferedImage image, ExportSize size, ChartRenderingInfo info) {
        Graphics2D g = image.createGraphics();
        try {
            // an opaque white ground: a chart with a transparent background would otherwise be black
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size.width(), size.height());
            quality(g);
            // magnify a layout of the logical size: text and lines are drawn at full resolution
            g.scale(size.scale(), size.scale());
            chart.draw(g, logicalArea(size), info);
        } finally {
            g.dispose();
        }
    }

    /** The rendering hints of every raster picture (antialiased shapes and text, exact strokes). */
    public static void quality(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    /** The PNG file's bytes, with the recipe in an iTXt chunk when one is given. */
    public static byte[] png(JFreeChart chart, ExportSize size, FigureRecipe recipe) {
        return png(render(chart, size), recipe);
    }

    /** Any image (a chart, a data-view picture) as PNG bytes, with the recipe when one is given. */
    public static byte[] png(BufferedImage image, FigureRecipe recipe) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer is available in this Java runtime");
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot encode a PNG in memory", e);
        }
        byte[] bytes = out.toByteArray();
        return recipe == null ? bytes : PictureRecipes.embedPng(bytes, recipe);
    }

    public static void writePng(JFreeChart chart, Path file, ExportSize size) {
        write(chart, Format.PNG, file, size, null);
    }

    /** The SVG document as text: {@code width × height} with a matching viewBox, text kept as text. */
    public static String svg(JFreeChart chart, ExportSize size) {
        return svg(chart, size, null);
    }

    /** As {@link #svg(JFreeChart, ExportSize)}, with the recipe in a metadata element when one is given. */
    public static String svg(JFreeChart chart, ExportSize size, FigureRecipe recipe) {
        SVGGraphics2D g = new SVGGraphics2D(size.width(), size.height(), SVGUnits.PX);
        g.scale(size.scale(), size.scale());
        chart.draw(g, logicalArea(size));
        String element = g.getSVGElement(null, true, new ViewBox(0, 0, size.width(), size.height()), null, null);
        String doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element + "\n";
        return recipe == null ? doc : PictureRecipes.embedSvg(doc, recipe);
    }

    public static void writeSvg(JFreeChart chart, Path file, ExportSize size) {
        write(chart, Format.SVG, file, size, null);
    }

    /**
     * A one-page PDF whose page is the logical size in points. Text is drawn as vector outlines
     * because the PDF base fonts cannot show symbols such as ‖w‖ or γ̄; the page looks the same in
     * every viewer.
     */
    public static byte[] pdf(JFreeChart chart, ExportSize size) {
        return pdf(chart, size, null);
    }

    /** As {@link #pdf(JFreeChart, ExportSize)}, with the recipe in the document information when given. */
    public static byte[] pdf(JFreeChart chart, ExportSize size, FigureRecipe recipe) {
        PDFDocument doc = new PDFDocument();
        String title = chart.getTitle() != null ? chart.getTitle().getText() : "Stepsize Lab chart";
        doc.setTitle(title);
        doc.setAuthor("Stepsize Lab");
        Rectangle2D area = logicalArea(size);
        Page page = doc.createPage(area);
        PDFGraphics2D g = page.getGraphics2D();
        g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        chart.draw(g, area);
        byte[] bytes = doc.getPDFBytes();
        return recipe == null ? bytes : PictureRecipes.embedPdf(bytes, title, recipe);
    }

    public static void writePdf(JFreeChart chart, Path file, ExportSize size) {
        write(chart, Format.PDF, file, size, null);
    }

    private static Rectangle2D logicalArea(ExportSize size) {
        return new Rectangle2D.Double(0, 0, size.logicalWidth(), size.logicalHeight());
    }
}
