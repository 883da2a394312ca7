package org.stepsizelab.core.dataview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.config.ConfigKey;
import org.stepsizelab.core.training.Training;

/** The image views: shapes, the fixed sample, margins from the model's predict, neurons as first-layer rows. */
class ImageSceneTest {

    private static final RunConfig MNIST = RunConfig.defaults().with(ConfigKey.DATASET, "mnist")
            .with(ConfigKey.CLASSES, "3,5").with(ConfigKey.N, 80).withWidth(20).withEta(10.0).withSteps(10);

    @Test
    void shapesOfTheBundledImageSets() {
        assertEquals(new ImageShape(28, 28, 1), ImageShape.of(784));
        assertEquals(new ImageShape(32, 32, 3), ImageShape.of(3072));
        assertEquals(new ImageShape(10, 10, 1), ImageShape.of(100));
        assertNull(ImageShape.of(17), "no image");
        assertNull(ImageShape.of(49), "7×7 is too small to be drawn as an image");
        assertEquals(SceneMaker.Kind.NONE, SceneMaker.kindOf(new org.stepsizelab.core.Dataset("v", 1, 17,
                new double[17], new double[] {1}, 1)));
    }

    @Test
    void marginsSampleAndNeuronsOfATwoLayerNet() {
        Training t = Training.open(MNIST);
        for (int i = 0; i < 10; i++) {
            t.trainer().advance();
        }
        double[] theta = t.trainer().weights();
        SceneMaker maker = new SceneMaker(t.model(), t.data());
        assertEquals(SceneMaker.Kind.IMAGES, maker.kind());
        ImageScene s = maker.images(10, theta);
        assertEquals(80, s.n());
        assertArrayEquals(Margins.of(t.model(), theta, t.train()), s.margins(), 0.0);
        // the sample: 16 of each class, the +1 class first, margins in the sample's order
        assertEquals(ImageScene.DEFAULT_SAMPLE, s.sample().size());
        for (int k = 0; k < s.sample().size(); k++) {
            assertEquals(k < 16 ? 1.0 : -1.0, s.sample().y()[k]);
            assertEquals(s.margins()[s.sample().index()[k]], s.sampleMargins()[k], 0.0);
        }
        // the 16 largest of the 20 neurons, by index, each w_j itself
        assertEquals(ImageScene.DEFAULT_NEURONS, s.neurons().size());
        assertEquals("W", s.layerName());
        assertEquals(20, s.layerRows());
        double smallestShown = Double.POSITIVE_INFINITY;
        for (ImageScene.NeuronImage n : s.neurons()) {
            smallestShown = Math.min(smallestShown, n.norm());
            assertEquals(n.neuron() % 2 == 0 ? 1.0 : -1.0, n.sign());
            for (int k = 0; k < 784; k += 97) {
                assertEquals(theta[n.neuron() * 784 + k], n.weights()[k], 0.0);
            }
        }
        for (int j = 0; j < 20; j++) {
            int jj = j;
            if (s.neurons().stream().noneMatch(n -> n.neuron() == jj)) {
                double norm = 0;
                for (int k = 0; k < 784; k++) {
                    norm += theta[j * 784 + k] * theta[j * 784 + k];
                }
                assertTrue(Math.sqrt(norm) <= smallestShown, "a hidden neuron is no larger than those shown");
            }
        }
        // the histogram counts every point and starts at the minimum margin
        assertEquals(80, s.histogram().total());
        assertEquals(s.minMargin(), s.histogram().min(), 0.0);
    }

    @Test
    void anMlpShowsTheRowsOfItsFirstLayer() {
        RunConfig mlp = MNIST.with(ConfigKey.MODEL, "mlp").with(ConfigKey.DEPTH, 3).withWidth(8).withEta(1.0);
        Training t = Training.open(mlp);
        t.trainer().advance();
        double[] theta = t.trainer().weights();
        ImageScene s = new SceneMaker(t.model(), t.data()).images(1, theta);
        assertEquals("W1", s.layerName());
        assertEquals(8, s.neurons().size());
        assertTrue(Double.isNaN(s.neurons().get(0).sign()), "an MLP's neurons have no fixed outer sign");
        assertArrayEquals(java.util.Arrays.copyOfRange(theta, 3 * 784, 4 * 784), s.neurons().get(3).weights(), 0.0);
        assertArrayEquals(Margins.of(t.model(), theta, t.train()), s.margins(), 0.0);
    }
}
