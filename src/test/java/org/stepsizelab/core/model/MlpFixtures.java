package org.stepsizelab.core.model;

import org.stepsizelab.core.Activation;
import org.stepsizelab.core.Dataset;
import org.stepsizelab.core.RandomFixtures;
import org.stepsizelab.core.Loss;

/** Small MLPs and data for the MLP tests. */
final class MlpFixtures {
    private MlpFixtures() {}

    /** Activations with φ'' everywhere, as "base:leak". */
    static final String[] SMOOTH = {"softplus:0.5", "softplus:0", "gelu:0", "gelu:0.3", "silu:0", "silu:0.5",
        "huber:0", "huber:0.5", "tanh:0.5", "identity:0"};

    static MlpArchitecture arch(String act, String loss, int d, int... hidden) {
        String[] p = act.split(":");
        return new MlpArchitecture(d, hidden, Activation.of(p[0], Double.parseDouble(p[1]), 0.7),
                Loss.parse(loss), Double.NaN);
    }

    /** n random points in R^d with max norm 1 and random ±1 labels. */
    static Dataset data(int n, int d, long seed) {
        return RandomFixtures.data(n, d, seed);
    }

    static double[] vector(int len, double scale, long seed) {
        return RandomFixtures.vector(len, scale, seed);
    }

    static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
