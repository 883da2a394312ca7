package org.stepsizelab.core.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.config.ConfigKey;
import org.stepsizelab.core.model.NeuronMetrics;
import org.stepsizelab.core.model.TwoLayerNet;

/** weights.npz read back (by this test's own NPY reader, and by numpy when it is installed) and neurons.csv. */
class WeightOutputsTest {
    @TempDir
    Path dir;

    private static final RunConfig XOR = RunConfig.defaults().with(ConfigKey.STEPS, 30L).with(ConfigKey.WIDTH, 3)
            .with(ConfigKey.EVERY, 4);

    record Npy(long[] shape, ByteBuffer data) {}

    static Map<String, Npy> readNpz(Path file) throws IOException {
        Map<String, Npy> out = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                byte[] bytes = zip.readAllBytes();
                assertEquals((byte) 0x93, bytes[0]);
                assertEquals("NUMPY", new String(bytes, 1, 5, StandardCharsets.US_ASCII));
                int hlen = (bytes[8] & 0xff) | (bytes[9] & 0xff) << 8;
                assertEquals(0, (10 + hlen) % 64, "data aligned to 64 bytes");
                String header = new String(bytes, 10, hlen, StandardCharsets.US_ASCII);
                String shape = header.substring(header.indexOf("'shape': (") + 10, header.indexOf(')'));
                long[] dims = java.util.Arrays.stream(shape.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .mapToLong(Long::parseLong).toArray();
                out.put(e.getName().replace(".npy", ""), new Npy(dims,
                        ByteBuffer.wrap(bytes, 10 + hlen, bytes.length - 10 - hlen).slice().order(ByteOrder.LITTLE_ENDIAN)));
            }
        }
        return out;
    }

    @Test
    void weightsNpzHoldsTheSnapshotsAndNeuronsCsvTheirMetrics() throws Exception {
        Path out = dir.resolve("run");
        RunResult r = RunWriter.run(XOR, out, rec -> { }, () -> false, List.of(), new RunWriter.Outputs(true, 7));
        Map<String, Npy> npz = readNpz(out.resolve("weights.npz"));
        assertArrayEquals(new long[] {6}, npz.get("steps").shape());
        long[] steps = new long[6];
        for (int i = 0; i < 6; i++) {
            steps[i] = npz.get("steps").data().getLong(8 * i);
        }
        assertArrayEquals(new long[] {0, 7, 14, 21, 28, 30}, steps);
        Npy w = npz.get("W");
        assertArrayEquals(new long[] {6, 3, 2}, w.shape());
        double[] first = new double[6], last = new double[6];
        for (int k = 0; k < 6; k++) {
            first[k] = w.data().getDouble(8 * k);
            last[k] = w.data().getDouble(8 * (30 + k));
        }
        assertArrayEquals(r.trainer().initialWeights(), first);
        assertArrayEquals(r.trainer().weights(), last);

        // neurons.csv: at the rows metrics.csv holds (every 4th and the last), m rows each
        List<String> lines = Files.readAllLines(out.resolve("neurons.csv"));
        assertEquals(NeuronsCsv.HEADER, lines.get(0));
        assertEquals(1 + 3 * 9, lines.size()); // steps 0,4,…,28 and 30
        TwoLayerNet net = (TwoLayerNet) r.trainer().model();
        NeuronMetrics atLast = NeuronMetrics.of(30, net, last, r.data().train());
        for (int j = 0; j < 3; j++) {
            String[] cells = lines.get(lines.size() - 3 + j).split(",");
            assertEquals("30", cells[0]);
            assertEquals(j, Integer.parseInt(cells[1]));
            assertEquals(TwoLayerNet.sign(j), Double.parseDouble(cells[2]));
            assertEquals(atLast.norm()[j], Double.parseDouble(cells[3]));
            assertEquals(atLast.margin()[j], Double.parseDouble(cells[4]));
        }
        try (var files = Files.list(out)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".raw")), "scratch files removed");
        }
    }

    @Test
    void numpyLoadsTheNpzAsItIs() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "no /usr/bin/python3");
        Path out = dir.resolve("np");
        RunResult r = RunWriter.run(XOR, out, rec -> { }, () -> false, List.of(), new RunWriter.Outputs(false, 10));
        Process p = new ProcessBuilder(python.toString(), "-c",
                "import numpy as np, sys\n"
                        + "z = np.load(sys.argv[1])\n"
                        + "print(z['steps'].dtype, list(z['steps']), z['W'].dtype, z['W'].shape, repr(float(z['W'][-1, 2, 1])))",
                out.resolve("weights.npz").toString()).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String text;
        try (InputStream in = p.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        assumeTrue(!text.contains("No module named 'numpy'"), "numpy not installed");
        assertEquals(0, p.exitValue(), text);
        int cut = text.lastIndexOf(' ');
        assertEquals("int64 [0, 10, 20, 30] float64 (4, 3, 2)", text.substring(0, cut));
        assertEquals(r.trainer().weights()[5], Double.parseDouble(text.substring(cut + 1)));
    }
}
