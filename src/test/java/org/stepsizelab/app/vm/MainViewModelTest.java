package org.stepsizelab.app.vm;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepsizelab.chart.ChartData;
import org.stepsizelab.core.Metric;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunHistory;

/** The view models without a display: JavaFX properties work without the toolkit. */
class MainViewModelTest extends TickedViewModelTest {
    MainViewModelTest() {
        super(10);
    }

    private MainViewModel vm(RunConfig cfg) {
        vm = new MainViewModel(cfg, clock::get, RunHistory.DEFAULT_CAPACITY);
        return vm;
    }

    @Test
    void theDefaultRunStreamsToTheEndWithItsPhases() throws Exception {
        vm(RunConfig.defaults()).start();
        tickUntil(() -> vm.run().stateProperty().get() == RunState.FINISHED);
        RunViewModel r = vm.run();
        assertEquals(10_000, r.stepProperty().get());
        assertEquals(1.0, r.progressProperty().get());
        // docs/MATH.md §5: last rise at step 9, final loss 4.5e-6, margin +0.013
        assertEquals(9, r.phaseProperty().get().eosEndStep());
        assertEquals(4.5e-6, r.lossProperty().get(), 0.05e-6);
        assertEquals(0.013, r.marginProperty().get(), 0.0005);
        assertEquals("stable since step 9", r.phaseTextProperty().get());
        ChartData d = vm.chartDataProperty().get();
        assertEquals(10_001, d.current().table().size());
        assertEquals(r.lossProperty().get(), d.current().table().value(Metric.LOSS, 10_000));
        assertEquals("η=10⁴, m=20, softplus c=½", d.current().label());
    }

    @Test
    void invalidInputIsRefusedWithAMessageAndChangesNothing() {
        vm(RunConfig.defaults());
        String err = vm.submit(ParamSpec.ETA, "1e4x", v -> vm.params().etaProperty().set(v));
        assertEquals("stepsize η: '1e4x' is not a number; enter a number > 0, e.g. 1e4", err);
        assertEquals(err, vm.messageProperty().get());
        assertEquals(1e4, vm.params().etaProperty().get());
        assertNotNull(vm.submit(ParamSpec.ETA, "-3", v -> vm.params().etaProperty().set(v)));
        assertNotNull(vm.submit(ParamSpec.WIDTH, "2.5", v -> vm.params().widthProperty().set((int) v)));
        assertNotNull(vm.submit(ParamSpec.LEAK, "1", v -> vm.params().leakProperty().set(v)));
        assertEquals(0.5, vm.params().leakProperty().get());
        assertFalse(vm.restartPending(), "refused input does not restart");
        assertNull(vm.submit(ParamSpec.ETA, " 2.5e3 ", v -> vm.params().etaProperty().set(v)));
        assertNull(vm.messageProperty().get());
        assertEquals(2500, vm.params().config().eta());
    }

    @Test
    void aParameterChangeRerunsFromTheSameSeedAfterAShortPause() throws Exception {
        vm(RunConfig.defaults()).start();
        tickUntil(() -> vm.run().stateProperty().get().over());
        vm.params().etaProperty().set(1.0);
        assertTrue(vm.restartPending());
        vm.tick(clock.get() + 1_000_000L);
        assertEquals(1e4, vm.run().configProperty().get().eta(), "not before the pause is over");
        tickUntil(() -> vm.run().configProperty().get().eta() == 1.0 && vm.run().stateProperty().get().over());
        // docs/MATH.md §5: η = 1 ends at 0.147, and never has an EoS phase
        assertEquals(0.147, vm.run().lossProperty().get(), 0.0005);
        assertEquals(0, vm.run().phaseProperty().get().eosEndStep());
        assertEquals(RunConfig.defaults().withEta(1.0), vm.run().configProperty().get());
    }

    @Test
    void whileASliderMovesASmallProblemRestartsRepeatedlyALargeOneWaitsForRelease() {
        vm(RunConfig.defaults()).start();
        vm.params().adjustingProperty().set(true);
        vm.params().etaProperty().set(100);
        long due1 = clock.get() + MainViewModel.FOLLOW_NANOS;
        clock.addAndGet(20_000_000L);
        vm.params().etaProperty().set(200); // a throttle: the first change's deadline stands
        vm.tick(due1);
        assertEquals(200, vm.run().configProperty().get().eta());

        vm.params().stepsProperty().set(1_000_000); // no longer small
        assertFalse(vm.restartPending(), "large problems wait for the slider's release");
        vm.params().adjustingProperty().set(false);
        assertTrue(vm.restartPending());
    }

    @Test
    void pauseStepAndResumeControlTheWorkerExactly() throws Exception {
        vm(RunConfig.defaults().withSteps(5_000_000)).start();
        vm.run().pause();
        assertEquals(RunState.PAUSED, vm.run().stateProperty().get());
        Thread.sleep(100);
        vm.tick(clock.addAndGet(33_000_000L));
        long before = vm.run().stepProperty().get(); // -1 if paused before step 0, else a few steps in
        vm.run().step(10);
        tickUntil(() -> vm.run().stepProperty().get() == before + 10);
        vm.run().step(1);
        tickUntil(() -> vm.run().stepProperty().get() == before + 11);
        Thread.sleep(100);
        vm.tick(clock.addAndGet(33_000_000L));
        assertEquals(before + 11, vm.run().stepProperty().get(), "paused: nothing more");
        vm.run().resume();
        tickUntil(() -> vm.run().stepProperty().get() > before + 1000);
        assertEquals(RunState.RUNNING, vm.run().stateProperty().get());
        vm.reset();
        assertEquals(-1, vm.run().stepProperty().get());
        tickUntil(() -> vm.run().stepProperty().get() > 0);
        assertEquals(0, vm.run().table().firstStep(0));
    }

    @Test
    void stopEndsTheRunAtOnceAndRunStartsItAgain() throws Exception {
        vm(RunConfig.defaults().withSteps(50_000_000)).start();
        tickUntil(() -> vm.run().stepProperty().get() > 100);
        vm.run().stop();
        assertEquals(RunState.STOPPED, vm.run().stateProperty().get());
        Thread.sleep(100);
        vm.tick(clock.addAndGet(33_000_000L));
        long at = vm.run().stepProperty().get();
        Thread.sleep(200);
        vm.tick(clock.addAndGet(33_000_000L));
        assertEquals(at, vm.run().stepProperty().get(), "the worker stopped");
        assertEquals(RunState.STOPPED, vm.run().stateProperty().get());
        assertTrue(vm.run().phaseTextProperty().get().startsWith("stopped at step"));
        long runs = vm.run().runNumberProperty().get();
        vm.runOrPause();
        assertEquals(runs + 1, vm.run().runNumberProperty().get());
        assertEquals(RunState.RUNNING, vm.run().stateProperty().get());
    }

    @Test
    void applyingEtaToTheRunningTrajectoryDoesNotRestartAndIsRecorded() throws Exception {
        vm(RunConfig.defaults().withSteps(3_000_000)).start();
        tickUntil(() -> vm.run().stepProperty().get() > 100);
        vm.applyEtaToRunningProperty().set(true);
        vm.params().etaProperty().set(10);
        assertFalse(vm.restartPending());
        tickUntil(() -> !vm.run().etaChanges().isEmpty());
        assertEquals(10, vm.run().etaChanges().get(0).eta());
        assertTrue(vm.run().etaChanges().get(0).step() > 100);
        assertEquals(vm.run().etaChanges(), vm.chartDataProperty().get().etaChanges());
        assertEquals(1e4, vm.run().configProperty().get().eta(), "the same run goes on");
    }

    @Test
    void pinsKeepTheirColourAndShowAsOverlays() throws Exception {
        vm(RunConfig.defaults()).start();
        tickUntil(() -> vm.run().stateProperty().get().over());
        vm.pin();
        vm.pin();
        vm.pin();
        List<PinnedRun> p = new ArrayList<>(vm.pins().pins());
        assertEquals(List.of(1, 2, 3), p.stream().map(PinnedRun::color).toList());
        assertEquals(3, vm.chartDataProperty().get().pinned().size());
        vm.pins().remove(p.get(1));
        assertEquals(List.of(1, 3), vm.pins().pins().stream().map(PinnedRun::color).toList());
        vm.pin();
        assertEquals(2, vm.pins().pins().get(2).color(), "a freed colour is reused");
        assertEquals(10_001, vm.pins().pins().get(0).table().size(), "short runs are pinned exactly");
        vm.pins().clear();
        assertTrue(vm.chartDataProperty().get().pinned().isEmpty());
    }

    @Test
    void aBadDataSetIsReportedAsAMessageNotAnException() throws Exception {
        vm(RunConfig.defaults()).start();
        vm.params().datasetProperty().set("no-such-set");
        tickUntil(() -> vm.run().stateProperty().get() == RunState.FAILED);
        assertTrue(vm.messageProperty().get().contains("no-such-set"), vm.messageProperty().get());
        assertEquals("failed", vm.run().phaseTextProperty().get());
    }

    @Test
    void aThousandRestartsLeaveOneWorkerAndNoOldHistories() throws Exception {
        vm(RunConfig.defaults().withSteps(1_000_000));
        List<WeakReference<RunHistory>> old = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            vm.start();
            old.add(new WeakReference<>(vm.run().history()));
            vm.tick(clock.addAndGet(1_000_000L));
        }
        RunHistory last = vm.run().history();
        tickUntil(() -> vm.run().stepProperty().get() > 10);
        long trainers = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("stepsize-lab-trainer")).count();
        assertEquals(1, trainers);
        for (int i = 0; i < 20 && old.stream().filter(w -> w.get() != null).count() > 1; i++) {
            System.gc();
            Thread.sleep(20);
        }
        long alive = old.stream().filter(w -> w.get() != null && w.get() != last).count();
        assertEquals(0, alive, "old runs' histories are collectable");
    }

    @Test
    void switchingTheSharpnessChartOnAsksTheRunForLambdaMax() throws Exception {
        vm(RunConfig.defaults());
        assertEquals(0, vm.params().sharpnessEveryProperty().get());
        vm.view().showSharpnessProperty().set(true);
        // XOR is small: λ_max every step, so its ten-step EoS phase shows on the chart
        assertEquals(1, vm.params().sharpnessEveryProperty().get());
        assertEquals(1, vm.params().config().sharpnessEvery());
        vm.view().showSharpnessProperty().set(false);
        assertEquals(0, vm.params().config().sharpnessEvery());
    }
}
