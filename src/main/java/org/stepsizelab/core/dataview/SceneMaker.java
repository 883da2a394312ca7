package org.stepsizelab.core.dataview;

import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.data.DataMargin;
import org.stepsizelab.core.data.DataSplit;

/**
 * Turns weight snapshots of one run into {@link DataViewScene}s: knows the run's network and data,
 * and works out once what every picture of the run shares (for d > 2 the projection, which needs the
 * max-margin direction). Thread-safe after construction; build it off the FX thread.
 */
public final class SceneMaker {
    /** Decision-map resolution used when none is asked for. */
    public static final int DEFAULT_COLUMNS = 160;

    private final RunConfig config;
    private final Dataset train;
    private final Dataset test;
    private final Projection projection;

    public SceneMaker(RunConfig config, DataSplit split) {
        this.config = config;
        this.train = split.train();
        this.test = split.test();
        this.projection = train.d() == 2 || !planeLike(train) ? null : projectionOf(train);
    }

    /** Data a plane picture fits: 2-D, or a few dimensions (fig4, separable). Images get other views. */
    public static boolean planeLike(Dataset data) {
        return data.d() <= 16;
    }

    public boolean plane() {
        return train.d() == 2;
    }

    /** The picture of W_t (m×d, row-major) at step t. */
    public DataViewScene scene(long step, double[] weights, int columns) {
        DecisionFunction f = decision(weights);
        double[] lines = train.d() == 2 ? weights : null;
        return DataViewScene.compute(step, f, lines, train, test, projection, columns);
    }

    /** The network of this run at the given weights. */
    public DecisionFunction decision(double[] weights) {
        return TwoLayerDecision.of(config, weights, train.d());
    }

    public Dataset train() {
        return train;
    }

    public Dataset test() {
        return test;
    }

    public RunConfig config() {
        return config;
    }

    private static Projection projectionOf(Dataset train) {
        DataMargin gamma = DataMargin.of(train);
        double[] u = gamma.status() == DataMargin.Status.COMPUTED ? gamma.direction() : null;
        return Projection.of(train, u);
    }
}
