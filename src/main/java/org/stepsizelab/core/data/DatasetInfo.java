package org.stepsizelab.core.data;

import java.util.List;
import java.util.Optional;

/**
 * What the app's data-set list and the README show about one data set: its {@code --dataset} name,
 * a one-line description, and the parameters it reads with their defaults. The defaults here are
 * the ones {@link Datasets#load} applies when a parameter is left unset (null).
 *
 * @param name the {@code --dataset} value; file-backed sets read {@code csv:PATH}, {@code idx:IMAGES,LABELS}, {@code cifar:PATH}
 */
public record DatasetInfo(String name, String description, List<Param> params) {

    /**
     * One parameter a data set reads.
     *
     * @param key the preset / summary.json key (snake_case)
     * @param option the command-line option
     * @param defaultValue an Integer, Double or String; null when the default is described only in words
     * @param defaultText the default as shown to people
     */
    public record Param(String key, String option, Object defaultValue, String defaultText, String meaning) {}

    public boolean uses(String key) {
        return param(key).isPresent();
    }

    public Optional<Param> param(String key) {
        return params.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** True for the sets read from a user's file ({@code csv:}, {@code idx:}, {@code cifar:} followed by a path). */
    public boolean isUserFile() {
        return name.contains(":");
    }

    /** Every data set, built-in ones first, in the order the app lists them. */
    public static List<DatasetInfo> all() {
        return Catalog.ALL;
    }

    /** The descriptor for a {@code --dataset} value (a file set matches by its prefix), if any. */
    public static Optional<DatasetInfo> of(String dataset) {
        if (dataset == null) {
            return Optional.empty();
        }
        int colon = dataset.indexOf(':');
        String key = colon < 0 ? dataset : dataset.substring(0, colon + 1);
        return Catalog.ALL.stream()
                .filter(i -> colon < 0 ? i.name().equals(key) : i.name().startsWith(key))
                .findFirst();
    }

    private static final class Catalog {
        static final Param TEST_N = new Param("test_n", "--test-n", 0, "0 (no split)",
                "held-out points, balanced and disjoint from the training ones");

        static Param n(int def) {
            return new Param("n", "--n", def, Integer.toString(def), "number of training points (balanced)");
        }

        static Param noise(double def) {
            return new Param("noise", "--noise", def, Double.toString(def),
                    "standard deviation of the Gaussian noise added to each coordinate");
        }

        static Param classes(String def, String meaning) {
            return new Param("classes", "--classes", def, def, meaning);
        }

        static final String CLASSES = "A,B or A1,A2:B1,B2 — class A (or group A) → +1, B → −1";

        static final List<DatasetInfo> ALL = List.of(
                new DatasetInfo("xor", "The paper's XOR: (±1,±1), label +1 when the signs agree; not linearly"
                        + " separable through the origin (γ = 0).", List.of()),
                new DatasetInfo("separable", "n points in R^d, linearly separable through the origin with margin"
                        + " exactly γ along e1, all inside the unit ball (the paper's Fig. 4: 5 points in R³, γ = 0.05).",
                        List.of(n(5),
                                new Param("dim", "--dim", 3, "3", "dimension d"),
                                new Param("margin", "--margin", 0.05, "0.05", "the data margin γ, 0 < γ < 1"),
                                TEST_N)),
                new DatasetInfo("lower-bound", "Theorem 4.3's two points x₁ = (γ, √(1−γ²)), x₂ = (γ, −√(1−γ²)/2),"
                        + " both labelled +1 (the theorem takes 0 < γ < 0.1 and starts from W₀ = 0: init scale 0).",
                        List.of(new Param("margin", "--margin", 0.05, "0.05", "γ, 0 < γ < 1"))),
                new DatasetInfo("gaussian", "Two Gaussian blobs centred at ±(1,1)/√2, labels ±1: separable"
                        + " through the origin when the noise is small.", List.of(n(200), noise(0.3), TEST_N)),
                new DatasetInfo("moons", "Two interleaved half-moons (radius 1), centred on the origin.",
                        List.of(n(200), noise(0.1), TEST_N)),
                new DatasetInfo("circles", "A disc of radius ½ (+1) inside a ring of radius 1 (−1).",
                        List.of(n(200), noise(0.05), TEST_N)),
                new DatasetInfo("spiral", "Two interleaved spirals of 1.75 turns, radius 1.",
                        List.of(n(200), noise(0.05), TEST_N)),
                new DatasetInfo("mnist", "Bundled MNIST digits (10,000 of 28×28 = 784 pixels), pixels/255;"
                        + " samples taken in file order.", List.of(n(1000), classes("0,1", CLASSES), TEST_N)),
                new DatasetInfo("fashion", "Bundled Fashion-MNIST (10,000 of 28×28 = 784 pixels; 0 T-shirt/top,"
                        + " 1 trouser, …, 9 ankle boot), pixels/255; samples taken in file order.",
                        List.of(n(1000), classes("0,1", CLASSES), TEST_N)),
                new DatasetInfo("cifar", "Bundled CIFAR-10 airplane (0) vs automobile (1): 762 training and 192"
                        + " test images of 32×32×3 = 3,072 bytes, pixels/255; the test split comes from the test images.",
                        List.of(new Param("n", "--n", null, "all (732: 366 per class)",
                                        "number of training images (balanced)"),
                                classes("0,1", "0,1 or 1,0 (the bundled file holds only these two classes)"),
                                new Param("test_n", "--test-n", 0, "0 (no split)",
                                        "held-out images from the test file, balanced (at most 178)"))),
                new DatasetInfo("csv:PATH", "Your CSV file: numeric feature columns, the label in the last column,"
                        + " an optional header line; labels −1/+1, 0/1 or any two distinct values.",
                        List.of(new Param("n", "--n", null, "all rows", "training rows (balanced, in file order)"),
                                new Param("test_n", "--test-n", 0, "0 (no split)",
                                        "held-out rows, balanced (the last ones of each label when --n is unset)"),
                                new Param("positive_label", "--positive-label", null,
                                        "+1 / 1 when the labels are −1/+1 or 0/1, else the first data row's label",
                                        "which label value becomes y = +1"))),
                new DatasetInfo("idx:IMAGES,LABELS", "Your IDX image and label files (the MNIST format,"
                        + " gzipped or not), pixels/255.", List.of(n(1000), classes("0,1", CLASSES), TEST_N)),
                new DatasetInfo("cifar:PATH", "Your CIFAR-10 binary batch (3,073-byte records, gzipped or not),"
                        + " pixels/255.", List.of(n(1000), classes("0,1", CLASSES + " (0 airplane, 1 automobile,"
                        + " …, 9 truck)"), TEST_N)));
    }
}
