package org.stepsizelab.core.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stepsizelab.core.Dataset;

/** The two small CSV files of a run: {@code dataset.csv} (what was trained on) and {@code init.csv} (W0). */
public final class DataCsv {
    private DataCsv() {}

    /** Header {@code x1,…,xd,y}; one row per point, exactly the features trained on (after scaling). */
    public static void writeDataset(Dataset data, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            for (int k = 1; k <= data.d(); k++) {
                line.append('x').append(k).append(',');
            }
            out.append(line.append("y\n"));
            for (int i = 0; i < data.n(); i++) {
                line.setLength(0);
                for (int k = 0; k < data.d(); k++) {
                    line.append(data.x()[i * data.d() + k]).append(',');
                }
                line.append(data.y()[i] > 0 ? "1" : "-1").append('\n');
                out.append(line);
            }
        }
    }

    /**
     * Header {@code a,w1,…,wd}; one row per neuron j: its fixed outer sign a_j (±1), then row j of
     * W0 (m×d, row-major) at full precision.
     */
    public static void writeInit(double[] outerSigns, double[] w0, int d, Path file) throws IOException {
        int m = outerSigns.length;
        if (w0.length != m * d) {
            throw new IllegalArgumentException("W0 has " + w0.length + " entries, expected m·d = " + m * d);
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder("a");
            for (int k = 1; k <= d; k++) {
                line.append(",w").append(k);
            }
            out.append(line.append('\n'));
            for (int j = 0; j < m; j++) {
                line.setLength(0);
                line.append(outerSigns[j] > 0 ? "1" : "-1");
                for (int k = 0; k < d; k++) {
                    line.append(',').append(w0[j * d + k]);
                }
                out.append(line.append('\n'));
            }
        }
    }
}
