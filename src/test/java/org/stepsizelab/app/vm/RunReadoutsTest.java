package org.stepsizelab.app.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.RunHistory;

/** The run's typed phase and the texts the status bar and the hover readout show, without a display. */
class RunReadoutsTest extends TickedViewModelTest {
    RunReadoutsTest() {
        super(10);
    }

    @Test
    void theDefaultRunEndsStableWithItsTextsAndAReadoutAtEveryStep() throws Exception {
        vm = new MainViewModel(RunConfig.defaults(), clock::get, RunHistory.DEFAULT_CAPACITY);
        assertEquals(RunPhase.NONE, vm.run().runPhaseProperty().get());
        assertNull(vm.hoverAt(5), "no readout before the run has a step");
        vm.start();
        assertEquals(RunPhase.STARTING, vm.run().runPhaseProperty().get());
        tickUntil(() -> vm.run().stateProperty().get() == RunState.FINISHED);
        RunReadouts texts = vm.run().readouts();
        assertEquals(RunPhase.STABLE, vm.run().runPhaseProperty().get());
        assertEquals("stable since step 9", vm.run().phaseTextProperty().get());
        assertEquals("step 10 000 / 10 000", texts.step().get().replace('\u2009', ' '));
        assertEquals("finished", texts.rate().get());
        assertTrue(texts.loss().get().startsWith("L "), texts.loss().get());
        String at = vm.hoverAt(5.2);
        assertTrue(at.startsWith("t = 5    L = "), at);
        assertTrue(at.contains("    acc = "), at);
        assertEquals(5, vm.dataView().previewStepProperty().get(), "hovering a finished run previews the step");
    }

    @Test
    void aFailedRunIsABadPhase() throws Exception {
        vm = new MainViewModel(RunConfig.defaults(), clock::get, RunHistory.DEFAULT_CAPACITY);
        vm.start();
        vm.params().datasetProperty().set("no-such-set");
        tickUntil(() -> vm.run().stateProperty().get() == RunState.FAILED);
        assertEquals(RunPhase.FAILED, vm.run().runPhaseProperty().get());
        assertTrue(vm.run().runPhaseProperty().get().bad());
    }
}
