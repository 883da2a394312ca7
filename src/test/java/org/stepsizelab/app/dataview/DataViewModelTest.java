package org.stepsizelab.app.dataview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stepsizelab.app.vm.MainViewModel;
import org.stepsizelab.app.vm.RunState;
import org.stepsizelab.app.vm.TickedViewModelTest;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunHistory;
import org.stepsizelab.core.config.ConfigKey;
import org.stepsizelab.core.dataview.ImageScene;
import org.stepsizelab.core.dataview.Margins;
import org.stepsizelab.core.dataview.WeightReplay;
import org.stepsizelab.core.training.WeightStore;

/** The data view's model without a display: live pictures, scrubbing, replay, pins. */
class DataViewModelTest extends TickedViewModelTest {
    DataViewModelTest() {
        super(30);
    }

    private DataViewModel start(RunConfig cfg) {
        vm = new MainViewModel(cfg, clock::get, RunHistory.DEFAULT_CAPACITY);
        DataViewModel d = vm.dataView();
        d.widthProperty().set(200);
        d.heightProperty().set(180);
        vm.start();
        return d;
    }

    @Test
    void followsTheRunLiveThenScrubsToTheAskedStep() throws Exception {
        RunConfig cfg = RunConfig.defaults().withSteps(2000);
        DataViewModel d = start(cfg);
        tickUntil(() -> vm.run().stateProperty().get() == RunState.FINISHED);
        tickUntil(() -> d.frameProperty().get() != null && d.frameProperty().get().step() == 2000 && !d.rendering());
        assertTrue(d.live());
        assertEquals(200, d.frameProperty().get().image().getWidth());
        assertEquals("live · step " + org.stepsizelab.chart.Fmt.count(2000), d.captionProperty().get());

        d.scrubTo(7);
        tickUntil(() -> d.frameProperty().get().step() == 7);
        assertFalse(d.live());
        assertTrue(d.captionProperty().get().startsWith("step 7"));
        // the picture shows exactly the weights of step 7, from the run history's one store
        WeightStore.Snapshot ref = WeightReplay.at(cfg, vm.run().split(), new long[] {7}).get(0);
        assertArrayEquals(ref.theta(), vm.run().weights().store().nearest(7).theta(), 0.0);
        double[] q = d.frameProperty().get().scene().train().margins();
        double[] expect = Margins.of(vm.run().weights().model(), ref.theta(), vm.run().split().train());
        assertArrayEquals(expect, q, 0.0);

        d.goLive();
        tickUntil(() -> d.frameProperty().get().step() == 2000);
    }

    /**
     * A tall panel: the map is square, and the Fig. 4 chart fills the space under it (a white band
     * before the strip existed); a short panel gets the square map alone.
     */
    @Test
    void aTallPanelShowsTheNeuronChartUnderTheSquareMap() throws Exception {
        RunConfig cfg = RunConfig.defaults().withSteps(2000);
        vm = new MainViewModel(cfg, clock::get, RunHistory.DEFAULT_CAPACITY);
        DataViewModel d = vm.dataView();
        d.widthProperty().set(392);
        d.heightProperty().set(782);
        vm.start();
        tickUntil(() -> vm.run().stateProperty().get() == RunState.FINISHED);
        tickUntil(() -> d.frameProperty().get() != null && d.frameProperty().get().step() == 2000 && !d.rendering());
        DataViewModel.Frame f = d.frameProperty().get();
        java.awt.image.BufferedImage map = f.image(), img = f.strip();
        assertEquals(392, map.getWidth());
        assertTrue(map.getHeight() < 500, "the square map, as tall as it needs: " + map.getHeight());
        assertTrue(img != null, "a strip under the map");
        assertEquals(782, map.getHeight() + img.getHeight(), "map and strip fill the panel");
        int coloured = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 40; x < 380; x += 2) {
                int p = img.getRGB(x, y);
                int r = (p >> 16) & 255, g = (p >> 8) & 255, b = p & 255;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                    coloured++;
                }
            }
        }
        assertTrue(coloured > 30, "the neuron chart's coloured lines: " + coloured);

        d.heightProperty().set(430); // no room for the chart: the square map alone, as tall as it needs
        // (the picture for the old size is as short; the new size's comes without a strip)
        tickUntil(() -> d.frameProperty().get().strip() == null && !d.rendering());
        int h = d.frameProperty().get().image().getHeight();
        assertTrue(h > 300 && h < 430, "the square map alone: " + h);
    }

    @Test
    void whileTheRunStreamsTheMapIsStreamedAndAPauseDrawsTheWholeChart() throws Exception {
        DataViewModel d = start(RunConfig.defaults().withSteps(10_000_000L));
        tickUntil(() -> d.frameProperty().get() != null && d.frameProperty().get().streamed());
        DataViewModel.Frame f = d.frameProperty().get();
        assertEquals(null, f.chart(), "a streamed map has no chart of its own: export rebuilds it from the scene");
        // the streamed picture's map is the model's predict at the weights of the step it names
        double[] theta = vm.run().weights().store().nearest(f.step()).theta();
        assertEquals(f.step(), vm.run().weights().store().nearest(f.step()).step());
        var g = f.scene().grid();
        double[] one = new double[1];
        for (int c = 0; c < g.cols(); c += 5) {
            for (int r = 0; r < g.rows(); r += 3) {
                vm.run().weights().model().predict(theta, new double[] {g.x(c), g.y(r)}, 1, one);
                assertEquals(one[0], g.value(c, r), 0.0);
            }
        }
        vm.run().pause();
        tickUntil(() -> vm.run().stateProperty().get() == RunState.PAUSED);
        tickUntil(() -> d.frameProperty().get().step() == vm.run().weights().store().latest().step()
                && !d.frameProperty().get().streamed() && !d.rendering());
        assertTrue(d.frameProperty().get().chart() != null, "paused: the whole chart");
        assertTrue(d.frameProperty().get().scene().grid().cols() > g.cols(), "… at the full resolution");
        vm.run().stop();
    }

    @Test
    void anMlpRunGetsItsMapDrawnFromItsPredict() throws Exception {
        RunConfig cfg = RunConfig.defaults().withSteps(300).with(ConfigKey.MODEL, "mlp").with(ConfigKey.DEPTH, 3)
                .withWidth(12).withEta(1.0);
        DataViewModel d = start(cfg);
        tickUntil(() -> vm.run().stateProperty().get() == RunState.FINISHED);
        tickUntil(() -> d.frameProperty().get() != null && d.frameProperty().get().step() == 300 && !d.rendering());
        assertTrue(d.captionProperty().get().startsWith("live"), d.captionProperty().get());
        var scene = d.frameProperty().get().scene();
        double[] theta = vm.run().weights().store().nearest(300).theta();
        double[] one = new double[1];
        for (int c = 0; c < scene.grid().cols(); c += 7) {
            for (int r = 0; r < scene.grid().rows(); r += 5) {
                vm.run().weights().model().predict(theta, new double[] {scene.grid().x(c), scene.grid().y(r)}, 1, one);
                assertEquals(one[0], scene.grid().value(c, r), 0.0);
            }
        }
        d.scrubTo(42);
        tickUntil(() -> d.frameProperty().get().step() == 42);
        assertEquals("step 42", d.captionProperty().get());
    }

    @Test
    void imageDataGetTheImageViews() throws Exception {
        RunConfig cfg = RunConfig.defaults().with(ConfigKey.DATASET, "mnist").with(ConfigKey.CLASSES, "3,5")
                .with(ConfigKey.N, 60).withWidth(6).withEta(10.0).withSteps(40);
        DataViewModel d = start(cfg);
        tickUntil(() -> vm.run().stateProperty().get() == RunState.FINISHED);
        tickUntil(() -> d.frameProperty().get() != null && d.frameProperty().get().step() == 40 && !d.rendering());
        assertTrue(d.imageDataProperty().get());
        assertEquals(DataViewModel.Mode.IMAGES, d.modeProperty().get(), "the panel switches to the image views");
        ImageScene s = d.frameProperty().get().images();
        assertEquals(28, s.shape().width());
        assertEquals(6, s.neurons().size());
        assertEquals(60, s.n());
        double[] expect = Margins.of(vm.run().weights().model(), vm.run().weights().store().nearest(40).theta(),
                vm.run().split().train());
        assertArrayEquals(expect, s.margins(), 0.0);
        d.scrubTo(3);
        tickUntil(() -> d.frameProperty().get().step() == 3 && d.frameProperty().get().images() != null);
    }

    @Test
    void playReplaysInLogTimeAndStopsAtTheEnd() throws Exception {
        DataViewModel d = start(RunConfig.defaults().withSteps(3000));
        tickUntil(() -> vm.run().stateProperty().get() == RunState.FINISHED && d.frameProperty().get() != null);
        d.play();
        assertTrue(d.playingProperty().get());
        long[] seen = new long[1];
        long[] frames = new long[1];
        tickUntil(() -> {
            long s = d.scrubStepProperty().get();
            assertTrue(s >= seen[0], "replay moves forward");
            if (s > seen[0]) {
                frames[0]++;
            }
            seen[0] = s;
            return !d.playingProperty().get();
        });
        assertEquals(3000, d.scrubStepProperty().get());
        assertTrue(frames[0] > 50 && frames[0] < 200, "log time: about 100 frames for 3,000 steps, got " + frames[0]);
    }

    @Test
    void aPinKeepsItsBoundaryAsAnOverlay() throws Exception {
        DataViewModel d = start(RunConfig.defaults().withSteps(500));
        tickUntil(() -> vm.run().stateProperty().get() == RunState.FINISHED
                && d.frameProperty().get() != null && d.frameProperty().get().step() == 500 && !d.rendering());
        vm.pin();
        vm.params().etaProperty().set(1.0);
        vm.start();
        tickUntil(() -> vm.run().stateProperty().get() == RunState.FINISHED && d.frameProperty().get() != null
                && d.frameProperty().get().step() == 500 && vm.run().configProperty().get().eta() == 1.0
                && !d.rendering());
        d.scrubTo(499); // force a fresh picture after the pin
        tickUntil(() -> d.frameProperty().get().step() == 499);
        // the chart carries the pinned run's boundary in the pin's colour beside this run's
        long shapes = ((org.jfree.chart.renderer.xy.AbstractXYItemRenderer) d.frameProperty().get().chart().getXYPlot().getRenderer()).getAnnotations().stream()
                .filter(a -> a instanceof org.jfree.chart.annotations.XYShapeAnnotation).count();
        assertEquals(2, shapes, "this run's f = 0 and the pin's");
    }
}
