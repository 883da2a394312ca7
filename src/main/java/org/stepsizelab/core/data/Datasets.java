package org.stepsizelab.core.data;

import java.util.List;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.config.ConfigKey;
import org.stepsizelab.core.config.KeyText;

/**
 * Builds the data a configuration names, and its optional held-out test split. Every generated set
 * is a pure function of its parameters and the seed; file-backed sets take records in file order.
 * Scaling (on by default): one factor so that the training set has max‖x_i‖ = 1, applied to the
 * test split too (docs/MATH.md §1); {@link Dataset#scale()} holds the factor.
 */
public final class Datasets {
    private Datasets() {}

    /** Built-in names accepted by {@code --dataset}; user files use a prefix (see {@link DataSources}). */
    public static final List<String> NAMES = DataSources.BUILT_IN;

    /** Largest number of feature values a data set may hold (n·d doubles, 400 MB). */
    static final long MAX_VALUES = 50_000_000L;

    /** The data-set keys whose ranges {@link #loadUnscaled} checks (by ConfigKey's rules, the only ones). */
    private static final ConfigKey[] DATA_KEYS = {ConfigKey.N, ConfigKey.DIM, ConfigKey.MARGIN, ConfigKey.NOISE,
        ConfigKey.CLASSES, ConfigKey.TEST_N, ConfigKey.POSITIVE_LABEL};

    public static DataSplit load(RunConfig cfg) {
        DataSplit raw = loadUnscaled(cfg);
        refuseDegenerate(raw.train());
        if (!cfg.normalize()) {
            return raw;
        }
        Dataset train = raw.train().normalized();
        Dataset test = raw.hasTest() ? raw.test().scaledBy(train.scale()) : null;
        return new DataSplit(train, test);
    }

    /**
     * Data on which nothing can be computed: without features, or with every feature 0 (then every
     * output is f(W; 0) = 0 for any W, the gradient is 0, and the margin is 0/0). Said with the set's
     * name, which for a file is its path.
     */
    static void refuseDegenerate(Dataset train) {
        if (train.d() == 0) {
            throw new DataException(train.name() + ": the points have no features (0 columns); nothing can be learned");
        }
        if (train.radius() == 0) {
            throw new DataException(train.name() + ": every feature of all " + train.n() + " training points is 0;"
                    + " the network's output is then the same for every point and every W, and nothing can be learned");
        }
    }

    /** The data before scaling (images already divided by 255). */
    static DataSplit loadUnscaled(RunConfig cfg) {
        String name = cfg.dataset() == null ? "" : cfg.dataset().trim();
        DataSource source = DataSources.of(name).orElseThrow(() -> new DataException("unknown dataset '" + name
                + "'; allowed: " + String.join(", ", NAMES) + ", or a file as " + orList(DataSources.fileForms())));
        // the ranges every key allows, from ConfigKey (a configuration built directly skipped them)
        for (ConfigKey k : DATA_KEYS) {
            k.check(k.get(cfg), KeyText.key(k));
        }
        return source.loader().load(cfg, source, name, paths(name, source));
    }

    /** The file paths after a format's prefix (none for a built-in set). */
    private static String[] paths(String dataset, DataSource source) {
        if (!source.isUserFile()) {
            return new String[0];
        }
        String rest = dataset.substring(dataset.indexOf(':') + 1).trim();
        if (rest.isEmpty()) {
            throw new DataException(KeyText.value(ConfigKey.DATASET, "'" + dataset + "'") + ": expected "
                    + source.name() + " with a file path after the colon");
        }
        if (source.paths() == 1) {
            return new String[] {rest};
        }
        String[] paths = rest.split(",", -1);
        if (paths.length != source.paths() || java.util.Arrays.stream(paths).anyMatch(String::isBlank)) {
            throw new DataException(KeyText.value(ConfigKey.DATASET, "'" + dataset + "'") + ": expected "
                    + source.name() + ", "
                    + (source.paths() == 2 ? "two file paths separated by one comma"
                            : source.paths() + " file paths separated by commas"));
        }
        for (int i = 0; i < paths.length; i++) {
            paths[i] = paths[i].trim();
        }
        return paths;
    }

    /** "a, b or c". */
    private static String orList(List<String> items) {
        int last = items.size() - 1;
        return last == 0 ? items.get(0) : String.join(", ", items.subList(0, last)) + " or " + items.get(last);
    }

    static DataSplit fig4(RunConfig cfg, DataSource source, String name, String[] paths) {
        noTestSplit(cfg, "its five fixed points");
        return new DataSplit(ToySets.fig4(), null);
    }

    static DataSplit xor(RunConfig cfg, DataSource source, String name, String[] paths) {
        noTestSplit(cfg, "its four fixed points");
        return new DataSplit(ToySets.xor(), null);
    }

    static DataSplit lowerBound(RunConfig cfg, DataSource info, String name, String[] paths) {
        double gamma = real(cfg.margin(), info, "margin"); // 0 < γ < 1 (ConfigKey.MARGIN); Theorem 4.3 takes γ < 0.1
        noTestSplit(cfg, "its two fixed points");
        return new DataSplit(ToySets.lowerBound(gamma), null);
    }

    static DataSplit separable(RunConfig cfg, DataSource info, String name, String[] paths) {
        int n = count(cfg.n(), info, 2);
        int d = integer(cfg.dim(), info, "dim"); // ≥ 1 and 0 < γ < 1: ConfigKey.DIM and MARGIN
        double gamma = real(cfg.margin(), info, "margin");
        checkSize((long) n + cfg.testN(), d);
        Dataset train = ToySets.separable(n, d, gamma, new DataRandom(cfg.seed(), "separable", "train"), true);
        Dataset test = cfg.testN() == 0 ? null
                : ToySets.separable(cfg.testN(), d, gamma, new DataRandom(cfg.seed(), "separable", "test"), false);
        return new DataSplit(train, test);
    }

    static DataSplit plane(RunConfig cfg, DataSource info, PlaneSets.Shape shape) {
        int n = count(cfg.n(), info, 2);
        double noise = real(cfg.noise(), info, "noise"); // 0 to 100: ConfigKey.NOISE
        checkSize((long) n + cfg.testN(), 2);
        String set = info.name();
        Dataset train = PlaneSets.generate(set, shape, n, noise, new DataRandom(cfg.seed(), set, "train"));
        Dataset test = cfg.testN() == 0 ? null
                : PlaneSets.generate(set, shape, cfg.testN(), noise, new DataRandom(cfg.seed(), set, "test"));
        return new DataSplit(train, test);
    }

    /**
     * An image set: the first ⌈n/2⌉ records of the +1 classes and ⌊n/2⌋ of the −1 classes in file
     * order; the test split takes the next ones (or the first ones of a separate test file).
     */
    static DataSplit images(RunConfig cfg, DataSource info, String setName, LabeledImages file,
            LabeledImages testFile) {
        String classText = cfg.classes() != null ? cfg.classes()
                : (String) info.param("classes").orElseThrow().defaultValue();
        ClassSpec spec = ClassSpec.parse(classText);
        spec.requireKnown(file.classesPresent(), setName);
        int[] sides = sides(file, spec);
        Integer n = cfg.n();
        if (n == null && info.param("n").orElseThrow().defaultValue() == null) {
            // "all": the largest balanced set
            n = 2 * Math.min(BalancedPick.countSide(sides, 1), BalancedPick.countSide(sides, -1));
        }
        int nTrain = count(n, info, 2);
        checkSize((long) nTrain + cfg.testN(), file.features());
        String plusName = className(spec.positive());
        String minusName = className(spec.negative());
        String what = KeyText.value(ConfigKey.N, nTrain)
                + (cfg.n() == null ? " (the default; a smaller " + KeyText.key(ConfigKey.N) + " fits)" : "")
                + (testFile == null && cfg.testN() > 0 ? " with " + KeyText.value(ConfigKey.TEST_N, cfg.testN()) : "");
        int[] split = BalancedPick.counts(nTrain, sides, 0, 0);
        int[] trainRows = BalancedPick.pick(sides, split[0], split[1],
                0, 0, file.source(), file.recordWord(), plusName, minusName, what);
        Dataset train = new Dataset(setName, trainRows.length, file.features(), file.pixels(trainRows),
                labels(sides, trainRows), 1.0);
        Dataset test = null;
        if (cfg.testN() > 0 && testFile == null) {
            // the next records of each side, after the training ones
            int[] testRows = BalancedPick.pick(sides, BalancedPick.plusHalf(cfg.testN()),
                    BalancedPick.minusHalf(cfg.testN()), split[0], split[1],
                    file.source(), file.recordWord(), plusName, minusName, what);
            test = new Dataset(setName, testRows.length, file.features(), file.pixels(testRows),
                    labels(sides, testRows), 1.0);
        } else if (cfg.testN() > 0) {
            spec.requireKnown(testFile.classesPresent(), testFile.source());
            int[] testSides = sides(testFile, spec);
            int[] testRows = BalancedPick.pick(testSides, BalancedPick.plusHalf(cfg.testN()),
                    BalancedPick.minusHalf(cfg.testN()), 0, 0, testFile.source(), testFile.recordWord(), plusName,
                    minusName, KeyText.value(ConfigKey.TEST_N, cfg.testN()));
            test = new Dataset(setName, testRows.length, testFile.features(), testFile.pixels(testRows),
                    labels(testSides, testRows), 1.0);
        }
        return new DataSplit(train, test);
    }

    /**
     * A CSV file. With --n, balanced picks in file order like the image sets; without it every row
     * trains, except that a test split takes the last ⌈t/2⌉ rows labelled +1 and ⌊t/2⌋ labelled −1.
     */
    static DataSplit csv(RunConfig cfg, DataSource info, String path) {
        CsvFiles.Table t = CsvFiles.read(path, cfg.positiveLabel());
        int[] sides = new int[t.rows()];
        for (int i = 0; i < sides.length; i++) {
            sides[i] = t.y()[i] > 0 ? 1 : -1;
        }
        String plusName = "label '" + t.positive() + "'";
        String minusName = "label '" + t.negative() + "'";
        int testN = cfg.testN();
        int[] trainRows;
        int[] testRows = new int[0];
        if (cfg.n() != null) {
            int n = count(cfg.n(), info, 2);
            String what = KeyText.value(ConfigKey.N, n) + (testN > 0 ? " with " + KeyText.value(ConfigKey.TEST_N, testN) : "");
            int[] split = BalancedPick.counts(n, sides, 0, 0);
            trainRows = BalancedPick.pick(sides, split[0], split[1], 0, 0, path, "row",
                    plusName, minusName, what);
            if (testN > 0) {
                testRows = BalancedPick.pick(sides, BalancedPick.plusHalf(testN), BalancedPick.minusHalf(testN),
                        split[0], split[1], path, "row", plusName, minusName, what);
            }
        } else if (testN > 0) {
            int plus = BalancedPick.countSide(sides, 1);
            int minus = BalancedPick.countSide(sides, -1);
            int tp = BalancedPick.plusHalf(testN);
            int tm = BalancedPick.minusHalf(testN);
            String what = KeyText.value(ConfigKey.TEST_N, testN) + " (keeping at least one row of each label for training)";
            testRows = BalancedPick.pick(sides, tp, tm, Math.max(0, plus - tp), Math.max(0, minus - tm), path, "row",
                    plusName, minusName, what);
            if (plus - tp < 1 || minus - tm < 1) {
                throw new DataException(path + " has " + plus + " rows of " + plusName + " and " + minus + " of "
                        + minusName + "; " + what + " needs more");
            }
            trainRows = complement(t.rows(), testRows);
        } else {
            trainRows = complement(t.rows(), new int[0]);
        }
        Dataset train = rows(cfg.dataset(), t, trainRows);
        Dataset test = testN > 0 ? rows(cfg.dataset(), t, testRows) : null;
        return new DataSplit(train, test);
    }

    private static Dataset rows(String name, CsvFiles.Table t, int[] rows) {
        int d = t.d();
        if (rows.length == t.rows() && isIdentity(rows)) {
            return new Dataset(name, rows.length, d, t.x(), t.y(), 1.0); // every row in order: no copy of a big file
        }
        double[] x = new double[rows.length * d];
        double[] y = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(t.x(), rows[i] * d, x, i * d, d);
            y[i] = t.y()[rows[i]];
        }
        return new Dataset(name, rows.length, d, x, y, 1.0);
    }

    private static boolean isIdentity(int[] rows) {
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] != i) {
                return false;
            }
        }
        return true;
    }

    private static int[] complement(int total, int[] taken) {
        boolean[] used = new boolean[total];
        for (int r : taken) {
            used[r] = true;
        }
        int[] out = new int[total - taken.length];
        int k = 0;
        for (int r = 0; r < total; r++) {
            if (!used[r]) {
                out[k++] = r;
            }
        }
        return out;
    }

    private static int[] sides(LabeledImages file, ClassSpec spec) {
        int[] sides = new int[file.count()];
        for (int r = 0; r < sides.length; r++) {
            sides[r] = spec.label(file.labels()[r]);
        }
        return sides;
    }

    private static double[] labels(int[] sides, int[] rows) {
        double[] y = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            y[i] = sides[rows[i]];
        }
        return y;
    }

    private static String className(int[] classes) {
        return (classes.length == 1 ? "class " : "classes ") + ClassSpec.side(classes);
    }

    private static void noTestSplit(RunConfig cfg, String what) {
        if (cfg.testN() > 0) {
            throw new DataException(KeyText.value(ConfigKey.TEST_N, cfg.testN()) + ": " + cfg.dataset() + " has only "
                    + what + ", so it has no test split; use " + KeyText.value(ConfigKey.TEST_N, 0));
        }
    }

    private static int count(Integer n, DataSource info, int min) {
        int v = integer(n, info, "n");
        if (v < min) {
            throw new DataException(KeyText.value(ConfigKey.N, v) + " is too small for " + info.name() + "; expected at least " + min
                    + " points (one of each label)");
        }
        return v;
    }

    private static int integer(Integer v, DataSource info, String key) {
        return v != null ? v : (Integer) info.param(key).orElseThrow().defaultValue();
    }

    private static double real(Double v, DataSource info, String key) {
        return v != null ? v : (Double) info.param(key).orElseThrow().defaultValue();
    }

    private static void checkSize(long n, long d) {
        if (n * d > MAX_VALUES) {
            throw new DataException("a data set of " + n + " points × " + d + " dimensions would hold " + n * d
                    + " values; the limit is " + MAX_VALUES);
        }
    }
}
