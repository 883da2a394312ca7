package org.stepsizelab.core.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.kernel.Kernels;

/**
 * Issue 6's "Done when", on the paper's XOR (RunConfig.defaults(): leaky softplus c = ½, m = 20,
 * σ = 1, seed 0) with real sweeps.
 */
class PaperClaimsTest {

    @Test
    void largerStepsizesEnterEosAndEndLower() {
        RunConfig base = RunConfig.defaults().withSteps(5000);
        double[] etas = {1, 10, 100, 1e3, 1e4};
        List<SweepResult> r = new SweepRunner(Datasets.load(base), Kernels::portable, 2)
                .run(SweepGrid.overEta(base, etas), (d, t, x) -> { }, () -> false);
        assertEquals(5, r.size());
        // no EoS for the two smallest: the loss never rose (s* = 0 means monotone)
        assertEquals(0, r.get(0).eosEndStep());
        assertEquals(0, r.get(1).eosEndStep());
        // EoS for η = 10⁴: the loss rose in the first steps, then the stable phase
        assertTrue(r.get(4).eosEndStep() > 0, "s* at η=1e4: " + r.get(4).eosEndStep());
        for (int i = 1; i < 5; i++) {
            assertTrue(r.get(i).finalLoss() < r.get(i - 1).finalLoss(),
                    "final loss should fall as η grows: η=" + etas[i] + " " + r.get(i).finalLoss()
                            + " vs " + r.get(i - 1).finalLoss());
            assertTrue(!r.get(i).diverged());
        }
        // and by a lot: four decades of η buy more than four decades of loss
        assertTrue(r.get(0).finalLoss() / r.get(4).finalLoss() > 1e4);
    }

    /** Corollary 4.2: η = T/2 for T = 1,000 and 8,000 beats the factor 8 a 1/T rate would give. */
    @Test
    void etaProportionalToTAcceleratesBeyondOneOverT() {
        RunConfig base = RunConfig.defaults();
        List<SweepResult> r = new SweepRunner(Datasets.load(base), Kernels::portable, 2)
                .run(SweepGrid.overSteps(base, new long[] {1000, 8000}, 0.5), (d, t, x) -> { }, () -> false);
        assertEquals(500, r.get(0).eta());
        assertEquals(4000, r.get(1).eta());
        double gain = r.get(0).finalLoss() / r.get(1).finalLoss();
        // measured ≈ 860; a 1/T² rate would give 64, a 1/T rate 8
        assertTrue(gain > 64, "L(T=1000)/L(T=8000) = " + gain);
    }
}
