package org.stepsizelab.core.training;

import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The hooks by which another thread drives a running {@link Training}: pause, resume, step ×k,
 * a new η from the next update on, cancel. Each takes effect between two steps (the loop reads
 * these volatile fields before every step), so a cancel costs at most one step.
 *
 * <p>A run without a controller uses {@link #unattended(BooleanSupplier)}: it never pauses and
 * polls an outside cancel flag every 256 steps (cheap for XOR at millions of steps a second,
 * prompt for MNIST).
 */
public final class RunControl {
    /** The loop may measure records while produced < limit. */
    private volatile long limit;
    private volatile long produced;
    private volatile boolean cancelled;
    private volatile double pendingEta = Double.NaN;
    private volatile Thread thread;
    private final BooleanSupplier outsideCancel;

    private RunControl(boolean startPaused, BooleanSupplier outsideCancel) {
        this.limit = startPaused ? 0 : Long.MAX_VALUE;
        this.outsideCancel = outsideCancel;
    }

    /** A controller for an interactive run (the app), started paused or running. */
    public static RunControl interactive(boolean startPaused) {
        return new RunControl(startPaused, () -> false);
    }

    /** No pausing; {@code cancelled} is polled every 256 steps. */
    public static RunControl unattended(BooleanSupplier cancelled) {
        return new RunControl(false, cancelled);
    }

    public void cancel() {
        cancelled = true;
        wake();
    }

    public void pause() {
        limit = produced;
    }

    public void resume() {
        limit = Long.MAX_VALUE;
        wake();
    }

    /** Pauses, then lets {@code k} more steps run. */
    public void stepBy(long k) {
        // a step racing with pause() may have slipped past the old limit: count from what exists
        long base = paused() ? Math.max(limit, produced) : produced;
        limit = base + k;
        wake();
    }

    /** Applies a new η from the next update on (taken by the loop between steps). */
    public void setEta(double eta) {
        pendingEta = eta;
    }

    public boolean paused() {
        return limit != Long.MAX_VALUE;
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** Records measured so far. */
    public long produced() {
        return produced;
    }

    // ---- used by the loop ----

    /** Whether the loop should stop before measuring the step {@code step}. */
    boolean shouldStop(long step) {
        if (cancelled) {
            return true;
        }
        if ((step & 255) == 0 && outsideCancel.getAsBoolean()) {
            cancelled = true;
        }
        return cancelled;
    }

    boolean mayProduce() {
        return produced < limit;
    }

    void awaitPermission() {
        thread = Thread.currentThread();
        while (produced >= limit && !cancelled) {
            LockSupport.parkNanos(this, 50_000_000L);
        }
    }

    /** The η to apply before the next step, or NaN; cleared once taken. */
    double takeEta() {
        double eta = pendingEta;
        if (!Double.isNaN(eta)) {
            pendingEta = Double.NaN;
        }
        return eta;
    }

    void countRecord() {
        produced++;
    }

    private void wake() {
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }
}
