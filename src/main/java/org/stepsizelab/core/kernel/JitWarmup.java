package org.stepsizelab.core.kernel;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Vector API code is fast only once the JIT's top tier (C2) has compiled it: interpreted or
 * compiled by C1, every vector operation allocates and runs lane by lane, some hundred times
 * slower than scalar code (a first 1000×1000×100 product took seconds). So a JVM's first large
 * products — the app's first run, a short {@code run} — would pay for code that is not compiled
 * yet.
 *
 * <p>Instead, the first kernel call starts one daemon thread that calls the vector loops on dummy
 * data until a timed call shows compiled speed, and until then the kernels run their scalar
 * fallbacks (scalar fused multiply-adds, which C1 compiles in milliseconds). Both compute each
 * entry as the same chain of fused multiply-adds in the same order, so which one runs never
 * changes a bit (tested); only the time does.
 */
final class JitWarmup {
    /** Give up warming after this long (a JVM without C2): the vector code then runs as it is. */
    private static final long LIMIT_NANOS = 30_000_000_000L;
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static volatile boolean ready = "off".equals(System.getProperty("stepsize.warmup"));
    private static volatile long readyAfterNanos = -1;

    private JitWarmup() {}

    /** Whether the vector loops run at compiled speed; the first call starts the warm-up thread. */
    static boolean vectorReady() {
        if (!ready && STARTED.compareAndSet(false, true)) {
            Thread t = new Thread(JitWarmup::warm, "stepsize-jit-warmup");
            t.setDaemon(true);
            t.start();
        }
        return ready;
    }

    /** Nanoseconds from the first kernel call until the vector code was compiled; -1 while warming. */
    static long readyAfterNanos() {
        return readyAfterNanos;
    }

    private static void warm() {
        long start = System.nanoTime();
        boolean packed = false, small = false;
        while (!(packed && small) && System.nanoTime() - start < LIMIT_NANOS) {
            packed = packed || PackedProduct.warmUpRound();
            small = small || SmallProduct.warmUpRound();
        }
        readyAfterNanos = System.nanoTime() - start;
        ready = true;
    }
}
