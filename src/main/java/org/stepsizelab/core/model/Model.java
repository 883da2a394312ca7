package org.stepsizelab.core.model;

import java.util.List;
import org.stepsizelab.core.Dataset;

/**
 * A network that gradient descent trains: f(θ; x) with a flat parameter vector θ (its layers
 * concatenated, each row-major). Every trainer, front end and view reaches a network only
 * through this interface, so a new network is one new class plus one line in {@link Models}.
 *
 * <p>The numerics a view needs ({@link #predict}) live here too, so views never recompute f.
 */
public interface Model {

    /** The registry key in {@code RunConfig.model}, e.g. "two-layer". */
    String name();

    /** The trained layers in θ's order: "W" (m×d) for the two-layer net, "W1" … "WL" for an MLP. */
    List<Layer> layers();

    /** The input dimension d. */
    int inputDim();

    /** The number of trained parameters: the length of θ. */
    default int parameterCount() {
        int p = 0;
        for (Layer l : layers()) {
            p += l.size();
        }
        return p;
    }

    /** θ₀ from a seeded generator with scale σ (σ = 0 may mean θ₀ = 0): bit-identical on every JVM. */
    double[] initialParameters(double sigma, long seed);

    /** M in the normalized margin min_i y_i f(θ; x_i)/‖θ‖^M (1 for the two-layer net). */
    double marginPower();

    /** Decision values f(θ; x_i) for the {@code rows} rows of x (row-major, rows × d) into out. */
    void predict(double[] theta, double[] x, int rows, double[] out);

    /** As {@link #predict(double[], double[], int, double[])}, into a new array. */
    default double[] predict(double[] theta, double[] x, int rows) {
        double[] out = new double[rows];
        predict(theta, x, rows, out);
        return out;
    }

    /** Work space bound to one data set (allocated once; not thread-safe). */
    Evaluator evaluator(Dataset data);

    /** Loss, gradient and Hessian-vector products on one data set, without allocating per call. */
    interface Evaluator {
        Dataset data();

        /**
         * The mean loss L(θ) = (1/n) Σ ℓ(y_i f(θ; x_i)) and its statistics into {@code out}; when
         * {@code grad} is not null it receives ∇L(θ) (θ's layout).
         */
        void lossAndGradient(double[] theta, double[] grad, Evaluation out);

        /** Fixes the point θ at which {@link #hessianTimes} multiplies. */
        void hessianAt(double[] theta);

        /** out = ∇²L(θ)·v for the θ of the last {@link #hessianAt}; out must not alias v. */
        void hessianTimes(double[] v, double[] out);
    }

    /** What one evaluation measured; one instance is reused (no allocation per step). */
    final class Evaluation {
        /** Mean loss. */
        public double loss;
        /** min_i y_i f(θ; x_i). */
        public double minMargin;
        /** Points with y_i f(θ; x_i) > 0. */
        public int correct;
    }

    /** Sum of squares of θ; ‖θ‖ = sqrt of it (the trainer scales it against overflow). */
    static double sumOfSquares(double[] theta) {
        double s = 0;
        for (double v : theta) {
            s += v * v;
        }
        return s;
    }
}
