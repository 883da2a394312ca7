package org.stepsizelab.core.model;

import org.stepsizelab.core.Activation;
import org.stepsizelab.core.Base;
import org.stepsizelab.core.Leaky;

/**
 * The MLP's elementwise pass: H = φ(Z) and φ'(Z) (and φ''(Z) for Hessian products) in one sweep.
 *
 * <p>For leaky softplus the shared e^{−|z|} of φ and φ' is computed once per entry with exactly
 * the expressions of {@link Base} and {@link Leaky}, so the results are bit-identical to the
 * generic path (tested); leaky GELU uses the fast Φ of {@link GaussianCdf} (within a few ulps of
 * the generic path, tested); other activations call {@link Activation} per entry.
 */
abstract class MlpPointwise {
    /** h[k] = φ(z[k]), d1[k] = φ'(z[k]) and, when d2 is not null, d2[k] = φ''(z[k]), k ∈ [from, to). */
    abstract void apply(double[] z, double[] h, double[] d1, double[] d2, int from, int to);

    static MlpPointwise of(Activation phi) {
        if (phi instanceof Leaky) {
            Leaky leaky = (Leaky) phi;
            if (leaky.base() == Base.GELU) {
                return new Gelu(leaky.leak());
            }
            if (leaky.base() == Base.SOFTPLUS) {
                return new Softplus(leaky.leak());
            }
        }
        return new Generic(phi);
    }

    private static final class Generic extends MlpPointwise {
        private final Activation phi;

        Generic(Activation phi) {
            this.phi = phi;
        }

        @Override
        void apply(double[] z, double[] h, double[] d1, double[] d2, int from, int to) {
            for (int k = from; k < to; k++) {
                double v = z[k];
                h[k] = phi.value(v);
                d1[k] = phi.d1(v);
                if (d2 != null) {
                    d2[k] = phi.d2(v);
                }
            }
        }
    }

    /** A leaky activation's pass: φ = c·z + (1 − c)·ψ(z), with c and 1 − c kept. */
    private abstract static class WithLeak extends MlpPointwise {
        final double c, oneMinusC;

        WithLeak(double c) {
            this.c = c;
            this.oneMinusC = 1.0 - c;
        }
    }

    /**
     * φ = c·z + (1 − c)·z·Φ(z): one exp and one table polynomial ({@link GaussianCdf}) per entry
     * serve φ, φ' and φ''; within a few ulps of {@code Base.GELU}'s erfc, several times faster.
     */
    private static final class Gelu extends WithLeak {
        Gelu(double c) {
            super(c);
        }

        @Override
        void apply(double[] z, double[] h, double[] d1, double[] d2, int from, int to) {
            for (int k = from; k < to; k++) {
                double v = z[k];
                double pdf = GaussianCdf.pdf(v);
                double cdf = GaussianCdf.cdf(v, pdf);
                h[k] = c * v + oneMinusC * (v * cdf);
                d1[k] = c + oneMinusC * (cdf + v * pdf);
                if (d2 != null) {
                    d2[k] = oneMinusC * (pdf * (2.0 - v * v));
                }
            }
        }
    }

    /** φ = c·z + (1 − c)·log(1 + e^z): one e^{−|z|} per entry serves φ, φ' and φ''. */
    private static final class Softplus extends WithLeak {
        Softplus(double c) {
            super(c);
        }

        @Override
        void apply(double[] z, double[] h, double[] d1, double[] d2, int from, int to) {
            for (int k = from; k < to; k++) {
                double v = z[k];
                double e = Math.exp(-Math.abs(v));
                double s = v >= 0 ? 1.0 / (1.0 + e) : e / (1.0 + e);   // σ(z), as Base.sigmoid
                h[k] = c * v + oneMinusC * (Math.max(v, 0.0) + Math.log1p(e));
                d1[k] = c + oneMinusC * s;
                if (d2 != null) {
                    d2[k] = oneMinusC * (s * Base.sigmoid(-v));
                }
            }
        }
    }
}
