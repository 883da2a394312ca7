package org.stepsizelab.core.data;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.stepsizelab.core.data.DataSource.FileMatch;
import org.stepsizelab.core.data.DataSource.Param;
import org.stepsizelab.core.config.ConfigKey;

/**
 * The registry of data sources: the one place that lists the data sets and file formats by name.
 * A new data set or file format is a loader (a reader class, or a method of {@link Datasets}) and
 * one line in {@link #ALL}; the command line, presets, the app's data-set list, its file chooser
 * and the help texts all read this list.
 */
public final class DataSources {
    private DataSources() {}

    private static final Param TEST_N = new Param(ConfigKey.TEST_N, 0, "0 (no split)",
            "held-out points, balanced and disjoint from the training ones");
    private static final String CLASSES = "A,B or A1,A2:B1,B2 — class A (or group A) → +1, B → −1";

    /** Every data source, built-in sets first, in the order the app and the help list them. */
    private static final List<DataSource> ALL = List.of(
            toy("xor", "The paper's XOR: (±1,±1), label +1 when the signs agree; not linearly"
                    + " separable through the origin (γ = 0).", List.of(), true, Datasets::xor),
            toy("separable", "n points in R^d, linearly separable through the origin with margin"
                    + " exactly γ along e1, all inside the unit ball (the paper's Fig. 4: 5 points in R³, γ = 0.05).",
                    List.of(n(5), new Param(ConfigKey.DIM, 3, "3", "dimension d"),
                            new Param(ConfigKey.MARGIN, 0.05, "0.05", "the data margin γ, 0 < γ < 1"), TEST_N),
                    false, Datasets::separable),
            toy("fig4", "The paper's own Fig. 4 points in R³: (0.05,1,2), (0.05,−2,1), (0.05,−2,−2), (0.05,1,−2)"
                    + " labelled +1 and (−1,0,2) labelled −1; max-margin direction e1, γ = 0.05 (max‖x‖ = 3: the"
                    + " paper does not rescale them, so its preset sets normalize off).", List.of(), false, Datasets::fig4),
            toy("lower-bound", "Theorem 4.3's two points x₁ = (γ, √(1−γ²)), x₂ = (γ, −√(1−γ²)/2),"
                    + " both labelled +1 (the theorem takes 0 < γ < 0.1 and starts from W₀ = 0: init scale 0).",
                    List.of(new Param(ConfigKey.MARGIN, 0.05, "0.05", "γ, 0 < γ < 1")), true,
                    Datasets::lowerBound),
            plane("gaussian", "Two Gaussian blobs centred at ±(1,1)/√2, labels ±1: separable"
                    + " through the origin when the noise is small.", 0.3, PlaneSets::gaussian),
            plane("moons", "Two interleaved half-moons (radius 1), centred on the origin.", 0.1, PlaneSets::moons),
            plane("circles", "A disc of radius ½ (+1) inside a ring of radius 1 (−1).", 0.05, PlaneSets::circles),
            plane("spiral", "Two interleaved spirals of 1.75 turns, radius 1.", 0.05, PlaneSets::spiral),
            bundled("mnist", "Bundled MNIST digits (10,000 of 28×28 = 784 pixels), pixels/255;"
                    + " samples taken in file order.", List.of(n(1000), classes("0,1", CLASSES), TEST_N),
                    (cfg, src, name, p) -> Datasets.images(cfg, src, "mnist", BundledData.mnist(), null)),
            bundled("fashion", "Bundled Fashion-MNIST (10,000 of 28×28 = 784 pixels; 0 T-shirt/top,"
                    + " 1 trouser, …, 9 ankle boot), pixels/255; samples taken in file order.",
                    List.of(n(1000), classes("0,1", CLASSES), TEST_N),
                    (cfg, src, name, p) -> Datasets.images(cfg, src, "fashion", BundledData.fashion(), null)),
            bundled("cifar", "Bundled CIFAR-10 airplane (0) vs automobile (1): 762 training and 192"
                    + " test images of 32×32×3 = 3,072 bytes, pixels/255; the test split comes from the test images.",
                    List.of(new Param(ConfigKey.N, null, "all (732: 366 per class)",
                                    "number of training images (balanced)"),
                            classes("0,1", "0,1 or 1,0 (the bundled file holds only these two classes)"),
                            new Param(ConfigKey.TEST_N, 0, "0 (no split)",
                                    "held-out images from the test file, balanced (at most 178)")),
                    (cfg, src, name, p) -> Datasets.images(cfg, src, "cifar", BundledData.cifarTrain(),
                            BundledData.cifarTest())),
            file("csv:PATH", "Your CSV file: numeric feature columns, the label in the last column,"
                    + " an optional header line; labels −1/+1, 0/1 or any two distinct values.",
                    List.of(new Param(ConfigKey.N, null, "all rows", "training rows (balanced, in file order)"),
                            new Param(ConfigKey.TEST_N, 0, "0 (no split)",
                                    "held-out rows, balanced (the last ones of each label when --n is unset)"),
                            new Param(ConfigKey.POSITIVE_LABEL, null,
                                    "+1 / 1 when the labels are −1/+1 or 0/1, else the first data row's label",
                                    "which label value becomes y = +1")),
                    1, new FileMatch("CSV", List.of("*.csv", "*.csv.gz"), null),
                    (cfg, src, name, p) -> Datasets.csv(cfg, src, p[0])),
            file("idx:IMAGES,LABELS", "Your IDX image and label files (the MNIST format,"
                    + " gzipped or not), pixels/255.", List.of(n(1000), classes("0,1", CLASSES), TEST_N),
                    2, new FileMatch("IDX", List.of("*ubyte*", "*.idx", "*.idx.gz"),
                            f -> f.contains("idx3") || f.endsWith(".idx")),
                    (cfg, src, name, p) -> Datasets.images(cfg, src, name, IdxFiles.read(p[0], p[1]), null)),
            file("cifar:PATH", "Your CIFAR-10 binary batch (3,073-byte records, gzipped or not),"
                    + " pixels/255.", List.of(n(1000), classes("0,1", CLASSES + " (0 airplane, 1 automobile,"
                    + " …, 9 truck)"), TEST_N),
                    1, new FileMatch("CIFAR-10 batch", List.of("*.bin", "*.bin.gz"), f -> f.endsWith(".bin")),
                    (cfg, src, name, p) -> Datasets.images(cfg, src, name, CifarFiles.read(p[0]), null)));

    /** The built-in names accepted by {@code --dataset}, in list order. */
    public static final List<String> BUILT_IN = ALL.stream().filter(s -> !s.isUserFile()).map(DataSource::name)
            .collect(Collectors.toUnmodifiableList());

    /** Every data source, built-in ones first, in the order the app lists them. */
    public static List<DataSource> all() {
        return ALL;
    }

    /** The file formats, in list order. */
    public static List<DataSource> fileFormats() {
        return ALL.stream().filter(DataSource::isUserFile).toList();
    }

    /** The source of a {@code --dataset} value (a file format matches by its prefix), if any. */
    public static Optional<DataSource> of(String dataset) {
        if (dataset == null) {
            return Optional.empty();
        }
        int colon = dataset.indexOf(':');
        String key = colon < 0 ? dataset : dataset.substring(0, colon + 1);
        return ALL.stream().filter(s -> colon < 0 ? s.name().equals(key) : s.name().startsWith(key)).findFirst();
    }

    /**
     * The file format of a file the user picked: the first format whose name test claims it, else
     * the format that takes every other file (CSV).
     */
    public static DataSource forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        String n = name;
        List<DataSource> formats = fileFormats();
        return formats.stream().filter(s -> s.files().claims(n)).findFirst()
                .orElseGet(() -> formats.stream().filter(s -> s.files().test() == null).findFirst().orElseThrow());
    }

    /** How the file formats are written, e.g. {@code [csv:PATH, idx:IMAGES,LABELS, cifar:PATH]}. */
    public static List<String> fileForms() {
        return fileFormats().stream().map(DataSource::name).toList();
    }

    private static Param n(int def) {
        return new Param(ConfigKey.N, def, Integer.toString(def), "number of training points (balanced)");
    }

    private static Param classes(String def, String meaning) {
        return new Param(ConfigKey.CLASSES, def, def, meaning);
    }

    private static DataSource toy(String name, String description, List<Param> params, boolean planar,
            DataSource.Loader loader) {
        return new DataSource(name, description, params, loader, 0, null, planar, true);
    }

    /** A 2-D generator: n points, Gaussian noise of the given default, labels alternating. */
    private static DataSource plane(String name, String description, double noise, PlaneSets.Shape shape) {
        Param noiseParam = new Param(ConfigKey.NOISE, noise, Double.toString(noise),
                "standard deviation of the Gaussian noise added to each coordinate");
        return new DataSource(name, description, List.of(n(200), noiseParam, TEST_N),
                (cfg, src, n, p) -> Datasets.plane(cfg, src, shape), 0, null, true, true);
    }

    private static DataSource bundled(String name, String description, List<Param> params,
            DataSource.Loader loader) {
        return new DataSource(name, description, params, loader, 0, null, false, false);
    }

    private static DataSource file(String form, String description, List<Param> params, int paths, FileMatch files,
            DataSource.Loader loader) {
        return new DataSource(form, description, params, loader, paths, files, false, false);
    }
}
