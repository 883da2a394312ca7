package org.stepsizelab.core.dataview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.StepRecord;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.kernel.PortableKernel;
import org.stepsizelab.core.config.ConfigKey;

/** The decision map shows the model's own predictions, and the model is the trainer's network. */
class DecisionMapTest {

    private static final RunConfig MOONS = RunConfig.defaults().withSteps(60).with(ConfigKey.WIDTH, 12);

    private static Trainer trained(RunConfig cfg, DataSplit split, int steps) {
        Trainer t = new Trainer(cfg, split.train(), split.test(), new PortableKernel());
        for (int i = 0; i < steps; i++) {
            t.advance();
        }
        return t;
    }

    @Test
    void mapValuesEqualPredictAtSampledPoints() {
        DataSplit split = Datasets.load(MOONS);
        Trainer t = trained(MOONS, split, 40);
        double[] w = t.weights();
        SceneMaker maker = new SceneMaker(MOONS, split);
        DataViewScene scene = maker.scene(t.step(), w, 50);
        DecisionGrid g = scene.grid();
        DecisionFunction f = maker.decision(w);
        SplittableRandom rnd = new SplittableRandom(7);
        double[] one = new double[1];
        for (int k = 0; k < 200; k++) {
            int c = rnd.nextInt(g.cols()), r = rnd.nextInt(g.rows());
            f.predict(new double[] {g.x(c), g.y(r)}, 1, one);
            assertEquals(one[0], g.value(c, r), 0.0, "cell " + c + "," + r);
        }
        // the corners are the frame's cell centres
        assertEquals(g.frame().xMin() + g.frame().width() / 100, g.x(0), 1e-15);
        assertEquals(g.frame().yMax() - g.frame().height() / 100, g.y(g.rows() - 1), 1e-15);
    }

    @Test
    void predictIsTheTrainersNetwork() {
        // the trainer's record at step t gives min_i y_i f(W_t; x_i)/‖W_t‖ and the accuracy: the
        // data view's margins at the same W_t must give the same numbers
        DataSplit split = Datasets.load(MOONS);
        Trainer t = trained(MOONS, split, 25);
        double[] w = t.weights();
        StepRecord rec = t.advance(); // measures W_25
        double[] q = Margins.of(TwoLayerDecision.of(MOONS, w, 2), split.train());
        double min = Double.POSITIVE_INFINITY, norm = 0;
        int correct = 0;
        for (double v : q) {
            min = Math.min(min, v);
            correct += v > 0 ? 1 : 0;
        }
        for (double v : w) {
            norm += v * v;
        }
        assertEquals(rec.normalizedMargin(), min / Math.sqrt(norm), 1e-12 * Math.abs(rec.normalizedMargin()) + 1e-15);
        assertEquals(rec.accuracy(), correct / (double) q.length, 0.0);
    }

    @Test
    void scenePointsAndErrorsFollowTheMargins() {
        RunConfig xor = RunConfig.defaults().withSteps(20);
        DataSplit split = Datasets.load(xor);
        SceneMaker maker = new SceneMaker(xor, split);
        Trainer t = trained(xor, split, 5); // mid-EoS on the paper's XOR
        DataViewScene s = maker.scene(5, t.weights(), 40);
        assertEquals(4, s.train().n());
        int wrong = 0;
        for (double q : s.train().margins()) {
            wrong += q > 0 ? 0 : 1;
        }
        assertEquals(wrong, s.train().misclassified());
        assertEquals(20, s.neurons().size(), "one line per neuron of m = 20");
        assertTrue(!s.contour().isEmpty(), "a boundary crosses the frame");
    }

    @Test
    void higherDimensionalDataIsProjectedOnTheMaxMarginDirection() {
        RunConfig sep = new RunConfig("separable", "softplus", 0.5, 1, 2, 3, 50, 0, 1, "logistic", 1,
                null, null, null, null, null, 0, true, null, 1, 0);
        DataSplit split = Datasets.load(sep);
        SceneMaker maker = new SceneMaker(sep, split);
        DataViewScene s = maker.scene(0, split.train().d() == 3 ? new double[6] : null, 40);
        Projection p = s.projection();
        assertTrue(p.uIsMaxMargin());
        // the separable set's margin lies along e1
        assertEquals(1.0, Math.abs(p.u()[0]), 1e-6);
        double dot = 0;
        for (int k = 0; k < 3; k++) {
            dot += p.u()[k] * p.v()[k];
        }
        assertEquals(0.0, dot, 1e-12, "v ⊥ u");
        // every point's first coordinate is y_i·(≥ γ) along u: the margin is visible on the x axis
        for (int i = 0; i < s.train().n(); i++) {
            assertTrue(s.train().y()[i] * s.train().xy()[2 * i] * Math.signum(p.u()[0]) >= 0.05 - 1e-9);
        }
        assertEquals(List.of(), s.contour());
    }
}
