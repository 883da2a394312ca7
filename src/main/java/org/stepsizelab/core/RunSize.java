package org.stepsizelab.core;

import java.util.Locale;
import org.stepsizelab.core.data.DataSplit;
import org.stepsizelab.core.config.KeyText;
import org.stepsizelab.core.config.ConfigKey;

/**
 * Refuses a training that cannot be allocated, before anything is allocated. Sizes are computed in
 * {@code long}: {@code --width 2147483647} would otherwise overflow m·d into a negative array length,
 * and {@code --width 1e8} would spend many seconds filling a heap it then runs out of.
 *
 * <p>The estimate counts only the trainer's large arrays (a few m×d weight copies, the n×m
 * pre-activations and coefficients, the test split's n_test×m, and for {@code --sharpness-every} the
 * Hessian-vector product's n×m buffers and Lanczos's 21 m×d vectors), so it is a lower bound: a run it
 * refuses could not have finished.
 */
public final class RunSize {
    private RunSize() {}

    /**
     * The most steps a run may ask for: 10¹² steps take more than ten days at the fastest rate
     * measured (about 10⁶ steps/s on the XOR); near 2⁶³ the step counter itself would overflow.
     */
    public static final long MAX_STEPS = 1_000_000_000_000L;

    /** Java's largest array, a little below Integer.MAX_VALUE. */
    static final long MAX_ARRAY = Integer.MAX_VALUE - 8;
    /** Columns are padded to the vector length (8 doubles). */
    private static final int PAD = 8;
    private static final int WEIGHT_COPIES = 5;
    private static final int SAMPLE_BUFFERS = 3;
    private static final int HVP_BUFFERS = 5;
    private static final int LANCZOS_VECTORS = 23;

    /** Thrown when the run needs more heap than the JVM has; the command line says "out of memory". */
    public static final class TooLarge extends OutOfMemoryError {
        public TooLarge(String message) {
            super(message);
        }
    }

    /** Checks one training (or {@code parallel} of them at once, as a sweep runs them) on this data. */
    public static void check(RunConfig config, DataSplit data, int parallel) {
        long test = data.test() == null ? 0 : data.test().n();
        check(data.train().n(), data.train().d(), config.width(), test, config.sharpnessEvery() > 0, parallel,
                Runtime.getRuntime().maxMemory() - usedHeap());
    }

    static void check(long n, long d, long m, long testN, boolean sharpness, int parallel, long availableBytes) {
        long ld = (m + PAD - 1) / PAD * PAD;
        long largest = Math.max(Math.max(n, testN) * ld, d * ld);
        if (largest > MAX_ARRAY) {
            String width = KeyText.key(ConfigKey.WIDTH);
            throw new InputException(String.format(Locale.ROOT,
                    "%s: m = %d with n = %d points of d = %d features needs arrays of %s numbers,"
                            + " more than a Java array holds (2^31 - 1); use a smaller %s", width, m, n, d,
                    Num.compact(largest), width));
        }
        double numbers = WEIGHT_COPIES * (double) d * ld + SAMPLE_BUFFERS * (double) n * ld + (double) testN * ld;
        if (sharpness) {
            numbers += HVP_BUFFERS * (double) n * m + LANCZOS_VECTORS * (double) m * d;
        }
        double bytes = 8 * numbers * Math.max(1, parallel);
        if (bytes > availableBytes) {
            throw new TooLarge(String.format(Locale.ROOT, "m = %d with n = %d, d = %d needs at least %s%s, the JVM has %s free",
                    m, n, d, gigabytes(bytes), parallel > 1 ? " (" + parallel + " runs at once)" : "",
                    gigabytes(availableBytes)));
        }
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static String gigabytes(double bytes) {
        return bytes >= 1e9 ? String.format(Locale.ROOT, "%.1f GB", bytes / 1e9)
                : String.format(Locale.ROOT, "%.0f MB", Math.ceil(bytes / 1e6));
    }
}
