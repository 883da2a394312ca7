package org.stepsizelab.core.data;

import java.util.OptionalDouble;
import org.stepsizelab.core.Dataset;

/**
 * The data margin γ = max over unit u of min_i y_i uᵀx_i (docs/MATH.md §4): the distance from the origin
 * to the convex hull of the signed points {y_i x_i}, found with Wolfe's minimum-norm-point algorithm
 * ({@link MinNormPoint}) on the data exactly as given (after scaling, if the set was scaled).
 *
 * <p>The value is certified, not just iterated to a tolerance: the final point x̂ = Σ λ_i y_i x_i
 * lies in the hull, so γ ≤ ‖x̂‖, and every signed point satisfies y_i x_iᵀx̂/‖x̂‖ ≥ min_j (…), so γ is at
 * least that minimum. {@link Status#COMPUTED} means the two bounds agree to {@link #RELATIVE_ACCURACY}.
 *
 * @param gamma the margin (the upper bound ‖x̂‖) when computed, 0 when not separable, NaN otherwise
 * @param lower a certified lower bound (NaN when the run stopped before it had one)
 * @param upper a certified upper bound
 * @param direction the unit max-margin direction x̂/‖x̂‖ when computed, else null
 * @param iterations major iterations of Wolfe's algorithm
 */
public record DataMargin(Status status, double gamma, double lower, double upper, double[] direction,
        int iterations, double seconds, String reason) {

    /** How a γ computation ended. */
    public enum Status {
        /** γ > 0, certified to {@link #RELATIVE_ACCURACY}. */
        COMPUTED,
        /** The hull reaches the origin (within {@link #ZERO_TOLERANCE}·max‖x_i‖): γ = 0, as for XOR. */
        NOT_SEPARABLE,
        /** The time limit, a cancellation or numerical stalling stopped it first; see {@code reason}. */
        NOT_COMPUTED
    }

    /** The bounds of a COMPUTED margin agree to this relative accuracy. */
    public static final double RELATIVE_ACCURACY = 1e-7;
    /** A hull point this close to the origin (relative to max‖x_i‖) counts as reaching it: γ = 0. */
    public static final double ZERO_TOLERANCE = 1e-9;
    /** Default time limit: enough for the bundled image sets, short enough to keep a run responsive. */
    public static final long DEFAULT_LIMIT_MILLIS = 10_000;

    /** γ when known (0 when not separable), empty when not computed. */
    public OptionalDouble value() {
        return status == Status.NOT_COMPUTED ? OptionalDouble.empty() : OptionalDouble.of(gamma);
    }

    public boolean computed() {
        return status != Status.NOT_COMPUTED;
    }

    /**
     * γ with the default time limit, remembered by the data's content: the same points (e.g. every run
     * of a sweep) are computed once per JVM.
     */
    public static DataMargin of(Dataset data) {
        return MarginCache.get(data, () -> of(data, DEFAULT_LIMIT_MILLIS));
    }

    /** γ of a data set, giving up (NOT_COMPUTED) after {@code limitMillis} or when the thread is interrupted. */
    public static DataMargin of(Dataset data, long limitMillis) {
        int n = data.n();
        int d = data.d();
        // unscaled data (--no-normalize) far from 1 are solved at radius 1 and the results scaled back:
        // the algorithm's squared norms would overflow near 1e160 and underflow near 1e-160
        double r = data.radius();
        double unit = r > 0 && Double.isFinite(r) && (r > 0x1p100 || r < 0x1p-100) ? r : 1;
        double[] z = new double[n * d];
        for (int i = 0; i < n; i++) {
            double yi = data.y()[i];
            for (int k = 0; k < d; k++) {
                z[i * d + k] = unit == 1 ? yi * data.x()[i * d + k] : yi * (data.x()[i * d + k] / unit);
            }
        }
        DataMargin m = new MinNormPoint(z, n, d, limitMillis).run();
        return unit == 1 ? m : new DataMargin(m.status(), m.gamma() * unit, m.lower() * unit, m.upper() * unit,
                m.direction(), m.iterations(), m.seconds(), m.reason());
    }
}
