package org.stepsizelab.core.data;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The image files shipped inside the jar (assets/data/), decoded at most once per JVM and then
 * shared: decoding is the slow part (un-gzipping up to 8 MB), picking samples from memory is not.
 */
final class BundledData {
    private BundledData() {}

    private static final ConcurrentMap<String, LabeledImages> CACHE = new ConcurrentHashMap<>();

    static LabeledImages mnist() {
        return CACHE.computeIfAbsent("mnist", k -> idx("mnist", "mnist10k-images-idx3-ubyte.gz",
                "mnist10k-labels-idx1-ubyte.gz"));
    }

    static LabeledImages fashion() {
        return CACHE.computeIfAbsent("fashion", k -> idx("fashion", "fashion10k-images-idx3-ubyte.gz",
                "fashion10k-labels-idx1-ubyte.gz"));
    }

    static LabeledImages cifarTrain() {
        return CACHE.computeIfAbsent("cifar-train", k -> CifarFiles.decode(
                FileBytes.resource("cifar10-airplane-automobile-train.bin.gz"), "bundled cifar training file"));
    }

    static LabeledImages cifarTest() {
        return CACHE.computeIfAbsent("cifar-test", k -> CifarFiles.decode(
                FileBytes.resource("cifar10-airplane-automobile-test.bin.gz"), "bundled cifar test file"));
    }

    private static LabeledImages idx(String set, String images, String labels) {
        return IdxFiles.decode(FileBytes.resource(images), "bundled " + set + " images",
                FileBytes.resource(labels), "bundled " + set + " labels");
    }
}
