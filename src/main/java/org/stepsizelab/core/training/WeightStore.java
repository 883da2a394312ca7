package org.stepsizelab.core.training;

import java.util.Arrays;

/**
 * θ_t of a running training kept in memory within a fixed byte budget, so a view can show the
 * weights at (almost) any step: every step for the first {@code capacity/2} steps (which holds the
 * edge-of-stability phase of the bundled runs), then steps on a logarithmic grid out to the run's
 * length T, plus always the run's last step. With P parameters a snapshot costs 8·P bytes and
 * {@code capacity = max(16, budget / (8·P))}.
 *
 * <p>Written by the training thread, read by any thread (methods are synchronized).
 */
public final class WeightStore implements WeightTap {
    /** The default budget: 64 MiB. */
    public static final long DEFAULT_BUDGET_BYTES = 64L << 20;

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
        return last || keeps(step);
    }

    private boolean keeps(long step) {
        return count < capacity && (step < denseSteps || step >= nextGrid);
    }

    @Override
    public synchronized void accept(long step, double[] theta) {
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
}
