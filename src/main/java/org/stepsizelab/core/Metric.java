package org.stepsizelab.core;

/** The per-step quantities a {@link RunHistory} keeps, in the order of its columns. */
public enum Metric {
    LOSS("L(w_t)"),
    NORM("‖w_t‖"),
    MARGIN("γ̄(w_t)"),
    ACCURACY("train accuracy"),
    SHARPNESS("λ_max(∇²L)"),
    TEST_LOSS("test loss"),
    TEST_ACCURACY("test accuracy"),
    ETA("η");

    /** The symbol the paper uses (axis labels, readouts). */
    public final String symbol;

    Metric(String symbol) {
        this.symbol = symbol;
    }

    public double of(StepRecord r) {
        switch (this) {
            case LOSS: return r.loss();
            case NORM: return r.paramNorm();
            case MARGIN: return r.normalizedMargin();
            case ACCURACY: return r.accuracy();
            case SHARPNESS: return r.sharpness();
            case TEST_LOSS: return r.testLoss();
            case TEST_ACCURACY: return r.testAccuracy();
            case ETA: return r.eta();
            default: throw new AssertionError(this);
        }
    }

    static final Metric[] ALL = values();
    static final int COUNT = ALL.length;
}
