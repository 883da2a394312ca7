package org.stepsizelab.core.training;

/**
 * The cost rules that choose how a run computes, from its configuration and the data's shape only
 * (so a configuration still gives one bit-identical run).
 */
public final class CostRules {
    private CostRules() {}

    /**
     * Whether the vectorized fused pass pays for its cold start. Vector API code is fast only once
     * the JIT's top tier has compiled it (before that every vector operation allocates), which
     * takes some ten thousand calls: a short run on a tiny problem (XOR for 10⁴ steps) finishes
     * sooner with the scalar pass, while long runs and wide rows (whose loops compile at once)
     * gain.
     */
    public static boolean vectorPassPays(int n, int m, long steps) {
        return steps >= 100_000 || (long) n * m >= 4096;
    }

    /**
     * Whether the Gram form is worth it: K (n² doubles) must fit comfortably in the heap, and a
     * step must cost clearly less: 2n²m (plus rebuilding W for each test evaluation) against 4ndm.
     */
    public static boolean gramPays(int n, int d, int m, boolean hasTest, long testEvery) {
        double gramBytes = 8.0 * n * n;
        double budget = Math.min(1e9, Runtime.getRuntime().maxMemory() / 4.0);
        if (gramBytes > budget) {
            return false;
        }
        double direct = 4.0 * n * d * m;
        double gramCost = 2.0 * n * n * m + 4.0 * n * d * m / GramForm.RESYNC_EVERY
                + (hasTest ? 2.0 * n * d * m / testEvery : 0);
        return gramCost < 0.8 * direct;
    }
}
