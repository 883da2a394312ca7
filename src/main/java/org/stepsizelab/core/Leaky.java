package org.stepsizelab.core;

/** φ(z) = c·z + (1 − c)·ψ(z): the paper's "leaky" activations (its appendix E uses c = ½). */
public final class Leaky implements Activation {
    private final Base base;
    private final double c;
    private final double oneMinusC;

    public Leaky(Base base, double c) {
        if (!(c >= 0 && c < 1)) {
            throw new IllegalArgumentException("leak must be in [0, 1), got " + c);
        }
        this.base = base;
        this.c = c;
        this.oneMinusC = 1.0 - c;
    }

    public Base base() { return base; }

    public double leak() { return c; }

    @Override public double value(double z) { return c * z + oneMinusC * base.value(z); }

    @Override public double d1(double z) { return c + oneMinusC * base.d1(z); }

    @Override public double d2(double z) { return oneMinusC * base.d2(z); }

    @Override public boolean smooth() { return base.smooth(); }

    @Override public String label() {
        return c == 0 ? base.name() : base.name() + " (c=" + Num.compact(c) + ")";
    }

    @Override public String toString() { return label(); }
}
