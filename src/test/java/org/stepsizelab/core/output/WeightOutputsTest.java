package org.stepsizelab.core.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

    @Test
    void weightsNpzHoldsTheSnapshotsAndNeuronsCsvTheirMetrics() throws Exception {
        Path out = dir.resolve("run");
        RunResult r = RunWriter.run(XOR, out, rec -> { }, () -> false, List.of(), new RunWriter.Outputs(true, 7));
        Map<String, NpzFiles.Array> npz = NpzFiles.read(out.resolve("weights.npz"));
        assertArrayEquals(new long[] {6}, npz.get("steps").shape());
        long[] steps = new long[6];
        for (int i = 0; i < 6; i++) {
            steps[i] = npz.get("steps").data().getLong(8 * i);
        }
        assertArrayEquals(new long[] {0, 7, 14, 21, 28, 30}, steps);
        assertEquals(List.of("steps", "W"), List.copyOf(npz.keySet()), "the two-layer file: steps and W only");
        assertEquals("<i8", npz.get("steps").dtype());
        assertEquals("<f8", npz.get("W").dtype());
        NpzFiles.Array w = npz.get("W");
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
        String text = numpyPrints(python, out.resolve("weights.npz"),
                "print(z['steps'].dtype, list(z['steps']), z['W'].dtype, z['W'].shape, repr(float(z['W'][-1, 2, 1])))");
        int cut = text.lastIndexOf(' ');
        assertEquals("int64 [0, 10, 20, 30] float64 (4, 3, 2)", text.substring(0, cut));
        assertEquals(r.trainer().weights()[5], Double.parseDouble(text.substring(cut + 1)));
    }

    private static final RunConfig MLP = RunConfig.defaults().with(ConfigKey.DATASET, "gaussian").with(ConfigKey.N, 30)
            .with(ConfigKey.MODEL, "mlp").with(ConfigKey.WIDTHS, List.of(5, 4)).with(ConfigKey.ACTIVATION, "gelu")
            .with(ConfigKey.LEAK, 0.0).with(ConfigKey.ETA, 2.0).with(ConfigKey.STEPS, 23L);

    @Test
    void anMlpWritesEveryLayerW1ToWLAsSnapshotsByOutByIn() throws Exception {
        Path out = dir.resolve("mlp");
        RunResult r = RunWriter.run(MLP, out, rec -> { }, () -> false, List.of(), new RunWriter.Outputs(false, 10));
        Map<String, NpzFiles.Array> npz = NpzFiles.read(out.resolve("weights.npz"));
        assertEquals(List.of("steps", "W1", "W2", "W3"), List.copyOf(npz.keySet()));
        assertArrayEquals(new long[] {4}, npz.get("steps").shape());
        for (int i = 0; i < 4; i++) {
            assertEquals(new long[] {0, 10, 20, 23}[i], npz.get("steps").getLong(i));
        }
        // W1: 5 × 2, W2: 4 × 5, W3: 1 × 4 (out × in), each snapshots first
        long[][] shapes = {{4, 5, 2}, {4, 4, 5}, {4, 1, 4}};
        double[] first = r.trainer().initialWeights(), last = r.trainer().weights();
        int offset = 0;
        for (int l = 1; l <= 3; l++) {
            NpzFiles.Array a = npz.get("W" + l);
            assertEquals("<f8", a.dtype());
            assertArrayEquals(shapes[l - 1], a.shape(), "W" + l);
            int size = (int) (a.shape()[1] * a.shape()[2]);
            for (int k = 0; k < size; k++) {
                assertEquals(first[offset + k], a.getDouble(k), "W" + l + " at step 0, entry " + k);
                assertEquals(last[offset + k], a.getDouble(3L * size + k), "W" + l + " at the last step, entry " + k);
            }
            offset += size;
        }
        assertEquals(first.length, offset, "the layers hold all of θ");
        // ρ and β belong to the two-layer net: null for an MLP (the activation's constants stay)
        var constants = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("summary.json").toFile())
                .get("constants");
        assertTrue(constants.get("rho").isNull(), "rho of an MLP: " + constants);
        assertTrue(constants.get("beta").isNull(), "beta of an MLP: " + constants);
        assertTrue(constants.get("kappa").isNumber(), "kappa (the activation's) of an MLP: " + constants);
    }

    @Test
    void numpyLoadsTheMlpLayers() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "no /usr/bin/python3");
        Path out = dir.resolve("mlp-np");
        RunResult r = RunWriter.run(MLP, out, rec -> { }, () -> false, List.of(), new RunWriter.Outputs(false, 10));
        String text = numpyPrints(python, out.resolve("weights.npz"),
                "print(sorted(z.files), list(z['steps']), [z[k].shape for k in ('W1', 'W2', 'W3')],"
                + " repr(float(z['W3'][-1, 0, 3])))");
        int cut = text.lastIndexOf(' ');
        assertEquals("['W1', 'W2', 'W3', 'steps'] [0, 10, 20, 23] [(4, 5, 2), (4, 4, 5), (4, 1, 4)]",
                text.substring(0, cut));
        double[] theta = r.trainer().weights();
        assertEquals(theta[theta.length - 1], Double.parseDouble(text.substring(cut + 1)));
    }

    /**
     * What {@code print(...)} shows after {@code z = np.load(file)} in /usr/bin/python3; the test
     * is skipped where numpy is not installed.
     */
    private static String numpyPrints(Path python, Path file, String print) throws Exception {
        Process p = new ProcessBuilder(python.toString(), "-c",
                "import numpy as np, sys\nz = np.load(sys.argv[1])\n" + print, file.toString())
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String text;
        try (InputStream in = p.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        assumeTrue(!text.contains("No module named 'numpy'"), "numpy not installed");
        assertEquals(0, p.exitValue(), text);
        return text;
    }
}
