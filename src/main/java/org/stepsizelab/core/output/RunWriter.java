package org.stepsizelab.core.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunOutcome;
import org.stepsizelab.core.StepRecord;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.training.Training;
import org.stepsizelab.core.model.TwoLayerNet;
import org.stepsizelab.core.InputException;

/**
 * Runs one configuration into an output directory: {@code dataset.csv}, {@code init.csv},
 * {@code metrics.csv} (streamed) and {@code summary.json}, written whole or not at all. The
 * {@code run} command and the sweep's kept runs share it.
 */
public final class RunWriter {
    private RunWriter() {}

    /** The files a run writes into its directory (and may replace there); neurons.csv and weights.npz are optional. */
    public static final List<String> FILES = List.of("dataset.csv", "init.csv", "metrics.csv", "summary.json",
            "neurons.csv", "weights.npz");

    /** One more file (or files) written into the staging directory after the run, before the commit. */
    @FunctionalInterface
    public interface Artifact {
        void write(RunResult result, Path dir) throws IOException;
    }

    /**
     * Optional outputs: {@code neurons.csv} (per-neuron metrics at the rows metrics.csv writes) and
     * {@code weights.npz} (θ every {@code saveWeightsEvery} steps and at the last; 0 = none).
     */
    public record Outputs(boolean neuronMetrics, long saveWeightsEvery) {
        public static final Outputs NONE = new Outputs(false, 0);
    }

    /** Observers see every record as it is measured (e.g. a progress display or a chart history). */
    public static RunResult run(RunConfig config, Path out, Consumer<StepRecord> observer,
            BooleanSupplier cancelled, List<Artifact> extras) throws IOException {
        return run(config, out, observer, cancelled, extras, Outputs.NONE);
    }

    /** As above, with optional outputs. */
    public static RunResult run(RunConfig config, Path out, Consumer<StepRecord> observer,
            BooleanSupplier cancelled, List<Artifact> extras, Outputs outputs) throws IOException {
        // Everything that can reject the input happens before the output directory is touched.
        Training training = Training.open(config);
        DataSplit split = training.data();
        Dataset train = split.train();
        Trainer trainer = training.trainer();
        TwoLayerNet net = training.model() instanceof TwoLayerNet t ? t : null;
        if (outputs.neuronMetrics() && net == null) {
            throw new InputException("neuron metrics exist for the two-layer net only (model '"
                    + config.model() + "')");
        }

        try (StagedDirectory staged = StagedDirectory.create(out)) {
            Path dir = staged.dir();
            DataCsv.writeDataset(train, dir.resolve("dataset.csv"));
            if (net != null) {
                DataCsv.writeInit(net.signs(), trainer.initialWeights(), train.d(), dir.resolve("init.csv"));
            }
            StepRecord[] last = new StepRecord[1];
            RunOutcome outcome;
            try (MetricsCsv metrics = new MetricsCsv(dir.resolve("metrics.csv"), config.every());
                    NeuronsCsv neurons = outputs.neuronMetrics()
                            ? new NeuronsCsv(dir.resolve("neurons.csv"), net, train, config.every()) : null;
                    WeightsNpz weights = outputs.saveWeightsEvery() > 0 ? new WeightsNpz(dir.resolve("weights.npz"),
                            training.model().layers(), outputs.saveWeightsEvery()) : null) {
                if (neurons != null) {
                    trainer.addTap(neurons);
                }
                if (weights != null) {
                    trainer.addTap(weights);
                }
                Consumer<StepRecord> sink = r -> {
                    last[0] = r;
                    staged.checkStillThere(); // a deleted output folder stops the run at once
                    metrics.accept(r);
                    observer.accept(r);
                };
                outcome = training.run(sink, cancelled);
                if (weights != null) {
                    weights.finish();
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            RunResult result = new RunResult(config, split, trainer, outcome, last[0]);
            SummaryJson.write(SummaryJson.build(result), dir.resolve("summary.json"));
            for (Artifact extra : extras) {
                extra.write(result, dir);
            }
            staged.commit();
            return result;
        }
    }
}
