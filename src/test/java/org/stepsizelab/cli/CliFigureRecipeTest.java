package org.stepsizelab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepsizelab.cli.CliRunner.cli;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exported figures carry their recipe: {@code run --preset FIGURE} re-runs them to the same metrics. */
class CliFigureRecipeTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"png", "svg", "pdf"})
    void aFigureReRunsToAByteIdenticalMetricsCsv(String format) throws Exception {
        Path fig = dir.resolve("fig." + format);
        CliRunner.Result first = cli("run", "--dataset", "gaussian", "--n", "40", "--width", "8", "--eta", "30",
                "--steps", "400", "--seed", "7", "--activation", "gelu", "--leak", "0.25", "--every", "3",
                "--out", dir.resolve("a").toString(), "--" + format, fig.toString(), "--png-size", "900x600");
        assertEquals(0, first.code(), first.toString());

        CliRunner.Result again = cli("run", "--preset", fig.toString(), "--out", dir.resolve("b").toString());
        assertEquals(0, again.code(), again.toString());
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/metrics.csv")), Files.readAllBytes(dir.resolve("b/metrics.csv")),
                "the figure's recipe re-runs the same trajectory");
    }

    @Test
    void thePngStaysAnOrdinaryPictureAndTheSvgStaysWellFormed() throws Exception {
        Path png = dir.resolve("f.png"), svg = dir.resolve("f.svg");
        CliRunner.Result r = cli("run", "--steps", "50", "--out", dir.resolve("r").toString(), "--png", png.toString(),
                "--svg", svg.toString(), "--png-size", "640x400");
        assertEquals(0, r.code(), r.toString());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(640, img.getWidth(), "ImageIO still reads the PNG with its text chunk");
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertTrue(text.contains("<metadata id=\"stepsize-lab-recipe\">"), "SVG metadata element");
        assertTrue(text.contains("\"eta\":10000.0"), "the configuration is readable in the SVG");
    }

    @Test
    void comparedRunsAreDrawnAgainFromTheFigure() throws Exception {
        Path fig = dir.resolve("cmp.svg");
        CliRunner.Result r = cli("run", "--steps", "100", "--out", dir.resolve("r").toString(), "--svg", fig.toString(),
                "--compare", "fig2-xor-small-eta", "--png-size", "800x500");
        assertEquals(0, r.code(), r.toString());
        Path again = dir.resolve("again.svg");
        CliRunner.Result r2 = cli("run", "--preset", fig.toString(), "--out", dir.resolve("r2").toString(),
                "--svg", again.toString(), "--png-size", "800x500");
        assertEquals(0, r2.code(), r2.toString());
        String text = Files.readString(again, StandardCharsets.UTF_8);
        assertTrue(text.contains("η=1, m=20"), "the compared small-η run is overlaid again: its legend entry");
    }

    @Test
    void optionsStillOverrideAFiguresRecipe() throws Exception {
        Path fig = dir.resolve("f.png");
        assertEquals(0, cli("run", "--steps", "60", "--out", dir.resolve("r").toString(), "--png", fig.toString(),
                "--png-size", "640x400").code());
        CliRunner.Result r = cli("run", "--preset", fig.toString(), "--steps", "20", "--out", dir.resolve("s").toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals(22, Files.readAllLines(dir.resolve("s/metrics.csv")).size(), "header + steps 0..20");
    }

    @Test
    void aPictureFromAnotherToolGetsAClearError() throws Exception {
        Path plain = dir.resolve("photo.png");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", plain.toFile());
        CliRunner.Result r = cli("run", "--preset", plain.toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("photo.png: this PNG carries no Stepsize Lab recipe"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(dir.resolve("x")), "nothing written");

        Path fake = dir.resolve("notes.pdf");
        Files.writeString(fake, "just text");
        CliRunner.Result r2 = cli("run", "--preset", fake.toString(), "--out", dir.resolve("y").toString());
        assertEquals(2, r2.code(), r2.toString());
        assertTrue(r2.err().contains("notes.pdf: not a PNG, SVG or PDF picture"), r2.err());
    }
}
