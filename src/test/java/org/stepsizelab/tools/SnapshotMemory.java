package org.stepsizelab.tools;

import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.config.ConfigKey;
import org.stepsizelab.core.training.Training;
import org.stepsizelab.core.training.WeightStore;

/**
 * Measures the run's one weight store (what the data view scrubs through) on real runs, fed as the
 * app's worker feeds it (the store is the trainer's tap):
 * {@code java --add-modules=jdk.incubator.vector -cp target/test-classes:target/classes:$(cat target/jmh.cp)
 * org.stepsizelab.tools.SnapshotMemory xor|mnist [STEPS]}. Prints the kept count, the store's own
 * count of bytes (θ only, and with the JVM's overhead) and the heap growth after a full GC once
 * the training itself is dropped (the data and the store are all that is kept).
 */
public final class SnapshotMemory {
    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "xor";
        RunConfig cfg = which.equals("mnist")
                ? RunConfig.defaults().with(ConfigKey.DATASET, "mnist").with(ConfigKey.CLASSES, "3,5")
                        .with(ConfigKey.N, 1000).withWidth(100).withEta(10.0)
                        .withSteps(args.length > 1 ? Long.parseLong(args[1]) : 2000)
                : RunConfig.defaults().withSteps(args.length > 1 ? Long.parseLong(args[1]) : 1_000_000);
        org.stepsizelab.core.data.DataSplit data = org.stepsizelab.core.data.Datasets.load(cfg);
        long before = usedAfterGc(); // the data stay; the training (its matrices) is dropped before the second count
        Training t = Training.open(cfg, data, Training.kernelFor(cfg, data.train()));
        int parameters = t.model().parameterCount();
        WeightStore store = new WeightStore(parameters, cfg.steps(), WeightStore.DEFAULT_BUDGET_BYTES);
        t.trainer().addTap(store);
        long start = System.nanoTime();
        t.run(r -> { }, () -> false);
        double seconds = (System.nanoTime() - start) / 1e9;
        t = null;
        long after = usedAfterGc();
        System.out.printf("%s: %d steps (P = %d) in %.1f s, kept %d snapshots (capacity %d, dense %d),"
                + " θ bytes %.1f MiB, with overhead %.1f MiB, heap growth after GC %.1f MiB (budget %d MiB)%n",
                which, cfg.steps(), parameters, seconds, store.size(), store.capacity(),
                store.denseSteps(), store.bytes() / 1048576.0, store.heapBytes() / 1048576.0,
                (after - before) / 1048576.0, WeightStore.DEFAULT_BUDGET_BYTES >> 20);
        if (store.keptSteps().length == 0) {
            System.out.println("nothing kept");
        }
    }

    private static long usedAfterGc() {
        Runtime r = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return r.totalMemory() - r.freeMemory();
    }
}
