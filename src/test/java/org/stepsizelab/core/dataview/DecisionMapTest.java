package org.stepsizelab.core.dataview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.StepRecord;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.config.ConfigKey;
import org.stepsizelab.core.model.Mlp;
import org.stepsizelab.core.model.Model;
import org.stepsizelab.core.training.Training;

/** The decision map shows the model's own predictions (two-layer net and MLP), and the model is the trainer's. */
class DecisionMapTest {

    private static final RunConfig MOONS = RunConfig.defaults().with(ConfigKey.DATASET, "moons").withSteps(60)
            .with(ConfigKey.WIDTH, 12).withEta(0.5);
    /** A three-layer MLP on the same 2-D data. */
    private static final RunConfig MOONS_MLP = MOONS.with(ConfigKey.MODEL, "mlp").with(ConfigKey.DEPTH, 3)
            .with(ConfigKey.WIDTH, 10).withEta(0.2);

    private static Training trained(RunConfig cfg, int steps) {
        Training t = Training.open(cfg);
        for (int i = 0; i < steps; i++) {
            t.trainer().advance();
        }
        return t;
    }

    private static void mapEqualsPredict(RunConfig cfg, double tolerance) {
        Training t = trained(cfg, 40);
        double[] theta = t.trainer().weights();
        Model model = t.model();
        SceneMaker maker = new SceneMaker(model, t.data());
        // 100 columns: several blocks of predict calls, the last one shorter
        DataViewScene scene = maker.scene(t.trainer().step(), theta, 100);
        DecisionGrid g = scene.grid();
        assertNotNull(g, "a map is drawn for " + model.name());
        SplittableRandom rnd = new SplittableRandom(7);
        double[] one = new double[1];
        for (int k = 0; k < 200; k++) {
            int c = rnd.nextInt(g.cols()), r = rnd.nextInt(g.rows());
            model.predict(theta, new double[] {g.x(c), g.y(r)}, 1, one);
            assertEquals(one[0], g.value(c, r), tolerance * Math.max(1, Math.abs(one[0])),
                    model.name() + " cell " + c + "," + r);
        }
        for (int c = 0; c < g.cols(); c++) { // the last row comes from the last, shorter block
            model.predict(theta, new double[] {g.x(c), g.y(g.rows() - 1)}, 1, one);
            assertEquals(one[0], g.value(c, g.rows() - 1), tolerance * Math.max(1, Math.abs(one[0])));
        }
        // the corners are the frame's cell centres
        assertEquals(g.frame().xMin() + g.frame().width() / 200, g.x(0), 1e-15);
        assertEquals(g.frame().yMax() - g.frame().height() / 200, g.y(g.rows() - 1), 1e-15);
        assertTrue(100 * 100 > DecisionGrid.BLOCK_POINTS && 100 * 100 % (DecisionGrid.BLOCK_POINTS / 100 * 100) != 0);
        // and the points' margins are y_i times the model's predict
        double[] f = model.predict(theta, t.train().x(), t.train().n());
        for (int i = 0; i < f.length; i++) {
            assertEquals(t.train().y()[i] * f[i], scene.train().margins()[i], 0.0);
        }
    }

    @Test
    void mapValuesEqualPredictAtSampledPointsTwoLayer() {
        mapEqualsPredict(MOONS, 0.0); // the same arithmetic per point: exactly
    }

    @Test
    void mapValuesEqualPredictAtSampledPointsMlp() {
        assertTrue(Training.open(MOONS_MLP).model() instanceof Mlp);
        mapEqualsPredict(MOONS_MLP, 0.0);
    }

    @Test
    void anMlpsPredictReadsARefilledArrayAfresh() {
        // a view refills its buffers between frames: predict must not answer from a copy it kept
        Training t = trained(MOONS_MLP.with(ConfigKey.WIDTH, 100), 3);
        double[] theta = t.trainer().weights();
        int rows = DecisionGrid.BLOCK_POINTS;
        double[] x = new double[2 * rows];
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextDouble(-2, 2);
        }
        t.model().predict(theta, x, rows);
        for (int i = 0; i < x.length; i++) {
            x[i] = rnd.nextDouble(-2, 2);
        }
        assertArrayEquals(t.model().predict(theta, x.clone(), rows), t.model().predict(theta, x, rows), 0.0);
    }

    /** The trainer's record at step t gives γ̄ = min_i y_i f/‖θ‖^M and the accuracy: the view's margins agree. */
    private static void predictIsTheTrainersNetwork(RunConfig cfg) {
        Training t = trained(cfg, 25);
        Trainer tr = t.trainer();
        double[] theta = tr.weights();
        StepRecord rec = tr.advance(); // measures θ_25
        double[] q = Margins.of(t.model(), theta, t.train());
        double min = Double.POSITIVE_INFINITY;
        int correct = 0;
        for (double v : q) {
            min = Math.min(min, v);
            correct += v > 0 ? 1 : 0;
        }
        double norm = Math.sqrt(Model.sumOfSquares(theta));
        double gamma = min / Math.pow(norm, t.model().marginPower());
        assertEquals(rec.normalizedMargin(), gamma, 1e-10 * Math.abs(rec.normalizedMargin()) + 1e-15, cfg.model());
        assertEquals(rec.accuracy(), correct / (double) q.length, 0.0);
    }

    @Test
    void predictIsTheTrainersNetworkTwoLayer() {
        predictIsTheTrainersNetwork(MOONS);
    }

    @Test
    void predictIsTheTrainersNetworkMlp() {
        predictIsTheTrainersNetwork(MOONS_MLP);
    }

    @Test
    void scenePointsAndErrorsFollowTheMargins() {
        RunConfig xor = RunConfig.defaults().withSteps(20);
        Training t = trained(xor, 5); // mid-EoS on the paper's XOR
        SceneMaker maker = new SceneMaker(t.model(), t.data());
        DataViewScene s = maker.scene(5, t.trainer().weights(), 40);
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
    void anMlpGetsAMapAndAContourButNoNeuronLines() {
        RunConfig xor = RunConfig.defaults().withSteps(50).with(ConfigKey.MODEL, "mlp").with(ConfigKey.DEPTH, 3)
                .with(ConfigKey.WIDTH, 16).withEta(1.0);
        Training t = trained(xor, 50);
        DataViewScene s = new SceneMaker(t.model(), t.data()).scene(50, t.trainer().weights(), 60);
        assertNotNull(s.grid());
        assertEquals(List.of(), s.neurons(), "an MLP has no single line per neuron in the plane");
        assertEquals(60 * 60, s.grid().values().length);
    }

    @Test
    void higherDimensionalDataIsProjectedOnTheMaxMarginDirection() {
        RunConfig sep = new RunConfig("separable", "softplus", 0.5, 1, 2, 3, 50, 0, 1, "logistic", 1,
                null, null, null, null, null, 0, true, null, 1, 0);
        Training t = Training.open(sep);
        SceneMaker maker = new SceneMaker(t.model(), t.data());
        assertEquals(SceneMaker.Kind.PROJECTED, maker.kind());
        DataViewScene s = maker.scene(0, new double[t.model().parameterCount()], 40);
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
