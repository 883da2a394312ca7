package org.stepsizelab.core.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunOutcome;
import org.stepsizelab.core.Runs;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.kernel.Kernels;

class SweepRunnerTest {

    @Test
    void resultsComeInInputOrderAndEqualSoloRuns() {
        RunConfig base = RunConfig.defaults();
        DataSplit data = Datasets.load(base);
        // the first run is by far the longest, so it finishes last on a two-thread pool
        List<RunConfig> configs = List.of(base.withSteps(60_000).withEta(7), base.withSteps(300).withEta(1e4),
                base.withSteps(200).withEta(30), base.withSteps(100).withEta(3e3));
        List<Integer> finishOrder = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger lastCount = new AtomicInteger();
        List<SweepResult> results = new SweepRunner(data, Kernels::portable, 2).run(configs, (done, total, r) -> {
            assertEquals(4, total);
            lastCount.set(Math.max(lastCount.get(), done));
            finishOrder.add(configs.indexOf(configs.stream().filter(c -> c.eta() == r.eta()).findFirst().get()));
        }, () -> false);

        assertEquals(4, lastCount.get());
        assertEquals(4, results.size());
        assertTrue(finishOrder.indexOf(0) > 0, "the long first run should not finish first: " + finishOrder);
        for (int i = 0; i < configs.size(); i++) {
            RunConfig c = configs.get(i);
            Trainer solo = new Trainer(c, data.train(), null, Kernels.portable());
            RunOutcome o = Runs.drive(solo, r -> { }, () -> false);
            SweepResult r = results.get(i);
            assertEquals(c.eta(), r.eta());
            assertEquals(c.steps(), r.steps());
            assertEquals(Double.doubleToLongBits(o.finalLoss()), Double.doubleToLongBits(r.finalLoss()), "run " + i);
            assertEquals(o.eosEndStep(), r.eosEndStep());
            assertEquals(o.theoryStableStep(), r.theoryStableStep());
            double[] w = solo.weights();
            double norm = 0;
            for (double v : w) {
                norm += v * v;
            }
            assertEquals(Math.sqrt(norm), r.finalNorm(), 0.0);
        }
    }

    @Test
    void cancellingStopsRunningRunsAndSkipsTheRest() {
        RunConfig base = RunConfig.defaults().withSteps(50_000_000L);
        DataSplit data = Datasets.load(base);
        List<RunConfig> configs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            configs.add(base.withEta(10 + i));
        }
        AtomicBoolean cancel = new AtomicBoolean();
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
            cancel.set(true);
        });
        canceller.start();
        long t0 = System.nanoTime();
        List<SweepResult> results = new SweepRunner(data, Kernels::portable, 2).run(configs, (d, t, r) -> { }, cancel::get);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds < 20, "cancel took " + seconds + " s");
        assertTrue(results.size() <= 2, "runs not started must be skipped: " + results.size());
        for (SweepResult r : results) {
            assertTrue(r.cancelled());
        }
    }

    @Test
    void aFailingRunFailsTheSweepAndStopsTheOthers() {
        RunConfig base = RunConfig.defaults().withSteps(50_000_000L);
        DataSplit data = Datasets.load(base);
        SweepRunner.RunMethod inMemory = SweepRunner.inMemory(data, Kernels::portable);
        SweepRunner.RunMethod failing = (index, cfg, cancelled) -> {
            if (index == 1) {
                throw new IllegalArgumentException("bad run " + index);
            }
            return inMemory.run(index, cfg, cancelled);
        };
        long t0 = System.nanoTime();
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new SweepRunner(failing, 2).run(List.of(base, base.withEta(3), base), (d, t, r) -> { }, () -> false));
        assertEquals("bad run 1", e.getMessage());
        assertTrue((System.nanoTime() - t0) / 1e9 < 20, "the other runs must stop");
    }
}
