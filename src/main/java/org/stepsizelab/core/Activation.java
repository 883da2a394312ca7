package org.stepsizelab.core;

/**
 * A scalar activation φ with its first two derivatives in closed form (docs/MATH.md §3).
 *
 * <p>Every activation the lab offers is a {@link Leaky} mix φ(z) = c·z + (1 − c)·ψ(z) of a
 * {@link Base} ψ and a leak c ∈ [0, 1); c = 0 gives the plain base.
 */
public interface Activation {

    double value(double z);

    double d1(double z);

    double d2(double z);

    /** False for ReLU: φ'' is not defined at 0, so β̃ and the smooth-theory overlays do not apply. */
    boolean smooth();

    /** A short human label, e.g. "softplus (c=0.5)". */
    String label();

    /** Builds the activation a run configuration names. */
    static Activation of(String base, double leak, double huberH) {
        return new Leaky(Base.parse(base, huberH), leak);
    }
}
