package org.stepsizelab.core;

import java.util.List;

/** The per-sample loss ℓ(q) of a margin q = y·f(x), with ℓ' and ℓ'' (docs/MATH.md §1). */
public enum Loss {
    /** ℓ(q) = log(1 + e^{−q}), stable for any q: never log(1 + exp(·)) directly. */
    LOGISTIC("logistic") {
        @Override public double value(double q) {
            return q > 0 ? Math.log1p(Math.exp(-q)) : -q + Math.log1p(Math.exp(q));
        }
        @Override public double d1(double q) {
            if (q > 0) {
                double e = Math.exp(-q);
                return -e / (1.0 + e);
            }
            return -1.0 / (1.0 + Math.exp(q));
        }
        @Override public double d2(double q) {
            return Base.sigmoid(q) * Base.sigmoid(-q);
        }
    },
    /** ℓ(q) = e^{−q}. */
    EXPONENTIAL("exponential") {
        @Override public double value(double q) { return Math.exp(-q); }
        @Override public double d1(double q) { return -Math.exp(-q); }
        @Override public double d2(double q) { return Math.exp(-q); }
    };

    public static final List<String> NAMES = List.of("logistic", "exponential");

    private final String key;

    Loss(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public abstract double value(double q);

    public abstract double d1(double q);

    public abstract double d2(double q);

    public static Loss parse(String name) {
        for (Loss l : values()) {
            if (l.key.equals(name)) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown loss '" + name + "' (allowed: logistic, exponential)");
    }
}
