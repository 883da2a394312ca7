package org.stepsizelab.core.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepsizelab.core.RunConfig;

/** The recipe codecs on their own: each format keeps the text exactly, and other readers still read the file. */
class PictureRecipesTest {
    @TempDir
    Path dir;

    private static FigureRecipe recipe() {
        RunConfig large = Presets.bundled("fig2-xor-large-eta").config();
        RunConfig small = Presets.bundled("fig2-xor-small-eta").config();
        return FigureRecipe.of(large, "Fig. 2 · η = 10⁴ ‖w‖ γ̄ ]]> \"quoted\"", List.of(small));
    }

    @Test
    void jsonRoundTripKeepsEveryConfiguration() {
        FigureRecipe r = recipe();
        FigureRecipe back = FigureRecipe.parse(r.toJson(), "test", "fig");
        assertEquals(r.main().config(), back.main().config());
        assertEquals(r.main().title(), back.main().title());
        assertEquals(List.of(r.compared().get(0).config()), back.compared().stream().map(Preset::config).toList());
        assertTrue(!r.toJson().contains("\n"), "one line");
    }

    @Test
    void pngTextChunkRoundTripsAndImageIoStillReadsThePicture() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB), "png", out);
        byte[] png = PictureRecipes.embedPng(out.toByteArray(), recipe());
        assertEquals(recipe().toJson(), PngText.text(png, PictureRecipes.PNG_KEYWORD));
        assertEquals(3, ImageIO.read(new java.io.ByteArrayInputStream(png)).getWidth(), "a valid PNG (CRC checked)");
        assertNull(PngText.text(out.toByteArray(), PictureRecipes.PNG_KEYWORD), "a plain PNG has none");
    }

    @Test
    void svgMetadataSurvivesTheCdataTerminator() {
        String svg = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2\"><g/></svg>\n";
        String with = PictureRecipes.embedSvg(svg, recipe());
        assertEquals(recipe().toJson(), SvgMetadata.text(with));
        assertTrue(with.indexOf("<metadata") > with.indexOf("<svg"));
    }

    @Test
    void pdfInfoIsAnIncrementalUpdateThatPdfReadersAccept() throws Exception {
        org.jfree.pdf.PDFDocument doc = new org.jfree.pdf.PDFDocument();
        doc.createPage(new java.awt.geom.Rectangle2D.Double(0, 0, 100, 50)).getGraphics2D().drawLine(0, 0, 10, 10);
        byte[] original = doc.getPDFBytes();
        byte[] pdf = PictureRecipes.embedPdf(original, "Fig. 2 · η = 10⁴", recipe());
        assertEquals(recipe().toJson(), PdfInfo.text(pdf, PdfInfo.RECIPE_KEY));
        assertEquals(new String(original, StandardCharsets.ISO_8859_1),
                new String(pdf, 0, original.length, StandardCharsets.ISO_8859_1), "the original bytes are untouched");

        // poppler, where installed, must read the updated document and its new title
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdfinfo")), "pdfinfo not installed");
        Path file = dir.resolve("f.pdf");
        Files.write(file, pdf);
        Process p = new ProcessBuilder("/usr/bin/pdfinfo", file.toString()).redirectErrorStream(true).start();
        String info = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), info);
        assertTrue(info.contains("Fig. 2 · η = 10⁴"), info);
        assertTrue(!info.toLowerCase().contains("error"), info);
    }
}
