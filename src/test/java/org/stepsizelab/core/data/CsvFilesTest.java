package org.stepsizelab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.stepsizelab.core.data.DataChecks.assertDataError;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepsizelab.core.Dataset;

class CsvFilesTest {
    @TempDir
    Path dir;

    private String write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p.toString();
    }

    private String writeGz(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return p.toString();
    }

    private static Dataset raw(String path) {
        return DataConfig.of("csv:" + path).normalize(false).load().train();
    }

    @Test
    void headerPlusMinusOneLabelsAndEveryRowByDefault() throws IOException {
        String p = write("a.csv", "x1,x2,label\n1,2,+1\n3,4,-1\r\n\n# a comment\n5,6e-1,1\n");
        Dataset t = raw(p);
        assertEquals(3, t.n());
        assertEquals(2, t.d());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 0.6}, t.x());
        assertArrayEquals(new double[] {1, -1, 1}, t.y());
        assertEquals("csv:" + p, t.name());
        Dataset scaled = DataConfig.of("csv:" + p).load().train();
        assertEquals(1 / Math.sqrt(25 + 0.36), scaled.scale(), 1e-15);
    }

    @Test
    void zeroOneLabelsWithoutHeaderAndGzip() throws IOException {
        String text = "0.5,1,0\n-2,0.25,1\n";
        Dataset plain = raw(write("b.csv", text));
        Dataset gz = raw(writeGz("b.csv.gz", text));
        assertArrayEquals(new double[] {-1, 1}, plain.y());
        assertArrayEquals(plain.x(), gz.x());
        assertArrayEquals(plain.y(), gz.y());
    }

    @Test
    void stringLabelsTheFirstRowIsPositiveUnlessToldOtherwise() throws IOException {
        String p = write("c.csv", "a,b,animal\n1,1,\"dog\"\n2,2,cat\n3,3,dog\n");
        assertArrayEquals(new double[] {1, -1, 1}, raw(p).y());
        Dataset cat = DataConfig.of("csv:" + p).positive("cat").normalize(false).load().train();
        assertArrayEquals(new double[] {-1, 1, -1}, cat.y());
        assertDataError(() -> DataConfig.of("csv:" + p).positive("cow").load(), "positive_label = 'cow'", p,
                "'dog' and 'cat'");
        // numeric labels compare by value, and --positive-label can flip 0/1
        String q = write("d.csv", "1,0.0\n2,1.0\n3,0\n");
        assertArrayEquals(new double[] {-1, 1, -1}, raw(q).y());
        assertArrayEquals(new double[] {1, -1, 1},
                DataConfig.of("csv:" + q).positive("0").normalize(false).load().train().y());
        String r = write("e.csv", "1,2\n2,7\n3,7\n");
        assertArrayEquals(new double[] {1, -1, -1}, raw(r).y(), "two arbitrary numbers: the first row's is +1");
    }

    @Test
    void balancedPickAndTestSplit() throws IOException {
        StringBuilder sb = new StringBuilder("x,y\n");
        for (int i = 0; i < 20; i++) {
            sb.append(i).append(',').append(i % 4 == 0 ? 1 : -1).append('\n'); // 5 positives, 15 negatives
        }
        String p = write("f.csv", sb.toString());
        DataSplit s = DataConfig.of("csv:" + p).n(6).testN(4).normalize(false).load();
        // train: first 3 positives (0,4,8) and first 3 negatives (1,2,3); test: next 2 of each (12,16 and 5,6)
        assertArrayEquals(new double[] {0, 1, 2, 3, 4, 8}, s.train().x());
        assertArrayEquals(new double[] {5, 6, 12, 16}, s.test().x());
        // without --n every other row trains and the split is the last rows of each label
        DataSplit all = DataConfig.of("csv:" + p).testN(4).normalize(false).load();
        assertEquals(16, all.train().n());
        assertArrayEquals(new double[] {12, 16, 18, 19}, all.test().x());
        assertEquals(all.train().scale(), all.test().scale());
        assertNull(DataConfig.of("csv:" + p).load().test());
        // a short side is made up by the other: all 5 positives and 7 negatives
        Dataset twelve = DataConfig.of("csv:" + p).n(12).normalize(false).load().train();
        assertEquals(12, twelve.n());
        assertEquals(5, java.util.Arrays.stream(twelve.y()).filter(v -> v > 0).count());
        assertDataError(() -> DataConfig.of("csv:" + p).n(21).load(), p, "n = 21");
        assertDataError(() -> DataConfig.of("csv:" + p).testN(10).load(), p, "test_n = 10");
    }

    @Test
    void everyBadInputNamesFileLineAndColumn() throws IOException {
        assertDataError(() -> raw(dir.resolve("nope.csv").toString()), "file not found", "nope.csv");
        String nonNumeric = write("g.csv", "1,2,1\n3,abc,-1\n");
        assertDataError(() -> raw(nonNumeric), nonNumeric + " line 2, column 2", "'abc' is not a number");
        String ragged = write("h.csv", "x,y,l\n1,2,1\n3,4,5,-1\n");
        assertDataError(() -> raw(ragged), ragged + " line 3 has 4 columns", "expected 3 as on line 1");
        String nan = write("i.csv", "1,2,1\n3,NaN,-1\n");
        assertDataError(() -> raw(nan), nan + " line 2, column 2", "'NaN' is not a finite number");
        String inf = write("j.csv", "1,2,1\n-inf,4,-1\n");
        assertDataError(() -> raw(inf), inf + " line 2, column 1", "'-inf'");
        String huge = write("k.csv", "1,1e999,1\n3,4,-1\n");
        assertDataError(() -> raw(huge), huge + " line 1, column 2", "'1e999' is not a finite number");
        String oneClass = write("l.csv", "1,2,1\n3,4,1\n");
        assertDataError(() -> raw(oneClass), oneClass, "every row has the label '1'", "two classes");
        String three = write("m.csv", "1,2,a\n3,4,b\n5,6,c\n");
        assertDataError(() -> raw(three), three + " line 3, column 3", "third label value 'c'", "'a' and 'b'");
        String empty = write("n.csv", "x,y\n\n");
        assertDataError(() -> raw(empty), empty, "no data rows");
        String oneColumn = write("o.csv", "1\n2\n");
        assertDataError(() -> raw(oneColumn), oneColumn + " line 1 has 1 column");
        String noLabel = write("p.csv", "1,2,1\n3,4,\n");
        assertDataError(() -> raw(noLabel), noLabel + " line 2, column 3", "label is empty");
        Path truncated = dir.resolve("q.csv.gz");
        byte[] gz = Files.readAllBytes(Path.of(writeGz("full.csv.gz", "1,2,1\n".repeat(500))));
        Files.write(truncated, java.util.Arrays.copyOf(gz, gz.length / 2));
        assertDataError(() -> raw(truncated.toString()), truncated.toString(), "truncated");
        assertDataError(() -> DataConfig.of("csv:").load(), "csv:PATH");
        assertDataError(() -> raw(dir.toString()), "is a directory");
    }
}
