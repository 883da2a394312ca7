package org.stepsizelab.core.training;

import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.PhaseTracker;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunOutcome;
import org.stepsizelab.core.StepRecord;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.kernel.Kernels;
import org.stepsizelab.core.kernel.MatrixKernel;
import org.stepsizelab.core.model.Model;
import org.stepsizelab.core.model.Models;

/**
 * One training opened from a {@link RunConfig}: its data, matrix kernel, network ({@link Models})
 * and {@link Trainer}, and the one run loop every front end uses (the {@code run} command, sweeps,
 * bench, theory, the chart overlays and the app's worker).
 *
 * <pre>
 *   Training t = Training.open(config);
 *   RunOutcome o = t.run(record -> ..., RunControl.unattended(() -> false));
 * </pre>
 */
public final class Training {
    private final RunConfig config;
    private final DataSplit data;
    private final MatrixKernel kernel;
    private final Model model;
    private final Trainer trainer;
    private long lastStep;
    private long started = System.nanoTime();

    private Training(RunConfig config, DataSplit data, MatrixKernel kernel, Model model, Trainer trainer) {
        this.config = config;
        this.data = data;
        this.kernel = kernel;
        this.model = model;
        this.trainer = trainer;
    }

    /** Loads the data, picks the fastest kernel and builds the network and trainer. */
    public static Training open(RunConfig config) {
        DataSplit data = Datasets.load(config);
        return open(config, data, kernelFor(config, data.train()));
    }

    /** On data already loaded (a sweep shares it between runs) with a given kernel. */
    public static Training open(RunConfig config, DataSplit data, MatrixKernel kernel) {
        org.stepsizelab.core.RunSize.check(config, data, 1); // sizes in long, before any large allocation
        Model model = Models.create(config, data.train().d());
        return open(config, data, kernel, model, model.initialParameters(config.initScale(), config.seed()),
                Trainer.Form.AUTO);
    }

    /** Everything given: a start θ₀ other than the seeded one, or a fixed step form (bench, tests). */
    public static Training open(RunConfig config, DataSplit data, MatrixKernel kernel, Model model, double[] start,
            Trainer.Form form) {
        Trainer trainer = new Trainer(config, data.train(), data.test(), kernel, model, start, form);
        return new Training(config, data, kernel, model, trainer);
    }

    /** A training around a trainer built elsewhere (tests, {@code Runs.drive}). */
    public static Training around(Trainer trainer) {
        return new Training(trainer.config(), new DataSplit(trainer.train(), trainer.test()), trainer.kernel(),
                trainer.model(), trainer);
    }

    /** The kernel {@link #open(RunConfig)} uses for this configuration and training set. */
    public static MatrixKernel kernelFor(RunConfig config, Dataset train) {
        return Kernels.best(train.n(), train.d(), config.width());
    }

    /**
     * Runs to the end, a cancel, or a divergence, handing every record to {@code observer}; waits
     * while {@code control} is paused and applies its new η between steps. The one run loop.
     */
    public RunOutcome run(RunObserver observer, RunControl control) {
        started = System.nanoTime();
        while (!trainer.done() && !control.shouldStop(trainer.step())) {
            if (!control.mayProduce()) {
                observer.idle();
                control.awaitPermission();
                continue;
            }
            double eta = control.takeEta();
            if (!Double.isNaN(eta)) {
                trainer.setEta(eta);
            }
            StepRecord r = trainer.advance();
            control.countRecord();
            lastStep = r.step();
            observer.record(r);
        }
        observer.idle();
        return outcome(control.cancelled());
    }

    /** As {@link #run(RunObserver, RunControl)} with no pausing and an outside cancel flag. */
    public RunOutcome run(java.util.function.Consumer<StepRecord> sink, java.util.function.BooleanSupplier cancelled) {
        return run(sink::accept, RunControl.unattended(cancelled));
    }

    /** How the run stands now (also after an error stopped it). */
    public RunOutcome outcome(boolean cancelled) {
        PhaseTracker p = trainer.phases();
        return new RunOutcome(p.eosEndStep(), p.theoryMonotoneStep(), p.theoryStableStep(),
                trainer.lastLoss(), trainer.diverged(), trainer.diverged() ? trainer.divergedAtStep() : null,
                lastStep, cancelled, trainer.constants(), (System.nanoTime() - started) / 1e9);
    }

    public RunConfig config() {
        return config;
    }

    public DataSplit data() {
        return data;
    }

    public Dataset train() {
        return data.train();
    }

    public MatrixKernel kernel() {
        return kernel;
    }

    public Model model() {
        return model;
    }

    public Trainer trainer() {
        return trainer;
    }
}
