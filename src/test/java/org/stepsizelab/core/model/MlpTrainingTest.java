package org.stepsizelab.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.StepRecord;
import org.stepsizelab.core.config.ConfigKey;
import org.stepsizelab.core.training.Training;

/** The MLP trained through the seam: registry, generic step form, sharpness, bit-identical reruns. */
class MlpTrainingTest {

    static RunConfig config() {
        RunConfig c = RunConfig.defaults().with(ConfigKey.DATASET, "gaussian").with(ConfigKey.N, 40)
                .with(ConfigKey.MODEL, "mlp").with(ConfigKey.DEPTH, 3).with(ConfigKey.WIDTH, 6)
                .with(ConfigKey.ACTIVATION, "gelu").with(ConfigKey.LEAK, 0.0).with(ConfigKey.ETA, 5.0)
                .with(ConfigKey.STEPS, 60L).with(ConfigKey.SHARPNESS_EVERY, 20);
        return c;
    }

    static List<StepRecord> run(RunConfig c) {
        List<StepRecord> out = new ArrayList<>();
        Training.open(c).run(out::add, () -> false);
        return out;
    }

    @Test
    void trainsBitIdenticallyWithTheMarginPowerOfItsDepth() {
        RunConfig c = config();
        Model m = Models.create(c, 2);
        assertTrue(m instanceof Mlp);
        assertEquals(3.0, m.marginPower());
        assertEquals(List.of("W1", "W2", "W3"), m.layers().stream().map(Layer::name).toList());
        List<StepRecord> a = run(c), b = run(c);
        assertEquals(61, a.size());
        for (int t = 0; t < a.size(); t++) {
            assertEquals(a.get(t), b.get(t), "step " + t);
        }
        assertTrue(a.get(60).loss() < a.get(0).loss(), "GD should lower the loss");
        assertTrue(Double.isFinite(a.get(20).sharpness()) && a.get(20).sharpness() > 0, "sharpness at step 20");
        // the normalized margin divides by ‖θ‖^3
        StepRecord r = a.get(60);
        Mlp mlp = (Mlp) m;
        assertEquals(3, mlp.architecture().depth());
        assertTrue(Math.abs(r.normalizedMargin()) <= 1e6, "finite margin");
        assertEquals(a.get(0).loss(), run(c.with(ConfigKey.MARGIN_POWER, 1.0)).get(0).loss(), 0.0);
    }

    @Test
    void widthsListAndMarginPowerOverride() {
        RunConfig c = config().with(ConfigKey.WIDTHS, List.of(5, 4, 3)).with(ConfigKey.DEPTH, null)
                .with(ConfigKey.MARGIN_POWER, 2.0);
        Mlp m = (Mlp) Models.create(c, 7);
        assertEquals(4, m.architecture().depth());
        assertEquals(2.0, m.marginPower());
        assertEquals(7 * 5 + 5 * 4 + 4 * 3 + 3, m.parameterCount());
        assertNull(c.depth());
    }
}
