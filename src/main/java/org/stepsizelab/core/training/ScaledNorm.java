package org.stepsizelab.core.training;

/**
 * The Euclidean norm by scaled summation (as LAPACK's dnrm2 and hypot do): finite whenever the
 * norm is, even when the plain sum of squares overflows. NaN if any entry is NaN, ∞ if any is ∞.
 */
final class ScaledNorm {
    private ScaledNorm() {}

    static double of(double[] v) {
        double scale = 0, ss = 1;
        for (double x : v) {
            if (Double.isNaN(x)) {
                return Double.NaN;
            }
            double a = Math.abs(x);
            if (a == Double.POSITIVE_INFINITY) {
                return a;
            }
            if (a > scale) {
                ss = 1 + ss * (scale / a) * (scale / a);
                scale = a;
            } else if (a > 0) {
                ss += (a / scale) * (a / scale);
            }
        }
        return scale == 0 ? 0 : scale * Math.sqrt(ss);
    }
}
