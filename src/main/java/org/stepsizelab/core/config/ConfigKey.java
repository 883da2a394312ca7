package org.stepsizelab.core.config;

import java.util.List;
import java.util.function.Function;
import org.stepsizelab.core.Base;
import org.stepsizelab.core.Loss;
import org.stepsizelab.core.Num;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.data.DataSource;
import org.stepsizelab.core.data.DataSources;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.model.Models;

/**
 * One field of a {@link RunConfig}: its snake_case JSON key, its command-line option, its type and
 * the values it allows. Every check lives here, so a preset file and the command line reject the
 * same values with the same words.
 */
public enum ConfigKey {
    // key, option, kind, nullable, default (null: the data set's own), allowed range (numbers), getter
    DATASET("dataset", "--dataset", Kind.TEXT, false, "xor", null, RunConfig::dataset),
    ACTIVATION("activation", "--activation", Kind.TEXT, false, "softplus", null, RunConfig::activation),
    LEAK("leak", "--leak", Kind.REAL, false, 0.5, Range.of(0, true, 1, false, "a number c with 0 <= c < 1"),
            RunConfig::leak),
    HUBER_H("huber_h", "--huber-h", Kind.REAL, false, 1.0, Range.POSITIVE, RunConfig::huberH),
    WIDTH("width", "--width", Kind.INT, false, 20, Range.atLeast(1), RunConfig::width),
    ETA("eta", "--eta", Kind.REAL, false, 1e4, Range.POSITIVE, RunConfig::eta),
    STEPS("steps", "--steps", Kind.LONG, false, 10_000L,
            Range.of(0, true, org.stepsizelab.core.RunSize.MAX_STEPS, true, "an integer from 0 to 1e12"),
            RunConfig::steps),
    SEED("seed", "--seed", Kind.LONG, false, 0L, Range.of(Long.MIN_VALUE, true, Long.MAX_VALUE, true, "any integer"),
            RunConfig::seed),
    INIT_SCALE("init_scale", "--init-scale", Kind.REAL, false, 1.0, Range.NON_NEGATIVE, RunConfig::initScale),
    LOSS("loss", "--loss", Kind.TEXT, false, "logistic", null, RunConfig::loss),
    OUTPUT_SCALE("output_scale", "--output-scale", Kind.REAL, false, 1.0, Range.POSITIVE, RunConfig::outputScale),
    N("n", "--n", Kind.INT, true, null, Range.atLeast(1), RunConfig::n),
    DIM("dim", "--dim", Kind.INT, true, null, Range.atLeast(1), RunConfig::dim),
    MARGIN("margin", "--margin", Kind.REAL, true, null, Range.of(0, false, 1, false, "a number γ with 0 < γ < 1"),
            RunConfig::margin),
    /** The standard deviation of the 2-D generators' noise; the points themselves lie within about 1 of 0. */
    NOISE("noise", "--noise", Kind.REAL, true, null, Range.of(0, true, 100, true, "a number from 0 to 100"),
            RunConfig::noise),
    CLASSES("classes", "--classes", Kind.TEXT, true, null, null, RunConfig::classes),
    TEST_N("test_n", "--test-n", Kind.INT, false, 0, Range.atLeast(0), RunConfig::testN),
    NORMALIZE("normalize", "--no-normalize", Kind.BOOL, false, true, null, RunConfig::normalize),
    POSITIVE_LABEL("positive_label", "--positive-label", Kind.TEXT, true, null, null, RunConfig::positiveLabel),
    EVERY("every", "--every", Kind.INT, false, 1, Range.atLeast(1), RunConfig::every),
    SHARPNESS_EVERY("sharpness_every", "--sharpness-every", Kind.INT, false, 0, Range.atLeast(0),
            RunConfig::sharpnessEvery),
    /** The network (core.model.Models); written to JSON only when it is not the default two-layer net. */
    MODEL("model", "--model", Kind.TEXT, false, RunConfig.DEFAULT_MODEL, null, RunConfig::model),
    /** Trained layers L of an MLP, at least 2: one hidden layer (null: the model's default). */
    DEPTH("depth", "--depth", Kind.INT, true, null, Range.atLeast(2), RunConfig::depth),
    /** Hidden widths of an MLP, e.g. [64, 64] (null: the model's default). */
    WIDTHS("widths", "--widths", Kind.INT_LIST, true, null, null, RunConfig::widths),
    /** M in the normalized margin min_i y_i f/‖θ‖^M (null: the model's own, 1 for two-layer, L for an MLP). */
    MARGIN_POWER("margin_power", "--margin-power", Kind.REAL, true, null, Range.POSITIVE, RunConfig::marginPower);

    /**
     * The values a numeric key allows: from min to max, each end included or not, and the words that
     * say so in messages ("a finite number > 0"). Integer keys are also bounded by their Java type.
     */
    public record Range(double min, boolean minInclusive, double max, boolean maxInclusive, String allowed) {
        static final Range POSITIVE = of(0, false, Double.POSITIVE_INFINITY, false, "a finite number > 0");
        static final Range NON_NEGATIVE = of(0, true, Double.POSITIVE_INFINITY, false, "a finite number >= 0");

        static Range of(double min, boolean minInclusive, double max, boolean maxInclusive, String allowed) {
            return new Range(min, minInclusive, max, maxInclusive, allowed);
        }

        static Range atLeast(int min) {
            return of(min, true, Integer.MAX_VALUE, true, "an integer >= " + min);
        }

        /** Whether v lies in the range (NaN never does). */
        public boolean contains(double v) {
            return (minInclusive ? v >= min : v > min) && (maxInclusive ? v <= max : v < max);
        }
    }

    /** The JSON types a field can have. */
    public enum Kind {
        REAL("a number"), INT("an integer"), LONG("an integer"), TEXT("a string"), BOOL("true or false"),
        INT_LIST("a list of integers");

        final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    private final String key;
    private final String option;
    private final Kind kind;
    private final boolean nullable;
    private final Object defaultValue;
    private final Range range;
    private final Function<RunConfig, Object> getter;

    ConfigKey(String key, String option, Kind kind, boolean nullable, Object defaultValue, Range range,
            Function<RunConfig, Object> getter) {
        this.key = key;
        this.option = option;
        this.kind = kind;
        this.nullable = nullable;
        this.defaultValue = defaultValue;
        this.range = range;
        this.getter = getter;
    }

    /**
     * The value a configuration has when nothing sets this key ({@link RunConfig#defaults()} is made of
     * these); null for a data-set parameter, whose default is the data set's own.
     */
    public Object defaultValue() {
        return defaultValue;
    }

    /** The allowed values of a numeric key (REAL, INT, LONG), or null for the others. */
    public Range range() {
        return range;
    }

    /** The snake_case key in JSON. */
    public String key() {
        return key;
    }

    /** The command-line option that sets this field. */
    public String option() {
        return option;
    }

    public Kind kind() {
        return kind;
    }

    /** Data-set parameters may be absent (null): each data set documents its own defaults. */
    public boolean nullable() {
        return nullable;
    }

    /** This field's value in a configuration (boxed; null for an absent data-set parameter). */
    public Object get(RunConfig config) {
        return getter.apply(config);
    }

    public static ConfigKey ofKey(String key) {
        for (ConfigKey k : values()) {
            if (k.key.equals(key)) {
                return k;
            }
        }
        return null;
    }

    /**
     * Checks a value of this field's Java type (Double, Integer, Long, String, Boolean) and returns it,
     * or throws a {@link ConfigException} whose message starts with {@code where} (e.g.
     * {@code "option --eta"} or {@code "preset.json: field \"eta\""}).
     */
    public Object check(Object value, String where) {
        if (value == null) {
            if (nullable) {
                return null;
            }
            throw new ConfigException(where + ": a value is required (" + kind.description + ")");
        }
        String problem = problem(value);
        if (problem != null) {
            throw new ConfigException(where + ": " + problem);
        }
        return value;
    }

    /** What is wrong with a value of the right type, or null if it is allowed. */
    private String problem(Object v) {
        if (range != null) {
            double x = ((Number) v).doubleValue();
            if (range.contains(x)) {
                return null;
            }
            String shown = kind == Kind.REAL ? Num.exact(x) : v.toString();
            return "value " + shown + " is out of range (allowed: " + range.allowed() + ")";
        }
        switch (this) {
            case DATASET: return datasetProblem((String) v);
            case ACTIVATION:
                return Base.NAMES.contains(v) ? null : unknownName("activation", (String) v, Base.NAMES);
            case LOSS:
                return Loss.NAMES.contains(v) ? null : unknownName("loss", (String) v, Loss.NAMES);
            case MODEL:
                return Models.names().contains(v) ? null : unknownName("model", (String) v, Models.names());
            case WIDTHS: {
                @SuppressWarnings("unchecked")
                List<Integer> w = (List<Integer>) v;
                if (w.isEmpty()) {
                    return "an empty list is not allowed (allowed: widths ≥ 1, e.g. [64, 64])";
                }
                for (Integer x : w) {
                    if (x == null || x < 1) {
                        return "width " + x + " is out of range (allowed: integers >= 1)";
                    }
                }
                return null;
            }
            case CLASSES:
            case POSITIVE_LABEL:
                return ((String) v).isBlank() ? "an empty value is not allowed" : null;
            default:
                return null; // normalize: any boolean
        }
    }

    /**
     * A value of another Java number type converted to this key's (an Integer for a LONG key, an
     * Integer or Long for a REAL key), so that callers can write {@code config.with(SEED, 3)};
     * anything else is returned as it is.
     */
    public Object coerce(Object value) {
        if (!(value instanceof Number num) || value instanceof Double && kind == Kind.REAL) {
            return value;
        }
        switch (kind) {
            case REAL: return num.doubleValue();
            case LONG: return value instanceof Long ? value : (Object) num.longValue();
            case INT:
                if (value instanceof Long l && (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE)) {
                    throw new ConfigException(key + ": value " + l + " is out of range (allowed: "
                            + (range != null ? range.allowed() : "an integer") + ")");
                }
                return value instanceof Integer ? value : (Object) num.intValue();
            default: return value;
        }
    }

    private static String datasetProblem(String name) {
        if (Datasets.NAMES.contains(name)) {
            return null;
        }
        for (DataSource format : DataSources.fileFormats()) {
            if (name.startsWith(format.prefix())) {
                return name.length() > format.prefix().length() ? null
                        : "'" + name + "' names no file (write " + format.name() + ")";
            }
        }
        return "unknown dataset '" + name + "' (allowed: " + String.join(", ", Datasets.NAMES)
                + ", or a file as " + String.join(", ", DataSources.fileForms()) + ")";
    }

    private static String unknownName(String what, String name, List<String> allowed) {
        return "unknown " + what + " '" + name + "' (allowed: " + String.join(", ", allowed) + ")";
    }

}
