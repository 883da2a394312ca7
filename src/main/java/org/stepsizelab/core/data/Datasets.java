package org.stepsizelab.core.data;

import java.util.List;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.RunConfig;

/** Builds the data a configuration names. Every data set is a pure function of its parameters and seed. */
public final class Datasets {
    private Datasets() {}

    /** Names accepted by {@code --dataset} (file-backed sets use a prefix: csv:, idx:, cifar:). */
    public static final List<String> NAMES = List.of("xor");

    public static DataSplit load(RunConfig cfg) {
        Dataset raw;
        switch (cfg.dataset()) {
            case "xor":
                raw = xor();
                break;
            default:
                throw new org.stepsizelab.core.InputException("unknown dataset '" + cfg.dataset() + "' (allowed: "
                        + String.join(", ", NAMES) + ")");
        }
        Dataset train = cfg.normalize() ? raw.normalized() : raw;
        return new DataSplit(train, null);
    }

    /** MATH.md §5: (−1,−1)→+1, (1,1)→+1, (1,−1)→−1, (−1,1)→−1 (scaled to unit norm by normalization). */
    public static Dataset xor() {
        double[] x = {-1, -1, 1, 1, 1, -1, -1, 1};
        double[] y = {1, 1, -1, -1};
        return new Dataset("xor", 4, 2, x, y, 1.0);
    }
}
