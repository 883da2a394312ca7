package org.stepsizelab.core.dataview;

import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.data.DataMargin;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.model.Model;
import org.stepsizelab.core.model.TwoLayerNet;

/**
 * Turns θ snapshots of one run into pictures of the data view: knows the run's network (the seam's
 * {@link Model}: every decision value is its {@link Model#predict}) and data, and works out once what
 * every picture of the run shares (for d &gt; 2 the projection, which needs the max-margin direction;
 * for image data the sample of images shown). Thread-safe after construction; build it off the FX thread.
 */
public final class SceneMaker {
    /** Decision-map resolution used when none is asked for. */
    public static final int DEFAULT_COLUMNS = 160;

    /** What kind of picture the run's data get. */
    public enum Kind {
        /** 2-D data: the decision map. */
        PLANE,
        /** 3 to 16 dimensions: the points projected on two informative directions. */
        PROJECTED,
        /** Images (MNIST-like 28×28, CIFAR 32×32×3, any square grey or RGB image): {@link ImageScene}. */
        IMAGES,
        /** Anything else (d &gt; 16 that is no image): not drawn. */
        NONE
    }

    private final Model model;
    private final Dataset train;
    private final Dataset test;
    private final Kind kind;
    private final Projection projection;
    private final ImageShape shape;
    private final ImageScene.Sample sample;

    public SceneMaker(Model model, DataSplit split) {
        this.model = model;
        this.train = split.train();
        this.test = split.test();
        if (model.inputDim() != train.d()) {
            throw new IllegalArgumentException("the model takes d = " + model.inputDim() + ", the data have d = "
                    + train.d());
        }
        this.kind = kindOf(train);
        this.projection = kind == Kind.PROJECTED ? projectionOf(train) : null;
        this.shape = kind == Kind.IMAGES ? ImageShape.of(train.d()) : null;
        this.sample = kind == Kind.IMAGES ? ImageScene.Sample.of(train, shape, ImageScene.DEFAULT_SAMPLE) : null;
    }

    /** The picture data of this dimension get. */
    public static Kind kindOf(Dataset data) {
        if (data.d() == 2) {
            return Kind.PLANE;
        }
        if (data.d() <= 16) {
            return Kind.PROJECTED;
        }
        return ImageShape.of(data.d()) != null ? Kind.IMAGES : Kind.NONE;
    }

    /** Data a plane picture fits: 2-D, or a few dimensions (fig4, separable). Images get other views. */
    public static boolean planeLike(Dataset data) {
        return data.d() <= 16;
    }

    public Kind kind() {
        return kind;
    }

    public boolean plane() {
        return kind == Kind.PLANE;
    }

    /** The map or projection of θ_t at step t (2-D and low-dimensional data). */
    public DataViewScene scene(long step, double[] theta, int columns) {
        if (kind != Kind.PLANE && kind != Kind.PROJECTED) {
            throw new IllegalStateException("data of d = " + train.d() + " get no plane picture");
        }
        double[] lines = kind == Kind.PLANE && model instanceof TwoLayerNet ? theta : null;
        return DataViewScene.compute(step, model, theta, lines, train, test, projection, columns);
    }

    /** The image views of θ_t (image data). */
    public ImageScene images(long step, double[] theta) {
        if (kind != Kind.IMAGES) {
            throw new IllegalStateException("data of d = " + train.d() + " are not images");
        }
        return ImageScene.compute(step, model, theta, train, sample, ImageScene.DEFAULT_NEURONS);
    }

    /**
     * Cost of one decision value in multiply-adds (the map's resolution is chosen from it so that a
     * deep net's picture still comes at a steady rate).
     */
    public double costPerPoint() {
        return model.parameterCount();
    }

    /**
     * The map's columns for a picture of {@code side} pixels: one cell per 4 px (the map is smoothed
     * when drawn), 40 to 240, fewer for costly nets (at most {@code budgetMultiplyAdds} a map).
     */
    public int columnsFor(int side, double budgetMultiplyAdds) {
        int bySize = Math.max(40, Math.min(240, side / 4));
        int byCost = (int) Math.sqrt(budgetMultiplyAdds / Math.max(1, costPerPoint()));
        return Math.max(40, Math.min(bySize, byCost));
    }

    public Model model() {
        return model;
    }

    public Dataset train() {
        return train;
    }

    public Dataset test() {
        return test;
    }

    private static Projection projectionOf(Dataset train) {
        DataMargin gamma = DataMargin.of(train);
        double[] u = gamma.status() == DataMargin.Status.COMPUTED ? gamma.direction() : null;
        return Projection.of(train, u);
    }
}
