package org.stepsizelab.core.data;

import org.stepsizelab.core.RunConfig;

/** Test helper: a RunConfig for a data set with only the data-set parameters changed from the defaults. */
final class DataConfig {
    String dataset;
    Integer n;
    Integer dim;
    Double margin;
    Double noise;
    String classes;
    int testN;
    boolean normalize = true;
    String positiveLabel;
    long seed;

    private DataConfig(String dataset) {
        this.dataset = dataset;
    }

    static DataConfig of(String dataset) {
        return new DataConfig(dataset);
    }

    DataConfig n(Integer v) { n = v; return this; }
    DataConfig dim(Integer v) { dim = v; return this; }
    DataConfig margin(Double v) { margin = v; return this; }
    DataConfig noise(Double v) { noise = v; return this; }
    DataConfig classes(String v) { classes = v; return this; }
    DataConfig testN(int v) { testN = v; return this; }
    DataConfig normalize(boolean v) { normalize = v; return this; }
    DataConfig positive(String v) { positiveLabel = v; return this; }
    DataConfig seed(long v) { seed = v; return this; }

    RunConfig build() {
        RunConfig c = RunConfig.defaults();
        return new RunConfig(dataset, c.activation(), c.leak(), c.huberH(), c.width(), c.eta(), c.steps(), seed,
                c.initScale(), c.loss(), c.outputScale(), n, dim, margin, noise, classes, testN, normalize,
                positiveLabel, c.every(), c.sharpnessEvery());
    }

    DataSplit load() {
        return Datasets.load(build());
    }

    DataSplit loadUnscaled() {
        return Datasets.loadUnscaled(build());
    }
}
