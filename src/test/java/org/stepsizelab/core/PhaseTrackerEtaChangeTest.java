package org.stepsizelab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stepsizelab.core.training.Training;

/**
 * Theorem 2.2 is about a run with one η: when a running run's η changes, its thresholds from that
 * step on are the new η's, a step that met the old ones no longer counts, and the steps meeting the
 * new ones are looked for from the change on.
 */
class PhaseTrackerEtaChangeTest {

    @Test
    void theTrackerStartsAgainWithTheNewThresholds() {
        PhaseTracker p = new PhaseTracker(1e-3, 1e-4);
        p.accept(0, 1.0);
        p.accept(1, 5e-4); // meets the monotone threshold
        assertEquals(1L, p.theoryMonotoneStep());
        p.etaChanged(2, 1e-5, 1e-6);
        assertNull(p.theoryMonotoneStep(), "the old η's step no longer counts");
        assertEquals(2, p.thresholdsFrom());
        assertEquals(1e-5, p.monotoneThreshold());
        p.accept(2, 5e-5);
        assertNull(p.theoryMonotoneStep(), "5e-5 does not meet the new threshold 1e-5");
        p.accept(3, 5e-6);
        assertEquals(3L, p.theoryMonotoneStep());
        assertNull(p.theoryStableStep());
    }

    @Test
    void aRunWhoseEtaChangesReportsTheNewEtasThresholdsFromTheChange() {
        RunConfig c = RunConfig.defaults().withSteps(400); // the paper's XOR, η = 10⁴
        Training t = Training.open(c);
        Trainer tr = t.trainer();
        while (tr.step() < 200) {
            tr.advance();
        }
        assertNotNull(tr.phases().theoryMonotoneStep(), "η = 10⁴ meets its monotone threshold by step 200");
        double eta = 100;
        tr.setEta(eta);
        NetConstants k = NetConstants.of(c.activationFunction(), c.width(), c.outputScale(), t.data().train().radius());
        assertEquals(k.monotoneThreshold(eta), tr.phases().monotoneThreshold(), 0);
        assertEquals(k.stableThreshold(eta, t.data().train().n()), tr.phases().stableThreshold(), 0);
        assertEquals(200, tr.phases().thresholdsFrom());
        PhaseInfo info = PhaseInfo.of(tr.phases(), tr.step());
        assertEquals(200, info.thresholdsFrom());
        while (tr.step() < 400) {
            tr.advance();
        }
        Long met = tr.phases().theoryMonotoneStep();
        assertTrue(met == null || met >= 200, "a step met under η = 100 comes after the change: " + met);
    }
}
