package org.stepsizelab.core;

import java.util.List;
import org.stepsizelab.core.config.ConfigKey;
import org.stepsizelab.core.config.ConfigValues;

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
        int sharpnessEvery,
        // the network (core.model.Models): "two-layer" (the paper's net, the fields above) or another
        String model,
        Integer depth,
        List<Integer> widths,
        Double marginPower) {

    public RunConfig {
        widths = widths == null ? null : List.copyOf(widths);
    }

    /** A two-layer configuration (the fields every run had before deeper networks). */
    public RunConfig(String dataset, String activation, double leak, double huberH, int width, double eta,
            long steps, long seed, double initScale, String loss, double outputScale, Integer n, Integer dim,
            Double margin, Double noise, String classes, int testN, boolean normalize, String positiveLabel,
            int every, int sharpnessEvery) {
        this(dataset, activation, leak, huberH, width, eta, steps, seed, initScale, loss, outputScale, n, dim,
                margin, noise, classes, testN, normalize, positiveLabel, every, sharpnessEvery,
                DEFAULT_MODEL, null, null, null);
    }

    /** The network of a configuration that does not name one. */
    public static final String DEFAULT_MODEL = "two-layer";

    /**
     * The paper's Fig. 2 XOR with leaky softplus c = ½, m = 20 and a large stepsize η = 10⁴: every key's
     * {@link ConfigKey#defaultValue()}, which is where the defaults are written.
     */
    public static RunConfig defaults() {
        return DEFAULTS;
    }

    private static final RunConfig DEFAULTS = new ConfigValues().toConfig();

    public Activation activationFunction() {
        return Activation.of(activation, leak, huberH);
    }

    public Loss lossFunction() {
        return Loss.parse(loss);
    }

    /**
     * This configuration with one field replaced, e.g. {@code with(ConfigKey.WIDTH, 10)}; {@code value}
     * has the key's Java type (Double, Integer, Long, String, Boolean, List of Integer; other numbers are
     * converted, {@link ConfigKey#coerce}) and is checked like any other value.
     */
    public RunConfig with(ConfigKey key, Object value) {
        ConfigValues v = ConfigValues.of(this);
        v.set(key, key.coerce(value), key.key());
        return v.toConfig();
    }

    /** {@code with(ETA, v)}, kept for its many callers (the app's live η, sweeps). */
    public RunConfig withEta(double v) {
        return with(ConfigKey.ETA, v);
    }

    /** {@code with(STEPS, v)}, kept for its many callers (sweeps over T, tests). */
    public RunConfig withSteps(long v) {
        return with(ConfigKey.STEPS, v);
    }

    /** {@code with(WIDTH, v)}, kept for its many callers (tests, benches). */
    public RunConfig withWidth(int v) {
        return with(ConfigKey.WIDTH, v);
    }
}
