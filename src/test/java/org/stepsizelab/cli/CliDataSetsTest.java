package org.stepsizelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepsizelab.cli.CliRunner.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.config.ConfigCodec;
import org.stepsizelab.core.data.DataMargin;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.data.Datasets;

/** Every data set through {@code run}: dataset.csv is exactly the training data, summary.json has γ and the scale. */
class CliDataSetsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path files;

    static Stream<Arguments> everyDataSet() throws IOException {
        Path csv = Files.writeString(files.resolve("points.csv"), "u,v,kind\n1,2,a\n-1,-2,b\n2,0.5,a\n-2,-1,b\n");
        ByteBuffer img = ByteBuffer.allocate(16 + 8 * 4).putInt(0x803).putInt(8).putInt(2).putInt(2);
        ByteBuffer lab = ByteBuffer.allocate(8 + 8).putInt(0x801).putInt(8);
        byte[] cifar = new byte[6 * 3073];
        for (int r = 0; r < 8; r++) {
            for (int k = 0; k < 4; k++) {
                img.put((byte) (10 * r + k + (r % 2) * 100));
            }
            lab.put((byte) (r % 2));
        }
        for (int r = 0; r < 6; r++) {
            cifar[r * 3073] = (byte) (r % 2);
            for (int k = 1; k < 3073; k++) {
                cifar[r * 3073 + k] = (byte) (r * 7 + k);
            }
        }
        Path images = Files.write(files.resolve("img.idx"), img.array());
        Path labels = Files.write(files.resolve("lab.idx"), lab.array());
        Path batch = Files.write(files.resolve("batch.bin"), cifar);
        List<Arguments> all = new ArrayList<>();
        for (String name : Datasets.NAMES) {
            boolean images_ = List.of("mnist", "fashion", "cifar").contains(name);
            all.add(Arguments.of(name, images_ ? List.of("--n", "60", "--test-n", "20") : List.of()));
        }
        all.add(Arguments.of("lower-bound", List.of("--margin", "0.08", "--init-scale", "0")));
        all.add(Arguments.of("separable", List.of("--n", "12", "--dim", "5", "--margin", "0.2", "--test-n", "6")));
        all.add(Arguments.of("moons", List.of("--noise", "0.2", "--no-normalize", "--test-n", "10")));
        all.add(Arguments.of("mnist", List.of("--classes", "0,1,2,3,4:5,6,7,8,9", "--n", "40")));
        all.add(Arguments.of("csv:" + csv, List.of("--positive-label", "b")));
        all.add(Arguments.of("idx:" + images + "," + labels, List.of("--n", "4", "--test-n", "4")));
        all.add(Arguments.of("cifar:" + batch, List.of("--n", "6", "--classes", "1,0")));
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("everyDataSet")
    void runsAndWritesExactlyTheTrainingData(String dataset, List<String> options, @TempDir Path dir)
            throws IOException {
        Path out = dir.resolve("out");
        List<String> args = new ArrayList<>(List.of("run", "--dataset", dataset, "--steps", "20", "--eta", "2",
                "--out", out.toString()));
        args.addAll(options);
        CliRunner.Result r = cli(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.toString());

        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        RunConfig cfg = ConfigCodec.parse(summary.get("config").toString(), "summary.json");
        DataSplit split = Datasets.load(cfg);
        Dataset train = split.train();
        List<String> rows = Files.readAllLines(out.resolve("dataset.csv"));
        assertEquals(train.n() + 1, rows.size());
        for (int i = 0; i < train.n(); i++) {
            String[] cells = rows.get(i + 1).split(",");
            assertEquals(train.d() + 1, cells.length);
            for (int k = 0; k < train.d(); k++) {
                assertEquals(train.x()[i * train.d() + k], Double.parseDouble(cells[k]), 0.0);
            }
            assertEquals(train.y()[i], Double.parseDouble(cells[train.d()]), 0.0);
        }
        assertEquals(train.scale(), summary.get("data_scale").asDouble(), 0.0);
        DataMargin m = DataMargin.of(train);
        assertTrue(m.computed(), m.reason());
        assertEquals(m.value().getAsDouble(), summary.get("data_margin").asDouble(), 0.0);
        if (dataset.equals("xor") || dataset.equals("moons")) {
            assertEquals(0.0, summary.get("data_margin").asDouble());
        }
        if (dataset.equals("lower-bound")) {
            assertEquals(options.contains("0.08") ? 0.08 : 0.05, summary.get("data_margin").asDouble(), 1e-12);
        }
        List<String> metrics = Files.readAllLines(out.resolve("metrics.csv"));
        String[] last = metrics.get(metrics.size() - 1).split(",", -1);
        assertEquals(split.hasTest(), !last[last.length - 1].isEmpty(), "test accuracy at the last step");
    }

    @Test
    void badDataFilesExitWithTwoAndOneLine(@TempDir Path dir) throws IOException {
        Path ragged = Files.writeString(dir.resolve("ragged.csv"), "1,2,1\n3,-1\n");
        Path out = dir.resolve("out");
        for (List<String> bad : List.of(
                List.of("--dataset", "csv:" + ragged),
                List.of("--dataset", "csv:" + dir.resolve("none.csv")),
                List.of("--dataset", "mnist", "--classes", "0,11"),
                List.of("--dataset", "cifar", "--test-n", "500"),
                List.of("--dataset", "xor", "--test-n", "4"))) {
            List<String> args = new ArrayList<>(List.of("run", "--steps", "5", "--out", out.toString()));
            args.addAll(bad);
            CliRunner.Result r = cli(args.toArray(String[]::new));
            assertEquals(2, r.code(), r.toString());
            String line = r.err().strip();
            assertFalse(line.isEmpty() || line.contains("\n") || line.contains("Exception"), r.toString());
            assertFalse(Files.exists(out), "no partial output");
        }
    }
}
