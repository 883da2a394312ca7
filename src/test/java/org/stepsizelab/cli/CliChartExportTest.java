package org.stepsizelab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepsizelab.cli.CliRunner.cli;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepsizelab.core.preset.Presets;
import org.w3c.dom.Element;

/** {@code run --png/--svg/--pdf/--compare}: the app's chart panel drawn headless, checked before the run. */
class CliChartExportTest {
    @TempDir
    Path dir;

    @Test
    void drawsPngSvgAndPdfOfTheAskedSize() throws Exception {
        Path png = dir.resolve("c.png"), svg = dir.resolve("c.svg"), pdf = dir.resolve("c.pdf");
        CliRunner.Result r = cli("run", "--steps", "300", "--out", dir.resolve("run").toString(),
                "--png", png.toString(), "--png-size", "1280x720", "--scale", "2", "--svg", svg.toString(),
                "--pdf", pdf.toString(), "--log-x", "--title", "XOR");
        assertEquals(0, r.code(), r.toString());
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(1280, img.getWidth());
        assertEquals(720, img.getHeight());
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile()).getDocumentElement();
        assertEquals(1280, Double.parseDouble(root.getAttribute("width").replace("px", "")));
        String svgText = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(svgText.contains(">XOR<"), "the title");
        assertTrue(svgText.contains("EoS phase"), "the panel's legend: the same factory as the app");
        byte[] head = new byte[5];
        System.arraycopy(Files.readAllBytes(pdf), 0, head, 0, 5);
        assertArrayEquals("%PDF-".getBytes(StandardCharsets.US_ASCII), head);
        assertTrue(Files.exists(dir.resolve("run").resolve("metrics.csv")), "the run's files are written as usual");
    }

    @Test
    void thePresetTitleIsTheDefaultChartTitle() throws Exception {
        Path svg = dir.resolve("t.svg");
        Path preset = dir.resolve("p.json");
        Presets.save(preset, Presets.bundled("fig2-xor-small-eta").config().withSteps(20), "My title", "d");
        CliRunner.Result r = cli("run", "--preset", preset.toString(), "--out", dir.resolve("run").toString(),
                "--svg", svg.toString(), "--png-size", "800x500");
        assertEquals(0, r.code(), r.toString());
        assertTrue(Files.readString(svg, StandardCharsets.UTF_8).contains(">My title<"));
    }

    @Test
    void comparedPresetsAreOverlaidWithTheirLegend() throws Exception {
        Path small = dir.resolve("small.json");
        Presets.save(small, Presets.bundled("fig2-xor-small-eta").config().withSteps(200), null, null);
        Path svg = dir.resolve("cmp.svg");
        CliRunner.Result r = cli("run", "--steps", "200", "--out", dir.resolve("run").toString(),
                "--svg", svg.toString(), "--compare", small.toString());
        assertEquals(0, r.code(), r.toString());
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains(">η=10⁴, m=20, softplus c=½<"), "the run's legend entry");
        assertTrue(text.contains(">η=1, m=20, softplus c=½<"), "the compared run's legend entry");
    }

    @Test
    void aBadSizeIsRefusedBeforeTheRun() {
        Path out = dir.resolve("run");
        CliRunner.Result r = cli("run", "--out", out.toString(), "--png", dir.resolve("a.png").toString(),
                "--png-size", "1920by1080");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("--png-size") && r.err().contains("1920by1080") && r.err().contains("WIDTHxHEIGHT"),
                r.err());
        assertTrue(Files.notExists(out), "nothing ran");
    }

    @Test
    void aChartFileWithTheWrongExtensionIsRefusedBeforeTheRun() {
        Path out = dir.resolve("run");
        CliRunner.Result r = cli("run", "--out", out.toString(), "--png", dir.resolve("fig.jpg").toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("--png") && r.err().contains("fig.jpg") && r.err().contains(".png"), r.err());
        assertTrue(Files.notExists(out), "nothing ran");
        assertTrue(Files.notExists(dir.resolve("fig.jpg")));
    }

    @Test
    void aSizeOutOfRangeNamesTheOption() {
        CliRunner.Result r = cli("run", "--out", dir.resolve("run").toString(), "--png",
                dir.resolve("a.png").toString(), "--png-size", "100000x20");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("option --png-size 100000x20") && r.err().contains("64 to 16384"), r.err());
    }

    @Test
    void aScaleOutOfRangeIsRefused() {
        CliRunner.Result r = cli("run", "--out", dir.resolve("run").toString(), "--png",
                dir.resolve("a.png").toString(), "--scale", "8");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("--scale") && r.err().contains("1 to 4"), r.err());
    }

    @Test
    void anUnwritableChartPathIsRefusedBeforeTheRun() {
        Path out = dir.resolve("run");
        CliRunner.Result r = cli("run", "--out", out.toString(), "--pdf", dir.resolve("missing/c.pdf").toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("c.pdf") && r.err().contains("does not exist"), r.err());
        assertTrue(Files.notExists(out));
        assertTrue(!r.err().contains("Exception"), "no stack trace");
    }

    @Test
    void aBadComparedPresetIsNamedBeforeTheRun() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"etaa\": 3}");
        Path out = dir.resolve("run");
        CliRunner.Result r = cli("run", "--out", out.toString(), "--png", dir.resolve("a.png").toString(),
                "--compare", bad.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("bad.json") && r.err().contains("etaa") && r.err().contains("eta"), r.err());
        assertTrue(Files.notExists(out));
    }

    @Test
    void chartOptionsWithoutAChartFileAreAMistake() {
        CliRunner.Result r = cli("run", "--out", dir.resolve("run").toString(), "--scale", "2");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("--scale") && r.err().contains("--png FILE"), r.err());
    }
}
