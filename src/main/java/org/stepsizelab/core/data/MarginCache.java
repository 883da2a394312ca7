package org.stepsizelab.core.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.stepsizelab.core.Dataset;

/**
 * Remembers the last few data margins by the data's content, so a sweep of many runs on one data
 * set (or the app re-running it) computes γ once. The key is a 64-bit hash of every feature and
 * label bit plus the shape; cancelled computations are not remembered.
 */
final class MarginCache {
    private MarginCache() {}

    private static final int SIZE = 16;
    private static final Map<Key, DataMargin> CACHE = new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, DataMargin> eldest) {
            return size() > SIZE;
        }
    };

    private record Key(int n, int d, long xHash, long yHash) {}

    static DataMargin get(Dataset data, Supplier<DataMargin> compute) {
        Key key = new Key(data.n(), data.d(), hash(data.x()), hash(data.y()));
        synchronized (CACHE) {
            DataMargin hit = CACHE.get(key);
            if (hit != null) {
                return hit;
            }
        }
        DataMargin m = compute.get(); // outside the lock: other threads need not wait for this one
        if (!"cancelled".equals(m.reason())) {
            synchronized (CACHE) {
                CACHE.put(key, m);
            }
        }
        return m;
    }

    /** A 64-bit mix of the exact bit patterns (splitmix64 finaliser per value). */
    private static long hash(double[] v) {
        long h = 0x243F6A8885A308D3L ^ v.length;
        for (double x : v) {
            long z = h + Double.doubleToLongBits(x) + 0x9E3779B97F4A7C15L;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            h = z ^ (z >>> 31);
        }
        return h;
    }
}
