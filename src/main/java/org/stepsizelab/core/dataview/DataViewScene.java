package org.stepsizelab.core.dataview;

import java.util.List;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.model.Model;

/**
 * What one picture of the data view shows, computed off the FX thread from one snapshot of the
 * weights: the points in the plane (the data themselves for d = 2, a projection otherwise) with
 * their labels and margins q_i = y_i f(x_i), and for 2-D data the decision map, its f = 0 contour
 * and the neurons' lines.
 *
 * @param step the training step t whose weights W_t this shows
 * @param frame the rectangle shown
 * @param grid f on the frame (null unless d = 2)
 * @param contour the f = 0 segments {x1, y1, x2, y2} (empty unless d = 2)
 * @param neurons the two-layer net's lines w_jᵀx = 0 (empty when not d = 2 or not that net)
 * @param train the training points in the plane (n rows of 2) with labels and margins
 * @param test the test points likewise (null without a test split)
 * @param projection how points of d > 2 were placed (null for d = 2)
 */
public record DataViewScene(long step, PlaneFrame frame, DecisionGrid grid, List<double[]> contour,
        List<NeuronLines.Line> neurons, Points train, Points test, Projection projection) {

    /**
     * Points in the plane.
     *
     * @param xy n rows of 2 (plane coordinates)
     * @param y labels ±1
     * @param margins y_i f(x_i) (≤ 0: misclassified)
     */
    public record Points(double[] xy, double[] y, double[] margins) {

        public int n() {
            return y.length;
        }

        /** How many have y_i f(x_i) ≤ 0 (a point exactly on the boundary counts as an error, as in training accuracy). */
        public int misclassified() {
            int k = 0;
            for (double q : margins) {
                if (!(q > 0)) {
                    k++;
                }
            }
            return k;
        }

        /** The smallest margin (NaN when empty). */
        public double minMargin() {
            double m = Double.POSITIVE_INFINITY;
            for (double q : margins) {
                m = Math.min(m, q);
            }
            return margins.length == 0 ? Double.NaN : m;
        }

        static Points of(Dataset data, double[] xy, Model model, double[] theta) {
            return new Points(xy, data.y().clone(), Margins.of(model, theta, data));
        }
    }

    /** The largest |f| among the training points (the colour scale's natural unit), 0 if none. */
    public double trainScale() {
        double s = 0;
        for (double q : train.margins()) {
            if (Double.isFinite(q)) {
                s = Math.max(s, Math.abs(q));
            }
        }
        return s;
    }

    /**
     * Computes a scene from the model's own predictions.
     *
     * @param model the run's network
     * @param theta θ_t in the model's layout
     * @param neuronWeights W_t as m×2 when the model is the two-layer net on 2-D data (for the lines), else null
     * @param projection for d > 2, how to place the points (ignored for d = 2)
     * @param cols columns (and rows) of the decision map for d = 2
     */
    public static DataViewScene compute(long step, Model model, double[] theta, double[] neuronWeights,
            Dataset train, Dataset test, Projection projection, int cols) {
        if (train.d() == 2) {
            PlaneFrame frame = PlaneFrame.around(train, test);
            DecisionGrid grid = DecisionGrid.compute(model, theta, frame, cols, cols);
            List<NeuronLines.Line> lines = neuronWeights == null ? List.of()
                    : NeuronLines.of(neuronWeights, neuronWeights.length / 2, frame);
            return new DataViewScene(step, frame, grid, ZeroContour.of(grid), lines,
                    Points.of(train, train.x().clone(), model, theta),
                    test == null ? null : Points.of(test, test.x().clone(), model, theta), null);
        }
        Projection p = projection != null ? projection : Projection.of(train, null);
        double[] trainXY = p.apply(train);
        double[] testXY = test == null ? null : p.apply(test);
        PlaneFrame frame = PlaneFrame.around(trainXY, testXY);
        return new DataViewScene(step, frame, null, List.of(), List.of(), Points.of(train, trainXY, model, theta),
                test == null ? null : Points.of(test, testXY, model, theta), p);
    }
}
