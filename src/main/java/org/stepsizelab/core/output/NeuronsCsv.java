package org.stepsizelab.core.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.model.NeuronMetrics;
import org.stepsizelab.core.model.TwoLayerNet;
import org.stepsizelab.core.training.WeightTap;

/**
 * {@code neurons.csv}: {@code step,neuron,a,norm,margin}, one row per hidden neuron at every step
 * {@code metrics.csv} writes (multiples of {@code every} and the last): a_j (±1), ‖w_j‖ and the
 * neuron's own normalized margin min_i y_i·a_j·φ(w_jᵀx_i)/‖w_j‖ (empty when w_j = 0). Streamed.
 */
public final class NeuronsCsv implements WeightTap, AutoCloseable {
    public static final String HEADER = "step,neuron,a,norm,margin";

    private final TwoLayerNet net;
    private final Dataset data;
    private final long every;
    private final Writer out;
    private long lastStep = -1;

    public NeuronsCsv(Path file, TwoLayerNet net, Dataset data, long every) throws IOException {
        this.net = net;
        this.data = data;
        this.every = every;
        this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
        out.write(HEADER);
        out.write('\n');
    }

    @Override
    public boolean wants(long step, boolean last) {
        return step % every == 0 || last;
    }

    @Override
    public void accept(long step, double[] w) {
        if (step == lastStep) {
            return;
        }
        lastStep = step;
        NeuronMetrics nm = NeuronMetrics.of(step, net, w, data);
        try {
            for (int j = 0; j < nm.neurons(); j++) {
                out.write(step + "," + j + "," + cell(nm.outer()[j]) + "," + cell(nm.norm()[j]) + ","
                        + cell(nm.margin()[j]) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String cell(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
