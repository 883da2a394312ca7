package org.stepsizelab.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.stepsizelab.core.InputException;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.config.ConfigCodec;
import org.stepsizelab.core.config.ConfigKey;
import org.stepsizelab.core.config.ConfigValues;
import org.stepsizelab.core.data.DataSource;
import org.stepsizelab.core.data.DataSources;
import org.stepsizelab.core.preset.Presets;
import picocli.CommandLine.Option;

/**
 * Every option that sets a run configuration, as a picocli mixin shared by {@code run},
 * {@code bench} and {@code sweep}. An option not given stays null, so that only explicitly given
 * options override the preset (and the preset overrides the defaults). Values are checked by
 * {@link ConfigKey}, the same checks a preset file gets.
 */
public final class RunOptions {

    @Option(names = "--preset", paramLabel = "FILE",
            description = "Start from this preset (a JSON config, e.g. a run's summary.json, or the name of a bundled preset: see 'presets'); options override it.")
    Path preset;

    @Option(names = "--dataset", paramLabel = "NAME", completionCandidates = DataSetNames.class,
            description = "Data set (default xor): ${COMPLETION-CANDIDATES}.")
    String dataset;

    /** The data-set names for the help text (and shell completion), from the registry. */
    static final class DataSetNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return DataSources.all().stream().map(DataSource::name).iterator();
        }
    }

    @Option(names = "--activation", paramLabel = "NAME",
            description = "softplus (default), gelu, silu, huber, tanh, relu, identity.")
    String activation;

    @Option(names = "--leak", paramLabel = "C", description = "Leak c in [0,1): φ = c·z + (1−c)·ψ(z). Default 0.5.")
    Double leak;

    @Option(names = "--huber-h", paramLabel = "H", description = "Huberized ReLU's h > 0. Default 1.")
    Double huberH;

    @Option(names = "--width", paramLabel = "M", converter = IntegerConverter.class,
            description = "Hidden neurons m ≥ 1. Default 20.")
    Integer width;

    @Option(names = "--eta", paramLabel = "ETA", description = "Stepsize η > 0 (finite). Default 1e4.")
    Double eta;

    @Option(names = "--steps", paramLabel = "T", converter = LongConverter.class,
            description = "GD steps T ≥ 0 (1e5 is accepted). Default 10000.")
    Long steps;

    @Option(names = "--seed", paramLabel = "S", converter = LongConverter.class,
            description = "Seed of the initialisation (and of random data sets). Default 0.")
    Long seed;

    @Option(names = "--init-scale", paramLabel = "SIGMA", description = "σ ≥ 0 of W0 ~ N(0, σ²); 0 starts at W = 0. Default 1.")
    Double initScale;

    @Option(names = "--loss", paramLabel = "NAME", description = "logistic (default) or exponential.")
    String loss;

    @Option(names = "--output-scale", paramLabel = "B", description = "Output scale b > 0 of f = (b/m)·Σ a_j φ(w_jᵀx). Default 1.")
    Double outputScale;

    @Option(names = "--n", paramLabel = "N", converter = IntegerConverter.class,
            description = "Data-set parameter: number of points (generators, image sets).")
    Integer n;

    @Option(names = "--dim", paramLabel = "D", converter = IntegerConverter.class,
            description = "Data-set parameter: dimension (separable).")
    Integer dim;

    @Option(names = "--margin", paramLabel = "GAMMA", description = "Data-set parameter: margin γ in (0,1) (separable, lower-bound).")
    Double margin;

    @Option(names = "--noise", paramLabel = "S", description = "Data-set parameter: noise ≥ 0 (2-D teaching sets).")
    Double noise;

    @Option(names = "--classes", paramLabel = "A,B", description = "Data-set parameter: classes for +1 and −1 (image sets), e.g. 0,1 or 0,1,2:7,8,9.")
    String classes;

    @Option(names = "--test-n", paramLabel = "N", converter = IntegerConverter.class,
            description = "Held-out test points, balanced and disjoint from the training ones (all sets but xor and"
                    + " lower-bound). Default 0.")
    Integer testN;

    @Option(names = "--no-normalize", description = "Keep the raw features (default: scale so that max‖x_i‖ = 1).")
    Boolean noNormalize;

    @Option(names = "--positive-label", paramLabel = "LABEL", description = "Data-set parameter: which csv label maps to +1.")
    String positiveLabel;

    @Option(names = "--every", paramLabel = "K", converter = IntegerConverter.class,
            description = "Write every K-th step to metrics.csv (the last step always). Default 1.")
    Integer every;

    @Option(names = "--sharpness-every", paramLabel = "K", converter = IntegerConverter.class,
            description = "Compute the sharpness every K steps; 0 = never (default).")
    Integer sharpnessEvery;

    @Option(names = "--model", paramLabel = "NAME",
            description = "The network: two-layer (default, the paper's f = (b/m)·Σ a_j φ(w_jᵀx)) or another registered model.")
    String model;

    @Option(names = "--depth", paramLabel = "L", converter = IntegerConverter.class,
            description = "Trained layers L of a deeper network (default: the model's own).")
    Integer depth;

    @Option(names = "--widths", paramLabel = "W1,W2,...",
            description = "Hidden widths of a deeper network, e.g. 64,64 (default: the model's own).")
    String widths;

    @Option(names = "--margin-power", paramLabel = "M",
            description = "M > 0 of the normalized margin min_i y_i f/‖θ‖^M (default: the model's homogeneity, 1 for two-layer).")
    Double marginPower;

    /** The options given on the command line, each checked; absent ones are not in the result. */
    public ConfigValues overrides() {
        ConfigValues v = new ConfigValues();
        put(v, ConfigKey.DATASET, dataset == null ? null : withAbsolutePaths(dataset));
        put(v, ConfigKey.ACTIVATION, activation);
        put(v, ConfigKey.LEAK, leak);
        put(v, ConfigKey.HUBER_H, huberH);
        put(v, ConfigKey.WIDTH, width);
        put(v, ConfigKey.ETA, eta);
        put(v, ConfigKey.STEPS, steps);
        put(v, ConfigKey.SEED, seed);
        put(v, ConfigKey.INIT_SCALE, initScale);
        put(v, ConfigKey.LOSS, loss);
        put(v, ConfigKey.OUTPUT_SCALE, outputScale);
        put(v, ConfigKey.N, n);
        put(v, ConfigKey.DIM, dim);
        put(v, ConfigKey.MARGIN, margin);
        put(v, ConfigKey.NOISE, noise);
        put(v, ConfigKey.CLASSES, classes);
        put(v, ConfigKey.TEST_N, testN);
        if (Boolean.TRUE.equals(noNormalize)) {
            v.set(ConfigKey.NORMALIZE, false, "option --no-normalize");
        }
        put(v, ConfigKey.POSITIVE_LABEL, positiveLabel);
        put(v, ConfigKey.EVERY, every);
        put(v, ConfigKey.SHARPNESS_EVERY, sharpnessEvery);
        put(v, ConfigKey.MODEL, model);
        put(v, ConfigKey.DEPTH, depth);
        put(v, ConfigKey.WIDTHS, widths == null ? null : intList(widths));
        put(v, ConfigKey.MARGIN_POWER, marginPower);
        return v;
    }

    /** The preset (if any) overridden by the given options, with defaults for the rest; all checked. */
    public RunConfig config() {
        ConfigValues base = preset == null ? new ConfigValues() : Presets.resolve(preset).values();
        return ConfigCodec.merge(base, overrides());
    }

    /**
     * {@link #config()}, also refusing a data-set option that the chosen data set does not read
     * (for {@code run}, {@code sweep} and {@code theory}, whose outputs record the configuration).
     */
    public RunConfig checkedConfig() {
        RunConfig config = config();
        refuseUnreadParameters(config, overrides());
        return config;
    }

    /** The data-set parameters a set can take; the others are refused when typed on the command line. */
    private static final List<ConfigKey> DATA_PARAMETERS = List.of(ConfigKey.N, ConfigKey.DIM, ConfigKey.MARGIN,
            ConfigKey.NOISE, ConfigKey.CLASSES, ConfigKey.TEST_N, ConfigKey.POSITIVE_LABEL);

    /**
     * A data-set option the chosen set does not read would be silently ignored (yet written into
     * summary.json): {@code --dataset xor --n 100} still trains on four points. Typed options are
     * refused; preset keys are not, so a preset of one set can be reused with another {@code --dataset}.
     */
    private static void refuseUnreadParameters(RunConfig config, ConfigValues given) {
        Optional<DataSource> info = DataSources.of(config.dataset());
        if (info.isEmpty()) {
            return; // an unknown data set: the loader names it with the allowed ones
        }
        for (ConfigKey key : DATA_PARAMETERS) {
            if (given.has(key) && !info.get().uses(key.key())) {
                String accepted = info.get().params().stream().map(DataSource.Param::option)
                        .collect(Collectors.joining(", "));
                throw new InputException("option " + key.option() + ": the data set '" + config.dataset()
                        + "' does not use it (its parameters: " + (accepted.isEmpty() ? "none" : accepted) + ")");
            }
        }
    }

    /** The files this configuration reads: the data files and the preset (a bundled name reads none). */
    public java.util.List<Path> inputFiles(RunConfig config) {
        java.util.List<Path> in = new java.util.ArrayList<>();
        String dataset = config.dataset() == null ? "" : config.dataset().trim();
        for (DataSource format : DataSources.fileFormats()) {
            if (dataset.startsWith(format.prefix())) {
                in.addAll(org.stepsizelab.core.io.InputProtection.paths(dataset.substring(format.prefix().length())));
            }
        }
        if (preset != null) {
            in.add(preset);
        }
        return in;
    }

    /** The outputs a run writes into {@code out}, as the option "--out DIR" names them. */
    static java.util.List<org.stepsizelab.core.io.InputProtection.Output> runOutputs(Path out) {
        return org.stepsizelab.core.output.RunWriter.FILES.stream()
                .map(f -> new org.stepsizelab.core.io.InputProtection.Output("--out " + out, out.resolve(f))).toList();
    }

    /** The preset file given with --preset, or null. */
    public Path preset() {
        return preset;
    }

    /**
     * {@code csv:}, {@code idx:} and {@code cifar:} paths typed on the command line are made absolute,
     * so that summary.json's {@code dataset} re-runs the same file from any working directory.
     * Anything else (a bundled set, a malformed value) is left for the loader to accept or name.
     */
    static String withAbsolutePaths(String dataset) {
        for (DataSource format : DataSources.fileFormats()) {
            String prefix = format.prefix();
            if (!dataset.startsWith(prefix)) {
                continue;
            }
            String[] paths = dataset.substring(prefix.length()).split(",", -1);
            if (paths.length != format.paths()
                    || java.util.Arrays.stream(paths).anyMatch(String::isBlank)) {
                return dataset;
            }
            try {
                return prefix + java.util.Arrays.stream(paths)
                        .map(p -> Path.of(p.trim()).toAbsolutePath().normalize().toString())
                        .collect(Collectors.joining(","));
            } catch (java.nio.file.InvalidPathException e) {
                return dataset;
            }
        }
        return dataset;
    }

    /** "64,64" as a list; a cell that is no integer is refused naming the option. */
    static List<Integer> intList(String text) {
        List<Integer> out = new java.util.ArrayList<>();
        for (String cell : text.split(",", -1)) {
            try {
                out.add(Integer.parseInt(cell.strip()));
            } catch (NumberFormatException e) {
                throw new InputException("option --widths: '" + cell.strip() + "' is not an integer (write e.g. 64,64)");
            }
        }
        return out;
    }

    private static void put(ConfigValues v, ConfigKey key, Object value) {
        if (value != null) {
            v.set(key, value, "option " + key.option());
        }
    }
}
