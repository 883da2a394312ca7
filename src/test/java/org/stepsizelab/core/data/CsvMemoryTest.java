package org.stepsizelab.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.config.ConfigCodec;

/**
 * Reading a CSV costs about the memory of its numbers: a file of 1,000,000 rows × 4 features (19 MB
 * of text, 32 MB of doubles) loads in a JVM limited to 80 MB of heap. The old reader (the whole text,
 * a String per line and a double[] and a label object per row) needed several times that.
 */
class CsvMemoryTest {

    @TempDir
    Path dir;

    /** Loads the file named by args[0] without scaling and prints "n d". */
    public static void main(String[] args) {
        Dataset d = Datasets.load(ConfigCodec.parse("{\"dataset\": \"csv:" + args[0] + "\", \"normalize\": false}",
                "probe")).train();
        System.out.println(d.n() + " " + d.d());
    }

    @Test
    void aMillionRowsLoadInLittleMoreThanTheirNumbers() throws Exception {
        Path csv = dir.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("a,b,c,d,label\n");
            for (int i = 0; i < 1_000_000; i++) {
                int s = i % 2 == 0 ? 1 : -1;
                w.write((s * (i % 7 + 1)) + ".5," + (i % 13) + ",-0.25," + (s * 3) + "," + (s > 0 ? "1" : "0") + "\n");
            }
        }
        Path out = dir.resolve("out.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx80m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                CsvMemoryTest.class.getName(), csv.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the probe ends");
        List<String> lines = Files.readAllLines(out);
        assertEquals(0, p.exitValue(), String.join("\n", lines));
        assertTrue(lines.contains("1000000 4"), String.join("\n", lines));
    }
}
