package org.stepsizelab.core;

import java.util.List;
import org.apache.commons.numbers.gamma.Erfc;

/** The base nonlinearities ψ of docs/MATH.md §3, each with ψ, ψ', ψ'' in closed form. */
public abstract class Base {

    /** The names accepted by {@code --activation} and the preset key {@code activation}. */
    public static final List<String> NAMES =
            List.of("softplus", "gelu", "silu", "huber", "tanh", "relu", "identity");

    private static final double INV_SQRT_2PI = 1.0 / Math.sqrt(2.0 * Math.PI);
    private static final double INV_SQRT_2 = 1.0 / Math.sqrt(2.0);

    public abstract String name();

    public abstract double value(double z);

    public abstract double d1(double z);

    public abstract double d2(double z);

    public boolean smooth() {
        return true;
    }

    /** Returns the base called {@code name}; {@code huberH} is used only by "huber". */
    public static Base parse(String name, double huberH) {
        switch (name) {
            case "softplus": return SOFTPLUS;
            case "gelu": return GELU;
            case "silu": return SILU;
            case "huber": return new Huber(huberH);
            case "tanh": return TANH;
            case "relu": return RELU;
            case "identity": return IDENTITY;
            default:
                throw new IllegalArgumentException("unknown activation '" + name + "' (allowed: "
                        + String.join(", ", NAMES) + ")");
        }
    }

    /** Logistic sigmoid, evaluated without overflow for any z. */
    public static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    public static final Base SOFTPLUS = new Base() {
        @Override public String name() { return "softplus"; }
        // log(1 + e^z) = max(z, 0) + log1p(e^{-|z|}): never overflows, exact for large |z|.
        @Override public double value(double z) { return Math.max(z, 0.0) + Math.log1p(Math.exp(-Math.abs(z))); }
        @Override public double d1(double z) { return sigmoid(z); }
        @Override public double d2(double z) { return sigmoid(z) * sigmoid(-z); }
    };

    public static final Base GELU = new Base() {
        @Override public String name() { return "gelu"; }
        // Φ(z) = erfc(−z/√2)/2 is accurate in both tails, unlike (1 + erf(z/√2))/2 for z ≪ 0.
        private double cdf(double z) { return 0.5 * Erfc.value(-z * INV_SQRT_2); }
        private double pdf(double z) { return INV_SQRT_2PI * Math.exp(-0.5 * z * z); }
        @Override public double value(double z) { return z * cdf(z); }
        @Override public double d1(double z) { return cdf(z) + z * pdf(z); }
        @Override public double d2(double z) { return pdf(z) * (2.0 - z * z); }
    };

    public static final Base SILU = new Base() {
        @Override public String name() { return "silu"; }
        @Override public double value(double z) { return z * sigmoid(z); }
        @Override public double d1(double z) { double s = sigmoid(z); return s + z * s * sigmoid(-z); }
        @Override public double d2(double z) {
            double s = sigmoid(z), t = sigmoid(-z);
            return s * t * (2.0 + z * (t - s));
        }
    };

    public static final Base TANH = new Base() {
        @Override public String name() { return "tanh"; }
        @Override public double value(double z) { return Math.tanh(z); }
        @Override public double d1(double z) { double t = Math.tanh(z); return 1.0 - t * t; }
        @Override public double d2(double z) { double t = Math.tanh(z); return -2.0 * t * (1.0 - t * t); }
    };

    public static final Base RELU = new Base() {
        @Override public String name() { return "relu"; }
        @Override public double value(double z) { return z > 0 ? z : 0.0; }
        @Override public double d1(double z) { return z > 0 ? 1.0 : 0.0; }
        @Override public double d2(double z) { return 0.0; }
        @Override public boolean smooth() { return false; }
    };

    public static final Base IDENTITY = new Base() {
        @Override public String name() { return "identity"; }
        @Override public double value(double z) { return z; }
        @Override public double d1(double z) { return 1.0; }
        @Override public double d2(double z) { return 0.0; }
    };

    /** Huberized ReLU: 0 below 0, z²/(2h) on [0, h], z − h/2 above h. */
    public static final class Huber extends Base {
        private final double h;
        private final double invH;

        public Huber(double h) {
            if (!(h > 0) || Double.isInfinite(h)) {
                throw new IllegalArgumentException("huber_h must be a finite number > 0, got " + h);
            }
            this.h = h;
            this.invH = 1.0 / h;
        }

        public double h() { return h; }
        @Override public String name() { return "huber"; }
        @Override public double value(double z) {
            if (z <= 0) return 0.0;
            return z <= h ? 0.5 * z * z * invH : z - 0.5 * h;
        }
        @Override public double d1(double z) {
            if (z <= 0) return 0.0;
            return z <= h ? z * invH : 1.0;
        }
        @Override public double d2(double z) { return (z > 0 && z <= h) ? invH : 0.0; }
    }

    @Override
    public String toString() {
        return name();
    }
}
