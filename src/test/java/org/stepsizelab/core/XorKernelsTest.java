package org.stepsizelab.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.data.ToySets;
import org.stepsizelab.core.kernel.Kernels;
import org.stepsizelab.core.kernel.MatrixKernel;

/** docs/MATH.md §5, Fig. 2: the XOR phenomenon must survive the fast kernels and fused pass, in the paper's ranges. */
class XorKernelsTest {

    private static List<StepRecord> run(double eta, MatrixKernel kernel) {
        return run(eta, kernel, 10_000, 10_000);
    }

    /** The first {@code keep} + 1 records of a run of {@code steps} steps. */
    private static List<StepRecord> run(double eta, MatrixKernel kernel, long steps, int keep) {
        RunConfig cfg = RunConfig.defaults().withEta(eta).withSteps(steps);
        Dataset xor = ToySets.xor().normalized();
        Trainer t = new Trainer(cfg, xor, null, kernel);
        List<StepRecord> out = new ArrayList<>();
        while (out.size() <= keep) {
            out.add(t.advance());
        }
        return out;
    }

    @Test
    void largeStepsizeHasEosPhaseThenFastDescentWithFastKernels() {
        // 10⁴ steps run the scalar fused pass, 10⁵ the vectorized one (Trainer.vectorPassPays)
        for (long steps : new long[] {10_000, 100_000}) {
            for (MatrixKernel k : List.of(Kernels.best(4, 2, 20), Kernels.portable())) {
                List<StepRecord> r = run(1e4, k, steps, 10_000);
                double peak = r.stream().mapToDouble(StepRecord::loss).max().orElseThrow();
                int lastRise = 0;
                for (int s = 1; s < r.size(); s++) {
                    if (r.get(s).loss() > r.get(s - 1).loss()) {
                        lastRise = s;
                    }
                }
                StepRecord end = r.get(r.size() - 1);
                String ctx = k.name() + ", " + steps + " steps: peak " + peak + ", last rise " + lastRise
                        + ", final " + end.loss()
                        + ", margin " + end.normalizedMargin();
                assertEquals(10_001, r.size(), ctx);
                assertTrue(peak > 19 && peak < 40, ctx);
                assertTrue(lastRise >= 7 && lastRise <= 16, ctx);
                assertTrue(end.loss() > 2e-7 && end.loss() < 9e-6, ctx);
                assertTrue(end.normalizedMargin() > 0.008 && end.normalizedMargin() < 0.02, ctx);
            }
        }
    }

    @Test
    void smallStepsizeDescendsMonotonically() {
        List<StepRecord> r = run(1.0, Kernels.best(4, 2, 20));
        for (int s = 1; s < r.size(); s++) {
            assertTrue(r.get(s).loss() <= r.get(s - 1).loss(), "loss rose at step " + s);
        }
        assertEquals(0.147, r.get(r.size() - 1).loss(), 0.01);
    }

    @Test
    void vectorAndPortableAgreeBeforeTheChaoticPhase() {
        List<StepRecord> a = run(1.0, Kernels.best(4, 2, 20));
        List<StepRecord> b = run(1.0, Kernels.portable());
        for (int s = 0; s < a.size(); s += 500) {
            assertEquals(b.get(s).loss(), a.get(s).loss(), 1e-12 * b.get(s).loss(), "step " + s);
            assertEquals(b.get(s).paramNorm(), a.get(s).paramNorm(), 1e-12 * b.get(s).paramNorm(), "step " + s);
        }
    }
}
