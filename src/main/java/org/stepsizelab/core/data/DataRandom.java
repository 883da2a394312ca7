package org.stepsizelab.core.data;

import java.util.SplittableRandom;

/**
 * The random source of the generated data sets. Seeded from the run's seed mixed with a per-set,
 * per-stream salt, so the training points, the test points and the network's initial weights are
 * independent streams, and the training points do not change when the test split is resized.
 * Gaussians use Box–Muller with StrictMath so a seed gives the same data on every JVM.
 */
final class DataRandom {
    private final SplittableRandom random;
    private double spare;
    private boolean hasSpare;

    DataRandom(long seed, String setName, String stream) {
        long salt = 0x9E3779B97F4A7C15L;
        for (char ch : (setName + "/" + stream).toCharArray()) {
            salt = (salt ^ ch) * 0x100000001B3L;
        }
        this.random = new SplittableRandom(seed ^ salt);
    }

    /** Uniform in [0, 1). */
    double uniform() {
        return random.nextDouble();
    }

    /** Uniform in [lo, hi). */
    double uniform(double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }

    /** Standard normal. */
    double gaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double u1 = 1.0 - random.nextDouble(); // in (0, 1]: log is finite
        double u2 = random.nextDouble();
        double r = StrictMath.sqrt(-2.0 * StrictMath.log(u1));
        double a = 2.0 * Math.PI * u2;
        spare = r * StrictMath.sin(a);
        hasSpare = true;
        return r * StrictMath.cos(a);
    }
}
