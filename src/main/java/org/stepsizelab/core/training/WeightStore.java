package org.stepsizelab.core.training;

import java.util.Arrays;

/**
 * θ_t of a running training kept in memory within a fixed byte budget, so a view can show the
 * weights at (almost) any step: every step for the first {@code capacity/2} steps (which holds the
 * edge-of-stability phase of the bundled runs), then steps on a logarithmic grid out to the run's
 * length T, plus always the run's last step. With P parameters a snapshot costs 8·P bytes and
 * {@code capacity = max(16, budget / (8·P))}.
 *
 * <p>Besides the kept steps it holds the newest θ a viewer asked for ({@link #requestLatest}): the
 * app's live data view asks once per picture it draws, and the trainer hands over θ at its next
 * step, so a run whose θ is costly to read (the Gram form rebuilds W) pays only per frame shown.
 * That θ sits in the slot of the run's last step until a later step is kept.
 *
 * <p>Memory: the budget counts the 8·P bytes of θ per snapshot; the JVM adds about
 * {@link #OVERHEAD_BYTES} per snapshot (array header, step, reference), which {@link #heapBytes}
 * includes: a 10⁶-step XOR run (P = 40) holds ≤ 64 MiB of θ and ≤ 70.4 MiB of heap.
 *
 * <p>Written by the training thread, read by any thread (methods are synchronized).
 */
public final class WeightStore implements WeightTap {
    /** The default budget: 64 MiB. */
    public static final long DEFAULT_BUDGET_BYTES = 64L << 20;
    /** Heap per snapshot beyond its 8·P bytes of θ: the array header, the step and the reference. */
    public static final int OVERHEAD_BYTES = 32;

    /**
     * θ_t at one kept step. The array is the store's own (the trainer hands over a fresh copy that
     * nobody changes): read it, do not modify it.
     */
    public record Snapshot(long step, double[] theta) {}

    private final int capacity;
    private final long denseSteps;
    /** Log grid after the dense part: the next step to keep is the first ≥ nextGrid. */
    private final double ratio;
    private double nextGrid;
    private long[] steps;
    private double[][] thetas;
    private int count;
    private final int parameters;
    /** The run's last step when it is not on the grid. */
    private long tailStep = -1;
    private double[] tail;
    private volatile boolean latestRequested;

    /**
     * @param parameters P, the length of θ
     * @param totalSteps T, the planned run length (for the log grid)
     */
    public WeightStore(int parameters, long totalSteps, long budgetBytes) {
        this.parameters = parameters;
        this.capacity = (int) Math.max(16, Math.min(Integer.MAX_VALUE - 8, budgetBytes / (8L * parameters)));
        this.denseSteps = capacity / 2;
        long rest = Math.max(1, capacity - denseSteps - 1);
        double span = Math.max(1.0, (double) Math.max(totalSteps, denseSteps + 1) / Math.max(1, denseSteps));
        this.ratio = Math.max(1.0 + 1e-12, Math.pow(span, 1.0 / rest));
        this.nextGrid = denseSteps;
        this.steps = new long[Math.min(capacity, 1024)];
        this.thetas = new double[steps.length][];
    }

    @Override
    public synchronized boolean wants(long step, boolean last) {
        // only steps that will be kept cost a copy of θ (the Gram form rebuilds W for one)
        return last || keeps(step) || latestRequested;
    }

    private boolean keeps(long step) {
        return count < capacity && (step < denseSteps || step >= nextGrid);
    }

    @Override
    public synchronized void accept(long step, double[] theta) {
        latestRequested = false;
        if (keeps(step)) {
            if (count == steps.length) {
                int grown = Math.min(capacity, steps.length * 2);
                steps = Arrays.copyOf(steps, grown);
                thetas = Arrays.copyOf(thetas, grown);
            }
            steps[count] = step;
            thetas[count] = theta;
            count++;
            if (step >= denseSteps) {
                while (nextGrid <= step) {
                    nextGrid = Math.max(nextGrid * ratio, nextGrid + 1);
                }
            }
            tail = null;
            tailStep = -1;
        } else {
            tail = theta;
            tailStep = step;
        }
    }

    /** How many snapshots one store may hold. */
    public int capacity() {
        return capacity;
    }

    /** Steps kept every step from 0 (the dense part). */
    public long denseSteps() {
        return denseSteps;
    }

    /** The kept steps in increasing order. */
    public synchronized long[] keptSteps() {
        long[] out = Arrays.copyOf(steps, count + (tail != null ? 1 : 0));
        if (tail != null) {
            out[count] = tailStep;
        }
        return out;
    }

    /** θ_t if step t is kept, else null (a copy). */
    public synchronized double[] at(long step) {
        if (tail != null && tailStep == step) {
            return tail.clone();
        }
        int i = Arrays.binarySearch(steps, 0, count, step);
        return i >= 0 ? thetas[i].clone() : null;
    }

    /** The latest kept step ≤ {@code step}, or -1 if none. */
    public synchronized long nearestAtOrBefore(long step) {
        if (tail != null && tailStep <= step) {
            return tailStep;
        }
        int i = Arrays.binarySearch(steps, 0, count, step);
        if (i >= 0) {
            return steps[i];
        }
        int insert = -i - 1;
        return insert == 0 ? -1 : steps[insert - 1];
    }

    /** Bytes held by the snapshots now (8 per parameter per snapshot). */
    public synchronized long bytes() {
        return 8L * parameters * (count + (tail != null ? 1 : 0));
    }

    /** {@link #bytes()} plus the JVM's {@link #OVERHEAD_BYTES} per snapshot: the heap the store holds. */
    public synchronized long heapBytes() {
        return (8L * parameters + OVERHEAD_BYTES) * (count + (tail != null ? 1 : 0));
    }

    /** P, the length of each θ. */
    public int parameters() {
        return parameters;
    }

    /** The first held step ≥ {@code step}, or −1 if none (a replay's next frame). */
    public synchronized long ceilingStep(long step) {
        int i = Arrays.binarySearch(steps, 0, count, step);
        if (i >= 0) {
            return steps[i];
        }
        int ins = -i - 1;
        if (ins < count) {
            return steps[ins];
        }
        return tail != null && tailStep >= step ? tailStep : -1;
    }

    /** How many snapshots are held now (the kept steps and the last/newest one). */
    public synchronized int size() {
        return count + (tail != null ? 1 : 0);
    }

    /**
     * Asks the trainer for θ at its next step even if that step is not on the grid (the live view
     * calls this when it is ready for a new picture); {@link #latest()} returns it then.
     */
    public void requestLatest() {
        latestRequested = true;
    }

    /** The newest θ held (a kept step or the one handed over on request), or null before any. */
    public synchronized Snapshot latest() {
        if (tail != null) {
            return new Snapshot(tailStep, tail);
        }
        return count == 0 ? null : new Snapshot(steps[count - 1], thetas[count - 1]);
    }

    /**
     * The held snapshot whose step is nearest to {@code step} (the earlier one on a tie), or null
     * when nothing is held: what a scrubbing view shows, labelled with its own step.
     */
    public synchronized Snapshot nearest(long step) {
        int size = count + (tail != null ? 1 : 0);
        if (size == 0) {
            return null;
        }
        int i = Arrays.binarySearch(steps, 0, count, step);
        if (i >= 0) {
            return new Snapshot(steps[i], thetas[i]);
        }
        int ins = -i - 1;
        long before = ins > 0 ? steps[ins - 1] : Long.MIN_VALUE;
        long after = ins < count ? steps[ins] : (tail != null ? tailStep : Long.MAX_VALUE);
        boolean takeBefore = ins > 0 && (after == Long.MAX_VALUE || step - before <= after - step);
        if (takeBefore) {
            return new Snapshot(before, thetas[ins - 1]);
        }
        return ins < count ? new Snapshot(steps[ins], thetas[ins]) : new Snapshot(tailStep, tail);
    }

    /**
     * At most {@code max} held snapshots spread over the run on a log scale of t + 1 (every one if
     * they fit), always with the first and the newest: the charts that read them have log step
     * axes, and an even spread through a densely kept run (every step of a 10⁴-step XOR run) would
     * skip its first steps, where the EoS phase is.
     */
    public synchronized java.util.List<Snapshot> spread(int max) {
        int size = count + (tail != null ? 1 : 0);
        java.util.List<Snapshot> out = new java.util.ArrayList<>();
        if (size == 0 || max < 1) {
            return out;
        }
        if (size <= max) {
            for (int i = 0; i < size; i++) {
                out.add(at(i));
            }
            return out;
        }
        double lo = Math.log1p(stepAt(0)), hi = Math.log1p(stepAt(size - 1));
        int lastIndex = -1;
        for (int k = 0; k < max; k++) {
            long target = (long) Math.ceil(Math.expm1(lo + (hi - lo) * k / (max - 1)));
            int i = k == max - 1 ? size - 1 : Math.max(lastIndex + 1, firstIndexAtOrAfter(target, size));
            if (i >= size) {
                break;
            }
            out.add(at(i));
            lastIndex = i;
        }
        if (lastIndex != size - 1) {
            out.add(at(size - 1));
        }
        return out;
    }

    private Snapshot at(int i) {
        return i < count ? new Snapshot(steps[i], thetas[i]) : new Snapshot(tailStep, tail);
    }

    private long stepAt(int i) {
        return i < count ? steps[i] : tailStep;
    }

    /** The first held index whose step is at least {@code step} (size if none). */
    private int firstIndexAtOrAfter(long step, int size) {
        int i = Arrays.binarySearch(steps, 0, count, step);
        int ins = i >= 0 ? i : -i - 1;
        if (ins < count) {
            return ins;
        }
        return tail != null && tailStep >= step ? count : size;
    }
}
