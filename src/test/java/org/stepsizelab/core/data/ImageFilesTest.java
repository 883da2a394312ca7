package org.stepsizelab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepsizelab.core.data.DataChecks.assertBalanced;
import static org.stepsizelab.core.data.DataChecks.assertDataError;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepsizelab.core.Dataset;

/** User IDX (MNIST-format) and CIFAR-10 binary files: good ones, gzipped or not, and every kind of bad one. */
class ImageFilesTest {
    @TempDir
    Path dir;

    /** count images of 2×3 pixels; image r has pixel values r*6 + k; labels r mod 3. */
    private static byte[] idxImages(int count, int magic) {
        ByteBuffer b = ByteBuffer.allocate(16 + count * 6);
        b.putInt(magic).putInt(count).putInt(2).putInt(3);
        for (int r = 0; r < count; r++) {
            for (int k = 0; k < 6; k++) {
                b.put((byte) (r * 6 + k));
            }
        }
        return b.array();
    }

    private static byte[] idxLabels(int count, int magic) {
        ByteBuffer b = ByteBuffer.allocate(8 + count);
        b.putInt(magic).putInt(count);
        for (int r = 0; r < count; r++) {
            b.put((byte) (r % 3));
        }
        return b.array();
    }

    /** count CIFAR records; record r has label r mod 4 and pixels (r + k) mod 256. */
    private static byte[] cifar(int count) {
        byte[] b = new byte[count * 3073];
        for (int r = 0; r < count; r++) {
            b[r * 3073] = (byte) (r % 4);
            for (int k = 0; k < 3072; k++) {
                b[r * 3073 + 1 + k] = (byte) ((r + k) % 256);
            }
        }
        return b;
    }

    private String file(String name, byte[] bytes, boolean gzip) throws IOException {
        Path p = dir.resolve(name);
        if (gzip) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
                out.write(bytes);
            }
        } else {
            Files.write(p, bytes);
        }
        return p.toString();
    }

    @Test
    void idxFilesLoadGzippedOrNot() throws IOException {
        for (boolean gz : new boolean[] {false, true}) {
            String img = file("img" + gz, idxImages(30, 0x803), gz);
            String lab = file("lab" + gz, idxLabels(30, 0x801), gz);
            DataSplit s = DataConfig.of("idx:" + img + "," + lab).classes("2,0").n(6).testN(4).normalize(false).load();
            Dataset t = s.train();
            assertEquals(6, t.n());
            assertEquals(6, t.d());
            assertBalanced(t);
            // class 2 (+1): records 2, 5, 8; class 0 (−1): records 0, 3, 6 — in file order
            assertArrayEquals(new double[] {-1, 1, -1, 1, -1, 1}, t.y());
            for (int k = 0; k < 6; k++) {
                assertEquals((5 * 6 + k) / 255.0, t.x()[3 * 6 + k], 0, "4th training row is record 5");
            }
            // test: the next two of each (records 9, 12 and 11, 14)
            assertEquals(9 * 6 / 255.0, s.test().x()[0], 0);
            assertEquals(11 * 6 / 255.0, s.test().x()[6], 0);
            assertBalanced(s.test());
        }
    }

    @Test
    void cifarBatchLoadsGzippedOrNot() throws IOException {
        for (boolean gz : new boolean[] {false, true}) {
            String p = file("batch" + gz + ".bin", cifar(12), gz);
            Dataset t = DataConfig.of("cifar:" + p).classes("1,3").n(4).normalize(false).load().train();
            assertEquals(4, t.n());
            assertEquals(3072, t.d());
            assertArrayEquals(new double[] {1, -1, 1, -1}, t.y()); // records 1, 3, 5, 7
            assertEquals(3 / 255.0, t.x()[3072], 0, "record 3's first pixel");
            assertEquals(((7 + 3071) % 256) / 255.0, t.x()[4 * 3072 - 1], 0);
        }
    }

    /** A small file of the user's own with the default --n 1000: the message says the 1000 was a default. */
    @Test
    void aSmallFileUnderTheDefaultNSaysSo() throws IOException {
        String img = file("small-img", idxImages(30, 0x803), false);
        String lab = file("small-lab", idxLabels(30, 0x801), false);
        DataException e = assertThrows(DataException.class,
                () -> DataConfig.of("idx:" + img + "," + lab).classes("0,1").load());
        assertTrue(e.getMessage().contains("has 10 images of class 0"), e.getMessage());
        assertTrue(e.getMessage().contains("n = 1000 (the default; a smaller n fits) needs 500"), e.getMessage());
        DataException typed = assertThrows(DataException.class,
                () -> DataConfig.of("idx:" + img + "," + lab).classes("0,1").n(40).load());
        assertTrue(typed.getMessage().contains("n = 40 needs 20"), typed.getMessage());
    }

    @Test
    void missingFiles() throws IOException {
        String lab = file("lab", idxLabels(3, 0x801), false);
        String missing = dir.resolve("missing-images").toString();
        assertDataError(() -> DataConfig.of("idx:" + missing + "," + lab).load(), "file not found", missing);
        String img = file("img", idxImages(3, 0x803), false);
        assertDataError(() -> DataConfig.of("idx:" + img + "," + missing).load(), "file not found", missing);
        assertDataError(() -> DataConfig.of("cifar:" + missing).load(), "file not found", missing);
        assertDataError(() -> DataConfig.of("idx:" + img).load(), "idx:IMAGES,LABELS");
    }

    @Test
    void wrongMagicNumbers() throws IOException {
        String img = file("img", idxImages(3, 0x803), false);
        String lab = file("lab", idxLabels(3, 0x801), false);
        assertDataError(() -> DataConfig.of("idx:" + lab + "," + img).load(), lab, "magic number 2049", "expected 2051");
        String badLab = file("badlab", idxLabels(3, 0x803), false);
        assertDataError(() -> DataConfig.of("idx:" + img + "," + badLab).load(), badLab, "magic number 2051",
                "expected 2049");
        String csvAsIdx = file("text", "1,2,3\n".getBytes(), false);
        assertDataError(() -> DataConfig.of("idx:" + csvAsIdx + "," + lab).load(), csvAsIdx, "magic number");
    }

    @Test
    void truncatedFiles() throws IOException {
        byte[] full = idxImages(10, 0x803);
        String img = file("img", Arrays.copyOf(full, full.length - 7), false);
        String lab = file("lab", idxLabels(10, 0x801), false);
        assertDataError(() -> DataConfig.of("idx:" + img + "," + lab).load(), img, "truncated", "10 images",
                "image 8");
        String shortHeader = file("hdr", Arrays.copyOf(full, 10), false);
        assertDataError(() -> DataConfig.of("idx:" + shortHeader + "," + lab).load(), shortHeader, "truncated",
                "16-byte header");
        String okImg = file("okimg", full, false);
        byte[] labels = idxLabels(10, 0x801);
        String shortLab = file("shortlab", Arrays.copyOf(labels, labels.length - 1), false);
        assertDataError(() -> DataConfig.of("idx:" + okImg + "," + shortLab).load(), shortLab, "truncated",
                "10 labels");
        // a gzip stream cut in half
        Path gz = Path.of(file("full.gz", idxImages(200, 0x803), true));
        byte[] g = Files.readAllBytes(gz);
        String cut = file("cut.gz", Arrays.copyOf(g, g.length / 2), false);
        assertDataError(() -> DataConfig.of("idx:" + cut + "," + lab).load(), cut, "truncated");
        String cifarCut = file("c.bin", Arrays.copyOf(cifar(3), 3 * 3073 - 100), false);
        assertDataError(() -> DataConfig.of("cifar:" + cifarCut).load(), cifarCut, "truncated", "record 2",
                "3,073-byte");
        String emptyCifar = file("e.bin", new byte[0], false);
        assertDataError(() -> DataConfig.of("cifar:" + emptyCifar).load(), emptyCifar, "empty");
    }

    @Test
    void mismatchedCounts() throws IOException {
        String img = file("img", idxImages(10, 0x803), false);
        String lab = file("lab", idxLabels(9, 0x801), false);
        assertDataError(() -> DataConfig.of("idx:" + img + "," + lab).load(), img + " has 10 images",
                lab + " has 9 labels");
    }

    @Test
    void unknownClassIndexOneClassAndBadLabelBytes() throws IOException {
        String img = file("img", idxImages(10, 0x803), false);
        String lab = file("lab", idxLabels(10, 0x801), false);
        String idx = "idx:" + img + "," + lab;
        assertDataError(() -> DataConfig.of(idx).classes("0,5").load(), "class 5", "does not occur in " + idx,
                "0, 1, 2");
        assertDataError(() -> DataConfig.of(idx).load().train(), img, "4 images of class 0", "n = 1000", "500");
        String c = file("c.bin", cifar(8), false);
        assertDataError(() -> DataConfig.of("cifar:" + c).classes("0,7").load(), "class 7", "0, 1, 2, 3");
        byte[] bad = cifar(4);
        bad[2 * 3073] = 12;
        String badLabel = file("bad.bin", bad, false);
        assertDataError(() -> DataConfig.of("cifar:" + badLabel).load(), badLabel, "record 2", "label 12", "0–9");
        // a file whose records all have one class cannot give a −1 side
        byte[] one = cifar(4);
        for (int r = 0; r < 4; r++) {
            one[r * 3073] = 0;
        }
        String oneClass = file("one.bin", one, false);
        assertDataError(() -> DataConfig.of("cifar:" + oneClass).load(), "class 1", "does not occur");
    }
}
