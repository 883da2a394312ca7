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
    DATASET("dataset", "--dataset", Kind.TEXT, false, RunConfig::dataset),
    ACTIVATION("activation", "--activation", Kind.TEXT, false, RunConfig::activation),
    LEAK("leak", "--leak", Kind.REAL, false, RunConfig::leak),
    HUBER_H("huber_h", "--huber-h", Kind.REAL, false, RunConfig::huberH),
    WIDTH("width", "--width", Kind.INT, false, RunConfig::width),
    ETA("eta", "--eta", Kind.REAL, false, RunConfig::eta),
    STEPS("steps", "--steps", Kind.LONG, false, RunConfig::steps),
    SEED("seed", "--seed", Kind.LONG, false, RunConfig::seed),
    INIT_SCALE("init_scale", "--init-scale", Kind.REAL, false, RunConfig::initScale),
    LOSS("loss", "--loss", Kind.TEXT, false, RunConfig::loss),
    OUTPUT_SCALE("output_scale", "--output-scale", Kind.REAL, false, RunConfig::outputScale),
    N("n", "--n", Kind.INT, true, RunConfig::n),
    DIM("dim", "--dim", Kind.INT, true, RunConfig::dim),
    MARGIN("margin", "--margin", Kind.REAL, true, RunConfig::margin),
    NOISE("noise", "--noise", Kind.REAL, true, RunConfig::noise),
    CLASSES("classes", "--classes", Kind.TEXT, true, RunConfig::classes),
    TEST_N("test_n", "--test-n", Kind.INT, false, RunConfig::testN),
    NORMALIZE("normalize", "--no-normalize", Kind.BOOL, false, RunConfig::normalize),
    POSITIVE_LABEL("positive_label", "--positive-label", Kind.TEXT, true, RunConfig::positiveLabel),
    EVERY("every", "--every", Kind.INT, false, RunConfig::every),
    SHARPNESS_EVERY("sharpness_every", "--sharpness-every", Kind.INT, false, RunConfig::sharpnessEvery),
    /** The network (core.model.Models); written to JSON only when it is not the default two-layer net. */
    MODEL("model", "--model", Kind.TEXT, false, RunConfig::model),
    /** Trained layers L of an MLP (null: the model's default). */
    DEPTH("depth", "--depth", Kind.INT, true, RunConfig::depth),
    /** Hidden widths of an MLP, e.g. [64, 64] (null: the model's default). */
    WIDTHS("widths", "--widths", Kind.INT_LIST, true, RunConfig::widths),
    /** M in the normalized margin min_i y_i f/‖θ‖^M (null: the model's own, 1 for two-layer, L for an MLP). */
    MARGIN_POWER("margin_power", "--margin-power", Kind.REAL, true, RunConfig::marginPower);

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
    private final Function<RunConfig, Object> getter;

    ConfigKey(String key, String option, Kind kind, boolean nullable, Function<RunConfig, Object> getter) {
        this.key = key;
        this.option = option;
        this.kind = kind;
        this.nullable = nullable;
        this.getter = getter;
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
        switch (this) {
            case DATASET: return datasetProblem((String) v);
            case ACTIVATION:
                return Base.NAMES.contains(v) ? null : unknownName("activation", (String) v, Base.NAMES);
            case LOSS:
                return Loss.NAMES.contains(v) ? null : unknownName("loss", (String) v, Loss.NAMES);
            case LEAK: {
                double c = (Double) v;
                return c >= 0 && c < 1 ? null : outOfRange(c, "a number c with 0 <= c < 1");
            }
            case HUBER_H:
            case ETA:
            case OUTPUT_SCALE:
                return positiveFinite((Double) v);
            case INIT_SCALE: {
                double s = (Double) v;
                return s >= 0 && Double.isFinite(s) ? null : outOfRange(s, "a finite number >= 0");
            }
            case NOISE: {
                double s = (Double) v;
                return s >= 0 && Double.isFinite(s) ? null : outOfRange(s, "a finite number >= 0");
            }
            case MARGIN: {
                double g = (Double) v;
                return g > 0 && g < 1 ? null : outOfRange(g, "a number γ with 0 < γ < 1");
            }
            case WIDTH:
            case N:
            case DIM:
            case EVERY:
                return atLeast((Integer) v, 1);
            case TEST_N:
            case SHARPNESS_EVERY:
                return atLeast((Integer) v, 0);
            case STEPS: {
                long t = (Long) v;
                return t >= 0 && t <= org.stepsizelab.core.RunSize.MAX_STEPS ? null
                        : "value " + t + " is out of range (allowed: an integer from 0 to 1e12)";
            }
            case MODEL:
                return Models.names().contains(v) ? null : unknownName("model", (String) v, Models.names());
            case DEPTH:
                return atLeast((Integer) v, 1);
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
            case MARGIN_POWER:
                return positiveFinite((Double) v);
            case CLASSES:
            case POSITIVE_LABEL:
                return ((String) v).isBlank() ? "an empty value is not allowed" : null;
            default:
                return null; // seed: any integer; normalize: any boolean
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

    private static String positiveFinite(double v) {
        return v > 0 && Double.isFinite(v) ? null : outOfRange(v, "a finite number > 0");
    }

    private static String atLeast(int v, int min) {
        return v >= min ? null : "value " + v + " is out of range (allowed: an integer >= " + min + ")";
    }

    private static String outOfRange(double v, String allowed) {
        return "value " + Num.exact(v) + " is out of range (allowed: " + allowed + ")";
    }
}
