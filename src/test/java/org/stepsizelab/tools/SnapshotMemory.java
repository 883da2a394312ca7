package org.stepsizelab.tools;

import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.Trainer;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.data.Datasets;
import org.stepsizelab.core.dataview.SnapshotStore;
import org.stepsizelab.core.kernel.Kernels;

/**
 * Measures the data view's weight snapshots on real runs, fed as the app's worker feeds them:
 * {@code java -cp … org.stepsizelab.tools.SnapshotMemory xor|mnist}. Prints the kept count, the
 * store's own count of bytes, and the heap growth after a full GC (the store is the only thing kept).
 */
public final class SnapshotMemory {
    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "xor";
        RunConfig cfg = which.equals("mnist")
                ? new RunConfig("mnist", "softplus", 0.5, 1, 100, 10, 1000, 0, 1, "logistic", 1,
                        1000, null, null, null, "3,5", 0, true, null, 1, 0)
                : RunConfig.defaults().withSteps(1_000_000);
        DataSplit split = Datasets.load(cfg);
        Trainer t = new Trainer(cfg, split.train(), split.test(),
                Kernels.best(split.train().n(), split.train().d(), cfg.width()));
        long before = usedAfterGc();
        SnapshotStore store = new SnapshotStore(cfg.width() * split.train().d(), cfg.steps());
        long start = System.nanoTime();
        while (!t.done()) {
            store.observe(t.step(), t::weights);
            t.advance();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long after = usedAfterGc();
        System.out.printf("%s: %d steps in %.1f s, kept %d snapshots (capacity %d, head %d), store bytes %.2f MB,"
                + " heap growth after GC %.2f MB%n", which, cfg.steps(), seconds, store.size(), store.capacity(),
                store.headSteps(), store.bytes() / 1e6, (after - before) / 1e6);
    }

    private static long usedAfterGc() {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return r.totalMemory() - r.freeMemory();
    }
}
