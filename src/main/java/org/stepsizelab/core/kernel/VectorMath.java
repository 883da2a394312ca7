package org.stepsizelab.core.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * exp and log1p on vectors from additions, multiplications, fused multiply-adds, one division and
 * exponent-bit arithmetic only — not the Vector API's EXP/LOG1P, whose results differ between the
 * JIT's intrinsic (SVML) and the interpreter's fallback, so a run would depend on when the JIT
 * compiled it. IEEE basic operations give the same bits in every execution mode and on every
 * machine. Accuracy: a few ulps (tested against Math.exp / Math.log1p).
 */
final class VectorMath {
    /**
     * The softplus pass's species: 8 lanes where the machine has them (AVX-512), else 4 (AVX2),
     * never more (see {@link VectorSoftplusPass#W}). A constant, so the JIT intrinsifies it; a
     * 256-bit species on an AVX-512 machine made a 2·10⁶-step XOR run 3× slower on JDK 17.
     */
    static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED.length() >= 8
            ? DoubleVector.SPECIES_512 : DoubleVector.SPECIES_256;

    private static final double INV_LN2 = 1.44269504088896338700e+00;
    /** ln 2 split so that k·LN2_HI is exact for the k here (fdlibm's constants). */
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    /** 1.5·2^52: adding it rounds to the nearest integer, which then sits in the low mantissa bits. */
    private static final double ROUNDER = 0x1.8p52;
    private static final long ROUNDER_BITS = Double.doubleToRawLongBits(ROUNDER);
    /** Below this exp underflows to 0. */
    private static final double EXP_MIN = -745.2;
    /** Taylor coefficients 1/j!, j = 0 … 13: |r| ≤ ln2/2 leaves a remainder below 1e−17 relative. */
    private static final double[] EXP_COEF = new double[14];
    /** Coefficients 1/(2j+1), j = 0 … 16, of atanh(s)/s in powers of s², s ≤ 1/3. */
    private static final double[] ATANH_COEF = new double[17];

    static {
        double f = 1;
        for (int j = 0; j < EXP_COEF.length; j++) {
            if (j > 0) {
                f *= j;
            }
            EXP_COEF[j] = 1.0 / f;
        }
        for (int j = 0; j < ATANH_COEF.length; j++) {
            ATANH_COEF[j] = 1.0 / (2 * j + 1);
        }
    }

    private VectorMath() {}

    /** e^x for x ≤ 0 (the callers pass −|z|), subnormal results included. */
    static DoubleVector expNonPositive(DoubleVector x) {
        DoubleVector xc = x.max(EXP_MIN);
        DoubleVector t = xc.fma(DoubleVector.broadcast(S, INV_LN2), DoubleVector.broadcast(S, ROUNDER));
        DoubleVector k = t.sub(ROUNDER);
        // r = x − k·ln2 in two exact-ish pieces (Cody–Waite), |r| ≤ ln2/2
        DoubleVector r = k.fma(DoubleVector.broadcast(S, -LN2_HI), xc);
        r = k.fma(DoubleVector.broadcast(S, -LN2_LO), r);
        DoubleVector p = DoubleVector.broadcast(S, EXP_COEF[EXP_COEF.length - 1]);
        for (int j = EXP_COEF.length - 2; j >= 0; j--) {
            p = p.fma(r, DoubleVector.broadcast(S, EXP_COEF[j]));
        }
        // 2^k as two factors 2^k1·2^k2 (k ≥ −1075), each a normal double, so underflow is gradual
        LongVector ki = t.reinterpretAsLongs().sub(ROUNDER_BITS);
        LongVector k1 = ki.lanewise(VectorOperators.ASHR, 1);
        LongVector k2 = ki.sub(k1);
        DoubleVector s1 = k1.add(1023).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
        DoubleVector s2 = k2.add(1023).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
        return p.mul(s1).mul(s2);
    }

    /**
     * log(1 + e) for 0 ≤ e ≤ 1, as 2·atanh(s) with s = e/(2 + e): no rounding of 1 + e. 2s is
     * carried as a double-double (hi + lo) and the series as 1 + t, so the result is
     * hi + (hi·t + lo): within about half an ulp, e.g. log1p(1) is exactly Math.log(2).
     */
    static DoubleVector log1pUnit(DoubleVector e) {
        DoubleVector twoE = e.add(e);
        DoubleVector den = e.add(2.0);                          // 2 + e rounded …
        DoubleVector denLo = DoubleVector.broadcast(S, 2.0).sub(den).add(e); // … and its exact error
        DoubleVector hi = twoE.div(den);
        // lo = (2e − hi·(2 + e)) / (2 + e), the division's remainder
        DoubleVector lo = hi.neg().fma(den, twoE).sub(hi.mul(denLo)).div(den);
        DoubleVector s2 = hi.mul(hi).mul(0.25);
        DoubleVector p = DoubleVector.broadcast(S, ATANH_COEF[ATANH_COEF.length - 1]);
        for (int j = ATANH_COEF.length - 2; j >= 1; j--) {
            p = p.fma(s2, DoubleVector.broadcast(S, ATANH_COEF[j]));
        }
        DoubleVector t = p.mul(s2);
        return hi.fma(t, lo).add(hi);
    }

    /** log(1 + e) = 2·atanh(s) given 2s = 2e/(2 + e) (callers that already have 1/(2 + e)). */
    static DoubleVector log1pFromTwoS(DoubleVector twoS) {
        DoubleVector s2 = twoS.mul(twoS).mul(0.25);
        DoubleVector p = DoubleVector.broadcast(S, ATANH_COEF[ATANH_COEF.length - 1]);
        for (int j = ATANH_COEF.length - 2; j >= 1; j--) {
            p = p.fma(s2, DoubleVector.broadcast(S, ATANH_COEF[j]));
        }
        return twoS.fma(p.mul(s2), twoS);
    }
}
