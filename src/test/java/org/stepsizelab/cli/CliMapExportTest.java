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
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --map-png/--map-svg/--map-pdf/--map-step/--map-gif}: the data view drawn headless. */
class CliMapExportTest {
    @TempDir
    Path dir;

    @Test
    void drawsTheDataViewAtTheLastOrAskedStep() throws Exception {
        Path last = dir.resolve("last.png"), five = dir.resolve("five.svg"), pdf = dir.resolve("m.pdf");
        CliRunner.Result r = cli("run", "--steps", "200", "--out", dir.resolve("run").toString(), "-q",
                "--map-png", last.toString(), "--map-size", "500x400", "--map-pdf", pdf.toString());
        assertEquals(0, r.code(), r.toString());
        BufferedImage img = ImageIO.read(last.toFile());
        assertEquals(500, img.getWidth());
        assertEquals(400, img.getHeight());
        assertArrayEquals("%PDF-".getBytes(StandardCharsets.US_ASCII), java.util.Arrays.copyOf(Files.readAllBytes(pdf), 5));
        r = cli("run", "--steps", "200", "--out", dir.resolve("run2").toString(), "-q",
                "--map-svg", five.toString(), "--map-step", "5");
        assertEquals(0, r.code(), r.toString());
        String svg = Files.readString(five);
        assertTrue(svg.contains("at t = 5<"), "the title names the step shown");
        assertTrue(svg.contains("misclassified"), "the error count and legend");
    }

    @Test
    void drawsTheImageViewsForImageDataAndTheMapForAnMlp() throws Exception {
        Path png = dir.resolve("mnist.png"), svg = dir.resolve("mnist.svg"), mlp = dir.resolve("mlp.svg");
        CliRunner.Result r = cli("run", "--dataset", "mnist", "--classes", "3,5", "--n", "40", "--width", "6",
                "--eta", "10", "--steps", "20", "--out", dir.resolve("run").toString(), "-q",
                "--map-png", png.toString(), "--map-svg", svg.toString(), "--map-size", "600x560", "--map-step", "4");
        assertEquals(0, r.code(), r.toString());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(600, img.getWidth());
        String text = Files.readString(svg);
        assertTrue(text.contains("Images and neurons at t = 4<"), "the title names the step shown");
        assertTrue(text.contains("What each neuron looks at"), "the neurons' band");
        assertTrue(text.contains("min = "), "the histogram's minimum");
        assertTrue(text.contains("<image"), "the images are embedded");
        r = cli("run", "--model", "mlp", "--depth", "3", "--width", "10", "--eta", "1", "--steps", "60",
                "--out", dir.resolve("run2").toString(), "-q", "--map-svg", mlp.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(Files.readString(mlp).contains("f(W_t; x) at t = 60<"), "an MLP's map is drawn");
    }

    @Test
    void writesAnAnimatedGifWithLogSpacedFrames() throws Exception {
        Path gif = dir.resolve("run.gif");
        CliRunner.Result r = cli("run", "--steps", "300", "--out", dir.resolve("run").toString(), "-q",
                "--map-gif", gif.toString(), "--map-frames", "12", "--map-size", "240x200");
        assertEquals(0, r.code(), r.toString());
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            int frames = reader.getNumImages(true);
            assertTrue(frames >= 10 && frames <= 12, frames + " frames");
            assertEquals(240, reader.read(0).getWidth());
        }
    }

    @Test
    void badMapOptionsAreRefusedBeforeTheRun() {
        Path out = dir.resolve("run");
        CliRunner.Result r = cli("run", "--steps", "100", "--out", out.toString(), "--map-png",
                dir.resolve("m.png").toString(), "--map-step", "101");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("--map-step") && r.err().contains("0 to the run's 100 steps"), r.err());
        r = cli("run", "--steps", "100", "--out", out.toString(), "--map-step", "5");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no data-view file was asked for"), r.err());
        r = cli("run", "--steps", "100", "--out", out.toString(), "--map-png", dir.resolve("m.jpg").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("must end in .png"), r.err());
        assertFalse(Files.exists(out), "nothing ran");
    }
}
