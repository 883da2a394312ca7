package org.stepsizelab.core.dataview;

import java.util.Arrays;

/**
 * The weights W_t of a run at the steps a viewer can scrub back to, in bounded memory.
 *
 * <p>Budget: {@link #DEFAULT_BUDGET_BYTES} (96 MiB) of weights, and at most {@link #MAX_SNAPSHOTS}
 * snapshots. Of the C snapshots that fit, the first half are the steps 0, 1, …, C/2 − 1 exactly (the
 * EoS phase of the paper's runs lies there: about 10 steps on XOR, 250 on MNIST), the second half
 * log-spaced from C/2 to the last step T, which is always kept. The run's length T is known up
 * front, so the plan never has to thin what it kept. A 10⁶-step XOR run (m = 20, d = 2, 20,000
 * snapshots of 40 doubles) keeps ≈ 7 MB; a 1,000-image MNIST run (m = 100, d = 784, 627 kB each)
 * keeps 160 snapshots: steps 0–79 and 80 log-spaced up to T.
 *
 * <p>One writer (the trainer's thread, through {@link #wants} and {@link #put}) and any readers.
 * Besides the kept steps, {@link #offerLatest} holds the newest weights for the live view.
 */
public final class SnapshotStore implements org.stepsizelab.core.training.WeightTap {
    public static final long DEFAULT_BUDGET_BYTES = 96L << 20;
    public static final int MAX_SNAPSHOTS = 20_000;
    /** Bytes of one snapshot beyond its doubles (array header, step, list slot), for the budget. */
    static final int OVERHEAD_BYTES = 48;

    /** W_t (m×d or the model's parameter vector, row-major) at one step. */
    public record Snapshot(long step, double[] weights) {}

    private final int paramCount;
    private final long lastStep;
    private final int capacity;
    private final int head;
    private final double ratio;
    private final long[] steps;
    private final double[][] weights;
    private int size;
    private double nextTarget;
    private volatile Snapshot latest;
    private volatile boolean latestRequested;

    public SnapshotStore(int paramCount, long lastStep) {
        this(paramCount, lastStep, DEFAULT_BUDGET_BYTES);
    }

    /**
     * @param paramCount doubles per snapshot
     * @param lastStep the run's last step T
     */
    public SnapshotStore(int paramCount, long lastStep, long budgetBytes) {
        if (paramCount < 1 || lastStep < 0) {
            throw new IllegalArgumentException("paramCount must be >= 1 and lastStep >= 0");
        }
        this.paramCount = paramCount;
        this.lastStep = lastStep;
        long fit = budgetBytes / (8L * paramCount + OVERHEAD_BYTES);
        int cap = (int) Math.max(4, Math.min(MAX_SNAPSHOTS, fit));
        if (lastStep + 1 <= cap) {
            cap = (int) (lastStep + 1); // a short run keeps every step
        }
        this.capacity = cap;
        this.head = lastStep + 1 <= cap ? cap : cap / 2;
        int tail = cap - head; // log-spaced steps after the head, the last one being T
        this.ratio = tail > 0 ? Math.pow((double) lastStep / head, 1.0 / tail) : 1;
        this.nextTarget = head;
        this.steps = new long[cap];
        this.weights = new double[cap][];
    }

    /**
     * Whether step t is one to keep (call with t = 0, 1, 2, … in order). Called by the writer only,
     * which alone changes what it reads, so it takes no lock (it runs at every training step).
     */
    public boolean wants(long t) {
        if (size >= capacity) {
            return false;
        }
        if (t < head || t == lastStep) {
            return true;
        }
        return t >= nextTarget && t < lastStep && size < capacity - 1; // the last slot is T's
    }

    /** Keeps a copy of W_t (t must be one {@link #wants} asked for, in increasing order). */
    public synchronized void put(long t, double[] w) {
        if (w.length != paramCount) {
            throw new IllegalArgumentException("expected " + paramCount + " weights, got " + w.length);
        }
        if (size >= capacity || (size > 0 && t <= steps[size - 1])) {
            return;
        }
        steps[size] = t;
        weights[size] = w.clone();
        size++;
        if (t >= head) {
            while (nextTarget <= t) {
                nextTarget = Math.max(nextTarget * ratio, t + 1);
            }
        }
        latest = new Snapshot(t, weights[size - 1]);
        latestRequested = false;
    }

    /**
     * Asks the writer for the newest weights at its next step (the live view calls this when it is
     * ready for a new picture, so a run whose weights are costly to read pays only per frame shown).
     */
    public void requestLatest() {
        latestRequested = true;
    }

    /** Whether a viewer asked for the newest weights since the last {@link #offerLatest}. */
    public boolean latestRequested() {
        return latestRequested;
    }

    /** Replaces the live view's newest weights (not kept for scrubbing unless also put). */
    public void offerLatest(long t, double[] w) {
        latestRequested = false;
        Snapshot l = latest;
        if (l == null || t > l.step()) {
            latest = new Snapshot(t, w.clone());
        }
    }

    /** The trainer's tap: the planned steps, and any step while the live view waits for weights. */
    @Override
    public boolean wants(long step, boolean last) {
        return wants(step) || latestRequested;
    }

    @Override
    public void accept(long step, double[] theta) {
        if (wants(step)) {
            put(step, theta);
        } else {
            offerLatest(step, theta);
        }
    }

    /**
     * The trainer's side: before the update that leaves step t, keep W_t if the plan wants step t,
     * or hand it to the live view if it asked. {@code weights} is read only then.
     */
    public void observe(long t, java.util.function.Supplier<double[]> weights) {
        if (wants(t)) {
            put(t, weights.get());
        } else if (latestRequested) {
            offerLatest(t, weights.get());
        }
    }

    /** The newest weights seen (kept or offered), or null before any. */
    public Snapshot latest() {
        return latest;
    }

    /** The kept snapshot whose step is nearest to t (the earlier on a tie), or null when empty. */
    public synchronized Snapshot nearest(long t) {
        if (size == 0) {
            return null;
        }
        int i = Arrays.binarySearch(steps, 0, size, t);
        if (i < 0) {
            int ins = -i - 1;
            if (ins == 0) {
                i = 0;
            } else if (ins == size) {
                i = size - 1;
            } else {
                i = t - steps[ins - 1] <= steps[ins] - t ? ins - 1 : ins;
            }
        }
        return new Snapshot(steps[i], weights[i]);
    }

    /**
     * At most {@code max} kept snapshots spread over the run (every one if they fit, else evenly
     * through the kept list, which is itself dense early and log-spaced late), always with the last.
     */
    public synchronized java.util.List<Snapshot> spread(int max) {
        java.util.List<Snapshot> out = new java.util.ArrayList<>();
        if (size == 0 || max < 1) {
            return out;
        }
        int take = Math.min(size, max);
        int lastIndex = -1;
        for (int k = 0; k < take; k++) {
            int i = take == 1 ? size - 1 : (int) Math.round((double) k * (size - 1) / (take - 1));
            if (i != lastIndex) {
                out.add(new Snapshot(steps[i], weights[i]));
                lastIndex = i;
            }
        }
        return out;
    }

    /** The kept steps, in order. */
    public synchronized long[] keptSteps() {
        return Arrays.copyOf(steps, size);
    }

    public synchronized int size() {
        return size;
    }

    /** The most snapshots this store will keep. */
    public int capacity() {
        return capacity;
    }

    /** Steps 0 … headSteps()−1 are kept exactly. */
    public int headSteps() {
        return head;
    }

    public int paramCount() {
        return paramCount;
    }

    /** Memory held by the kept snapshots (their doubles plus {@link #OVERHEAD_BYTES} each). */
    public synchronized long bytes() {
        return (long) size * (8L * paramCount + OVERHEAD_BYTES);
    }
}
