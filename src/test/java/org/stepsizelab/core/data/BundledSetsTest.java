package org.stepsizelab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepsizelab.core.data.DataChecks.assertBalanced;
import static org.stepsizelab.core.data.DataChecks.assertDataError;
import static org.stepsizelab.core.data.DataChecks.count;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.stepsizelab.core.Dataset;

class BundledSetsTest {

    /** The raw bytes of a bundled file, decoded independently of the loader. */
    private static byte[] resource(String name) throws IOException {
        try (InputStream in = new GZIPInputStream(BundledSetsTest.class.getResourceAsStream("/assets/data/" + name))) {
            return in.readAllBytes();
        }
    }

    @Test
    void mnistDefaultsAreAThousandZerosAndOnesInFileOrder() throws IOException {
        Dataset raw = DataConfig.of("mnist").loadUnscaled().train();
        assertEquals(1000, raw.n());
        assertEquals(784, raw.d());
        assertBalanced(raw);
        double max = 0;
        for (double v : raw.x()) {
            assertTrue(v >= 0 && v <= 1);
            max = Math.max(max, v);
        }
        assertEquals(1.0, max);
        // file order: the labels file lists 0,1,2,…,9,0,1,…, so the first training image is record 0 (a 0)
        // and the second is record 1 (a 1); pixels are bytes / 255
        byte[] images = resource("mnist10k-images-idx3-ubyte.gz");
        byte[] labels = resource("mnist10k-labels-idx1-ubyte.gz");
        assertEquals(0, labels[8]);
        assertEquals(1, labels[9]);
        for (int k = 0; k < 784; k++) {
            assertEquals((images[16 + k] & 0xff) / 255.0, raw.x()[k], 0);
            assertEquals((images[16 + 784 + k] & 0xff) / 255.0, raw.x()[784 + k], 0);
        }
        assertEquals(1.0, raw.y()[0]);
        assertEquals(-1.0, raw.y()[1]);
        Dataset scaled = DataConfig.of("mnist").load().train();
        assertEquals(1.0, scaled.radius(), 1e-12);
        assertEquals(1 / raw.radius(), scaled.scale(), 1e-15);
    }

    @Test
    void groupsMapWholeGroupsToEachLabel() throws IOException {
        Dataset t = DataConfig.of("mnist").classes("0,1,2,3,4:5,6,7,8,9").n(100).loadUnscaled().train();
        assertBalanced(t);
        // with interleaved labels the first 100 records are exactly 50 of each group
        byte[] labels = resource("mnist10k-labels-idx1-ubyte.gz");
        for (int i = 0; i < 100; i++) {
            assertEquals(labels[8 + i] < 5 ? 1.0 : -1.0, t.y()[i]);
        }
        Dataset flipped = DataConfig.of("mnist").classes("1,0").n(10).loadUnscaled().train();
        assertEquals(-1.0, flipped.y()[0], "record 0 is a 0, now on the −1 side");
    }

    @Test
    void testSplitIsBalancedDisjointAndScaledByTheTrainingFactor() {
        DataSplit s = DataConfig.of("mnist").classes("3,5").n(400).testN(101).load();
        assertBalanced(s.train());
        assertBalanced(s.test());
        assertEquals(101, s.test().n());
        assertEquals(s.train().scale(), s.test().scale(), 0);
        Set<String> train = new HashSet<>();
        for (int i = 0; i < s.train().n(); i++) {
            train.add(Arrays.toString(Arrays.copyOfRange(s.train().x(), i * 784, (i + 1) * 784)));
        }
        for (int i = 0; i < s.test().n(); i++) {
            assertFalse(train.contains(Arrays.toString(Arrays.copyOfRange(s.test().x(), i * 784, (i + 1) * 784))));
        }
        // the training set does not depend on the split
        assertArrayEquals(DataConfig.of("mnist").classes("3,5").n(400).load().train().x(), s.train().x());
    }

    @Test
    void fashionLoadsBalancedPixels() {
        Dataset t = DataConfig.of("fashion").classes("7,9").n(300).loadUnscaled().train();
        assertEquals(300, t.n());
        assertEquals(784, t.d());
        assertBalanced(t);
        assertTrue(Arrays.stream(t.x()).allMatch(v -> v >= 0 && v <= 1));
    }

    @Test
    void cifarDefaultIsEveryBalancedTrainingImageAndTestsFromTheTestFile() {
        DataSplit s = DataConfig.of("cifar").testN(178).load();
        assertEquals(732, s.train().n());
        assertEquals(3072, s.train().d());
        assertBalanced(s.train());
        assertEquals(178, s.test().n());
        assertBalanced(s.test());
        assertEquals(1.0, s.train().radius(), 1e-12);
        assertDataError(() -> DataConfig.of("cifar").testN(180).load(), "bundled cifar test file", "89",
                "class 1", "test_n = 180", "90");
        assertDataError(() -> DataConfig.of("cifar").n(800).load(), "bundled cifar training file", "396",
                "class 0", "n = 800", "400");
        assertDataError(() -> DataConfig.of("cifar").classes("0,3").load(), "class 3", "does not occur in cifar",
                "0, 1");
        Dataset flipped = DataConfig.of("cifar").classes("1,0").n(20).loadUnscaled().train();
        Dataset normal = DataConfig.of("cifar").n(20).loadUnscaled().train();
        assertEquals(10, count(flipped, 1));
        assertEquals(new HashSet<>(rows(normal)), new HashSet<>(rows(flipped)));
        assertNull(DataConfig.of("cifar").load().test());
        // the peer's workload: every record of both classes, the short side made up by the other
        Dataset all = DataConfig.of("cifar").n(762).load().train();
        assertEquals(762, all.n());
        assertEquals(396, count(all, 1));
        assertEquals(366, count(all, -1));
        assertDataError(() -> DataConfig.of("cifar").n(763).load(), "bundled cifar training file", "n = 763");
    }

    private static List<String> rows(Dataset s) {
        String[] out = new String[s.n()];
        for (int i = 0; i < s.n(); i++) {
            out[i] = Arrays.toString(Arrays.copyOfRange(s.x(), i * s.d(), (i + 1) * s.d()));
        }
        return List.of(out);
    }

    @Test
    void badClassesAndCountsAreExplained() {
        assertDataError(() -> DataConfig.of("mnist").classes("0,10").load(), "class 10", "does not occur in mnist");
        assertDataError(() -> DataConfig.of("mnist").classes("0").load(), "classes = '0'", "A,B");
        assertDataError(() -> DataConfig.of("mnist").classes("0,x").load(), "classes = '0,x'");
        assertDataError(() -> DataConfig.of("mnist").classes("1,2:3:4").load(), "classes = '1,2:3:4'");
        assertDataError(() -> DataConfig.of("mnist").classes("1,2:").load(), "classes = '1,2:'");
        assertEquals(50, count(DataConfig.of("mnist").classes("1,2:3").n(100).load().train(), -1));
        assertDataError(() -> DataConfig.of("mnist").classes("0,1:1,2").load(), "class 1 is on both sides");
        assertDataError(() -> DataConfig.of("mnist").classes("0,0").load(), "listed twice");
        assertDataError(() -> DataConfig.of("mnist").n(2500).load(), "bundled mnist images", "1001", "class 0",
                "n = 2500", "1250");
        assertDataError(() -> DataConfig.of("fashion").n(1).load(), "n = 1");
    }

    @Test
    void loadingAThousandImagesIsFastAndThreadSafe() throws Exception {
        long t0 = System.nanoTime();
        DataConfig.of("fashion").classes("2,4").n(1000).load();
        double cold = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        Dataset warm = DataConfig.of("fashion").classes("2,4").n(1000).load().train();
        double hot = (System.nanoTime() - t0) / 1e9;
        assertTrue(cold < 2.0, "first load (un-gzip) took " + cold + " s");
        assertTrue(hot < 0.5, "cached load took " + hot + " s");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Callable<Dataset> job = () -> DataConfig.of("mnist").classes("2,7").n(500).load().train();
            List<Future<Dataset>> all = pool.invokeAll(List.of(job, job, job, job));
            for (Future<Dataset> f : all) {
                assertArrayEquals(all.get(0).get().x(), f.get().x());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1000, warm.n());
    }
}
