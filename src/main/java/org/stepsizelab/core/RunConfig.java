package org.stepsizelab.core;

/**
 * Everything that determines a run, and nothing else: the same RunConfig gives a bit-identical run.
 * Its JSON form (snake_case keys, see {@code ConfigCodec}) is the {@code config} object of
 * {@code summary.json} and the body of a preset file.
 *
 * <p>Data-set parameters that a data set does not use are null; each generator documents its own
 * defaults.
 */
public record RunConfig(
        String dataset,
        String activation,
        double leak,
        double huberH,
        int width,
        double eta,
        long steps,
        long seed,
        double initScale,
        String loss,
        double outputScale,
        // data-set parameters
        Integer n,
        Integer dim,
        Double margin,
        Double noise,
        String classes,
        int testN,
        boolean normalize,
        String positiveLabel,
        // output cadence (they change what is written, so a re-run needs them too)
        int every,
        int sharpnessEvery) {

    /** The paper's Fig. 2 XOR with leaky softplus c = ½, m = 20 and a large stepsize η = 10⁴. */
    public static RunConfig defaults() {
        return new RunConfig("xor", "softplus", 0.5, 1.0, 20, 1e4, 10_000, 0, 1.0, "logistic", 1.0,
                null, null, null, null, null, 0, true, null, 1, 0);
    }

    public Activation activationFunction() {
        return Activation.of(activation, leak, huberH);
    }

    public Loss lossFunction() {
        return Loss.parse(loss);
    }

    public RunConfig withEta(double v) {
        return new RunConfig(dataset, activation, leak, huberH, width, v, steps, seed, initScale, loss,
                outputScale, n, dim, margin, noise, classes, testN, normalize, positiveLabel, every,
                sharpnessEvery);
    }

    public RunConfig withSteps(long v) {
        return new RunConfig(dataset, activation, leak, huberH, width, eta, v, seed, initScale, loss,
                outputScale, n, dim, margin, noise, classes, testN, normalize, positiveLabel, every,
                sharpnessEvery);
    }

    public RunConfig withSeed(long v) {
        return new RunConfig(dataset, activation, leak, huberH, width, eta, steps, v, initScale, loss,
                outputScale, n, dim, margin, noise, classes, testN, normalize, positiveLabel, every,
                sharpnessEvery);
    }

    public RunConfig withWidth(int v) {
        return new RunConfig(dataset, activation, leak, huberH, v, eta, steps, seed, initScale, loss,
                outputScale, n, dim, margin, noise, classes, testN, normalize, positiveLabel, every,
                sharpnessEvery);
    }
}
