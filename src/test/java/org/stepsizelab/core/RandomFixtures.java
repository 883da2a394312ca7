package org.stepsizelab.core;

import java.util.SplittableRandom;

/** Seeded random data and vectors shared by the model and theory tests. */
public final class RandomFixtures {
    private RandomFixtures() {}

    /** n random points in R^d with max norm 1 and random ±1 labels. */
    public static Dataset data(int n, int d, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] x = new double[n * d];
        double[] y = new double[n];
        for (int i = 0; i < x.length; i++) {
            x[i] = 2 * rng.nextDouble() - 1;
        }
        for (int i = 0; i < n; i++) {
            y[i] = rng.nextBoolean() ? 1 : -1;
        }
        return new Dataset("random", n, d, x, y, 1.0).normalized();
    }

    /** len entries uniform in [−scale, scale). */
    public static double[] vector(int len, double scale, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] v = new double[len];
        for (int i = 0; i < len; i++) {
            v[i] = scale * (2 * rng.nextDouble() - 1);
        }
        return v;
    }
}
