package org.stepsizelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepsizelab.cli.CliRunner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The paper's Fig. 4 caption on its own five points: each neuron's normalized margin stays negative
 * during the whole run while the network's margin rises and turns positive.
 */
class CliFig4PaperPointsTest {
    @TempDir
    Path dir;

    @Test
    void neuronMarginsStayNegativeWhileTheNetworksTurnsPositive() throws Exception {
        CliRunner.Result r = cli("run", "--preset", "fig4-paper-points", "--neuron-metrics", "-q",
                "--out", dir.toString());
        assertEquals(0, r.code(), r.toString());

        List<String> neurons = Files.readAllLines(dir.resolve("neurons.csv"));
        assertEquals("step,neuron,a,norm,margin", neurons.get(0));
        double maxNeuronMargin = Double.NEGATIVE_INFINITY;
        for (String row : neurons.subList(1, neurons.size())) {
            maxNeuronMargin = Math.max(maxNeuronMargin, Double.parseDouble(row.split(",")[4]));
        }
        assertEquals(2 * 10_001, neurons.size() - 1, "two neurons at every step 0..10^4");
        assertTrue(maxNeuronMargin < 0, "every neuron's own margin stays negative: max " + maxNeuronMargin);

        List<String> metrics = Files.readAllLines(dir.resolve("metrics.csv"));
        int col = List.of(metrics.get(0).split(",")).indexOf("normalized_margin");
        double first = Double.parseDouble(metrics.get(1).split(",")[col]);
        double last = Double.parseDouble(metrics.get(metrics.size() - 1).split(",")[col]);
        assertTrue(first < 0, "the network starts with a negative margin: " + first);
        assertTrue(last > 0, "and ends with a positive one: " + last);
    }
}
