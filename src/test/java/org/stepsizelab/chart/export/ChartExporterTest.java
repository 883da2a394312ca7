package org.stepsizelab.chart.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepsizelab.core.InputException;
import org.w3c.dom.Element;

class ChartExporterTest {
    @TempDir
    Path dir;

    static Stream<Arguments> sizes() {
        return Stream.of(
                Arguments.of(1920, 1080, 1.0), Arguments.of(1920, 1080, 2.0),
                Arguments.of(1280, 720, 1.0), Arguments.of(1280, 720, 3.0),
                Arguments.of(3840, 2160, 2.0), Arguments.of(3840, 2160, 4.0),
                Arguments.of(801, 333, 1.5)); // odd sizes and a fractional scale stay exact
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void pngHasExactlyTheAskedPixelSize(int w, int h, double scale) throws Exception {
        Path file = dir.resolve("chart.png");
        ChartExporter.writePng(TestCharts.stacked(), file, new ExportSize(w, h, scale));
        BufferedImage img = ImageIO.read(file.toFile());
        assertEquals(w, img.getWidth());
        assertEquals(h, img.getHeight());
        assertNoTempFiles();
    }

    @Test
    void scaleMagnifiesTheLayoutRatherThanAddingPixels() {
        // Same pixel size; at 2x the chart is laid out at half size, so text and lines cover more pixels.
        ExportSize one = new ExportSize(800, 600, 1), two = new ExportSize(800, 600, 2);
        double inkOne = inkFraction(ChartExporter.render(TestCharts.stacked(), one));
        double inkTwo = inkFraction(ChartExporter.render(TestCharts.stacked(), two));
        assertTrue(inkTwo > 1.3 * inkOne, "ink at 1x " + inkOne + ", at 2x " + inkTwo);
        // and a 2x render of W×H looks like a 1x render of W/2×H/2 magnified: compare a downsampled pixel
        BufferedImage small = ChartExporter.render(TestCharts.stacked(), new ExportSize(400, 300, 1));
        BufferedImage big = ChartExporter.render(TestCharts.stacked(), two);
        assertEquals(inkFraction(small), inkFraction(big), 0.35 * inkFraction(small));
    }

    @Test
    void svgIsWellFormedXmlWithTheAskedSizeAndViewBox() throws Exception {
        Path file = dir.resolve("chart.svg");
        ChartExporter.writeSvg(TestCharts.stacked(), file, new ExportSize(1280, 720, 2));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals(1280, Double.parseDouble(root.getAttribute("width").replace("px", "")));
        assertEquals(720, Double.parseDouble(root.getAttribute("height").replace("px", "")));
        assertArrayEquals(new double[] {0, 0, 1280, 720}, numbers(root.getAttribute("viewBox")));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(">step t<"), "axis label kept as text");
        assertTrue(text.contains("matrix(2.0,0.0,0.0,2.0,"), "layout magnified by the scale");
    }

    @Test
    void pdfIsAOnePageDocumentOfTheLogicalSizeInPoints() throws Exception {
        Path file = dir.resolve("chart.pdf");
        ChartExporter.writePdf(TestCharts.stacked(), file, new ExportSize(1920, 1080, 2));
        byte[] bytes = Files.readAllBytes(file);
        String head = new String(bytes, 0, 8, StandardCharsets.ISO_8859_1);
        assertTrue(head.startsWith("%PDF-"), head);
        String all = new String(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(all.contains("/MediaBox [0 0 960 540]") || all.contains("/MediaBox [0.0 0.0 960.0 540.0]"),
                "page box: " + all.substring(all.indexOf("/MediaBox"), all.indexOf("/MediaBox") + 40));
        assertTrue(all.contains("/Count 1"));
        assertTrue(all.trim().endsWith("%%EOF"));
        // text as outlines: many path operators, no font resource needed for the symbols
        assertTrue(bytes.length > 5_000);
    }

    @Test
    void formatFollowsTheFileExtension() {
        assertEquals(ChartExporter.Format.PNG, ChartExporter.Format.ofFileName("a/B.PNG"));
        assertEquals(ChartExporter.Format.SVG, ChartExporter.Format.ofFileName("x.svg"));
        assertEquals(ChartExporter.Format.PDF, ChartExporter.Format.ofFileName("x.pdf"));
        assertEquals(null, ChartExporter.Format.ofFileName("x.jpeg"));
    }

    @Test
    void missingFolderGivesAClearMessageAndWritesNothing() {
        Path file = dir.resolve("no-such-folder").resolve("chart.png");
        InputException e = assertThrows(InputException.class,
                () -> ChartExporter.writePng(TestCharts.stacked(), file, new ExportSize(320, 200, 1)));
        assertTrue(e.getMessage().contains("chart.png") && e.getMessage().contains("does not exist"), e.getMessage());
        assertTrue(Files.notExists(file.getParent()));
    }

    @Test
    void aFileInThePlaceOfAFolderGivesAClearMessage() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
        Path file = notAFolder.resolve("chart.svg");
        InputException e = assertThrows(InputException.class,
                () -> ChartExporter.writeSvg(TestCharts.stacked(), file, new ExportSize(320, 200, 1)));
        assertTrue(e.getMessage().contains("is not a folder"), e.getMessage());
    }

    @Test
    void aFolderAsTargetIsRefused() throws Exception {
        Path target = Files.createDirectory(dir.resolve("out.pdf"));
        InputException e = assertThrows(InputException.class,
                () -> ChartExporter.writePdf(TestCharts.stacked(), target, new ExportSize(320, 200, 1)));
        assertTrue(e.getMessage().contains("it is a folder"), e.getMessage());
    }

    @Test
    void overwritingReplacesTheWholeFile() throws Exception {
        Path file = dir.resolve("chart.png");
        Files.write(file, new byte[1_000_000]); // larger than the PNG: no stale tail may remain
        ChartExporter.writePng(TestCharts.stacked(), file, new ExportSize(320, 200, 1));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(file)));
        assertEquals(320, img.getWidth());
        assertTrue(Files.size(file) < 1_000_000);
        assertNoTempFiles();
    }

    private void assertNoTempFiles() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(0, s.filter(p -> p.getFileName().toString().endsWith(".tmp")).count());
        }
    }

    private static double inkFraction(BufferedImage img) {
        long dark = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int lum = ((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255);
                if (lum < 3 * 160) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) img.getWidth() * img.getHeight());
    }

    private static double[] numbers(String s) {
        String[] parts = s.trim().split("[\\s,]+");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = Double.parseDouble(parts[i]);
        }
        assertNotEquals(0, v.length);
        return v;
    }
}
