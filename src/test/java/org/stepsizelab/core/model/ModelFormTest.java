package org.stepsizelab.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunOutcome;
import org.stepsizelab.core.StepRecord;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.config.ConfigKey;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.kernel.Kernels;
import org.stepsizelab.core.training.Training;

/**
 * The generic GD form trains any {@link Model} with no trainer code: a model that is not the
 * two-layer class (here the same network behind a wrapper, so only the generic path sees it)
 * follows the fast Direct form's trajectory to rounding.
 */
class ModelFormTest {

    /** The two-layer net seen only through the Model interface. */
    record Opaque(TwoLayerNet net) implements Model {
        public String name() { return "opaque"; }
        public List<Layer> layers() { return net.layers(); }
        public int inputDim() { return net.inputDim(); }
        public double[] initialParameters(double sigma, long seed) { return net.initialParameters(sigma, seed); }
        public double marginPower() { return net.marginPower(); }
        public void predict(double[] t, double[] x, int rows, double[] out) { net.predict(t, x, rows, out); }
        public Evaluator evaluator(Dataset data) { return net.evaluator(data); }
    }

    @Test
    void genericFormFollowsTheFastForm() {
        Dataset train = TwoLayerNetTest.data(20, 3, 4);
        Dataset test = TwoLayerNetTest.data(8, 3, 5);
        RunConfig cfg = RunConfig.defaults().with(ConfigKey.WIDTH, 6).with(ConfigKey.ETA, 3.0)
                .with(ConfigKey.STEPS, 200L).with(ConfigKey.SHARPNESS_EVERY, 50);
        TwoLayerNet net = TwoLayerNet.of(cfg, 3);
        double[] w0 = net.initialParameters(1.0, 0);
        DataSplit data = new DataSplit(train, test);
        Training fast = Training.open(cfg, data, Kernels.portable(), net, w0, Trainer.Form.DIRECT);
        Training generic = Training.open(cfg, data, Kernels.portable(), new Opaque(net), w0, Trainer.Form.AUTO);
        assertEquals("model", generic.trainer().form());
        List<StepRecord> a = new java.util.ArrayList<>(), b = new java.util.ArrayList<>();
        RunOutcome oa = fast.run(a::add, () -> false);
        RunOutcome ob = generic.run(b::add, () -> false);
        assertEquals(201, b.size());
        for (int i = 0; i < a.size(); i++) {
            StepRecord x = a.get(i), y = b.get(i);
            assertEquals(x.loss(), y.loss(), 1e-10 * x.loss(), "loss at " + i);
            assertEquals(x.paramNorm(), y.paramNorm(), 1e-10 * x.paramNorm(), "norm at " + i);
            if (!Double.isNaN(x.testLoss())) {
                assertEquals(x.testLoss(), y.testLoss(), 1e-10 * x.testLoss(), "test loss at " + i);
            }
            if (!Double.isNaN(x.sharpness())) {
                assertEquals(x.sharpness(), y.sharpness(), 1e-7 * x.sharpness(), "sharpness at " + i);
            }
        }
        assertEquals(oa.eosEndStep(), ob.eosEndStep());
        assertTrue(b.get(200).loss() < b.get(0).loss());
    }

    @Test
    void newConfigKeysRoundTripAndTwoLayerJsonIsUnchanged() {
        RunConfig two = RunConfig.defaults();
        String json = org.stepsizelab.core.config.ConfigCodec.write(two);
        assertTrue(!json.contains("model") && !json.contains("depth") && !json.contains("widths"), json);
        assertEquals("two-layer", org.stepsizelab.core.config.ConfigCodec.parse(json, "t").model());
        RunConfig deep = two.with(ConfigKey.DEPTH, 3).with(ConfigKey.WIDTHS, List.of(64, 32))
                .with(ConfigKey.MARGIN_POWER, 3.0);
        String deepJson = org.stepsizelab.core.config.ConfigCodec.write(deep);
        assertEquals(deep, org.stepsizelab.core.config.ConfigCodec.parse(deepJson, "t"));
        assertTrue(deepJson.contains("\"widths\""), deepJson);
    }
}
