package org.stepsizelab.core.data;

import org.stepsizelab.core.Dataset;

/**
 * Two-dimensional teaching sets in the style of the well-known neural-network playgrounds, each of
 * unit size and centred on the origin (the network has no bias). Labels alternate +1, −1, so any
 * prefix is balanced; the noise is Gaussian with standard deviation {@code noise} per coordinate.
 */
final class PlaneSets {
    private PlaneSets() {}

    /** Where a noise-free point of a class lies (the registry names one per set). */
    @FunctionalInterface
    interface Shape {
        double[] point(double label, DataRandom rnd);
    }

    static Dataset generate(String name, Shape shape, int n, double noise, DataRandom rnd) {
        double[] x = new double[2 * n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double label = i % 2 == 0 ? 1 : -1;
            double[] p = shape.point(label, rnd);
            y[i] = label;
            x[2 * i] = p[0] + noise * rnd.gaussian();
            x[2 * i + 1] = p[1] + noise * rnd.gaussian();
        }
        return new Dataset(name, n, 2, x, y, 1.0);
    }

    static double[] gaussian(double label, DataRandom rnd) {
        double c = label * Math.sqrt(0.5);
        return new double[] {c, c};
    }

    /** scikit-learn's make_moons shifted by (−½, −¼) so the pair is centred on the origin. */
    static double[] moons(double label, DataRandom rnd) {
        double t = Math.PI * rnd.uniform();
        return label > 0
                ? new double[] {Math.cos(t) - 0.5, Math.sin(t) - 0.25}
                : new double[] {0.5 - Math.cos(t), 0.25 - Math.sin(t)};
    }

    static double[] circles(double label, DataRandom rnd) {
        double a = 2 * Math.PI * rnd.uniform();
        double r = label > 0 ? 0.5 : 1.0;
        return new double[] {r * Math.cos(a), r * Math.sin(a)};
    }

    /** Radius u, angle 1.75 turns · u, the second arm rotated by π. */
    static double[] spiral(double label, DataRandom rnd) {
        double u = rnd.uniform();
        double a = 1.75 * 2 * Math.PI * u + (label > 0 ? 0 : Math.PI);
        return new double[] {u * Math.sin(a), u * Math.cos(a)};
    }
}
