package org.stepsizelab.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything a run has measured so far, in bounded memory, shared by one writer (the trainer's
 * worker) and any number of readers (the FX thread, an exporter).
 *
 * <p>The first {@code capacity} records are kept exactly, one bucket per step. When the table is full
 * neighbouring buckets are merged in pairs, so from then on each bucket covers 2, 4, 8, … steps and
 * keeps the minimum and maximum of every metric over them: a loss spike of one step is never lost,
 * and memory stays at {@code capacity} buckets for any run length (10⁷ steps included). The first
 * {@link #exactHead()} steps (an eighth of the capacity) stay exact for good: they hold the EoS phase,
 * which a log step axis shows widest.
 *
 * <p>Readers poll {@link #changesSince(Cursor)}: they get only the buckets that changed since their
 * last read (plus a rebuild signal after a compaction) and keep their own copy, so the lock is held
 * for a copy of the new rows only. The writer should append in small batches ({@link #appendAll}).
 */
public final class RunHistory {
    /** 131,072 exact steps (about 19 MB), then an envelope of 65,536–131,072 buckets. */
    public static final int DEFAULT_CAPACITY = 1 << 17;
    /** More η changes than this in one run are not recorded individually. */
    static final int MAX_ETA_CHANGES = 10_000;

    /** Where a reader stands: the compaction generation it has seen and how far it has read. */
    public record Cursor(long generation, int size, long modCount) {
        public static final Cursor START = new Cursor(-1, 0, -1);
    }

    /**
     * What changed for one reader: replace its rows from {@code from} on by {@code rows}.
     *
     * @param rebuild the history was compacted (or this is the first read): discard everything
     * @param records how many step records the history has taken so far
     */
    public record Delta(boolean rebuild, int from, HistoryTable rows, Cursor next, PhaseInfo phase,
                        long records) {

        public boolean isEmpty() {
            return !rebuild && rows.isEmpty();
        }

        /** Brings a reader's own copy up to date. */
        public void applyTo(HistoryTable mirror) {
            mirror.truncate(rebuild ? 0 : from);
            mirror.appendRows(rows, 0, rows.size());
        }
    }

    private final int capacity;
    private final int head;
    private final HistoryTable table;
    private final List<EtaChange> etaChanges = new ArrayList<>();
    /** Records per bucket once compacted (a power of two). */
    private long bucketWidth = 1;
    private long countInLastBucket;
    private long generation;
    private long modCount;
    private long records;
    private double lastEta = Double.NaN;
    private volatile PhaseInfo phase = PhaseInfo.NONE;
    private volatile RunOutcome outcome;
    private volatile StepRecord latest;
    private volatile org.stepsizelab.core.training.ObservedWeights weights;

    public RunHistory() {
        this(DEFAULT_CAPACITY);
    }

    /** @param capacity the number of steps kept exactly and the most buckets ever held (even, ≥ 4) */
    public RunHistory(int capacity) {
        if (capacity < 4 || capacity % 2 != 0) {
            throw new IllegalArgumentException("capacity must be even and >= 4, got " + capacity);
        }
        this.capacity = capacity;
        this.head = (capacity / 8) & ~1; // even, so the merged tail is even too
        this.table = new HistoryTable(Math.min(capacity, 1024));
    }

    public synchronized void append(StepRecord r) {
        add(r);
    }

    /** Appends a batch of consecutive records and the phases as of its last one. */
    public synchronized void appendAll(List<StepRecord> batch, PhaseInfo phaseNow) {
        for (StepRecord r : batch) {
            add(r);
        }
        if (phaseNow != null) {
            phase = phaseNow;
        }
    }

    private void add(StepRecord r) {
        latest = r;
        if (r.eta() != lastEta) {
            if (!Double.isNaN(lastEta) && etaChanges.size() < MAX_ETA_CHANGES) {
                etaChanges.add(new EtaChange(r.step(), r.eta()));
            }
            lastEta = r.eta();
        }
        records++;
        modCount++;
        if (table.size() > 0 && countInLastBucket < bucketWidth) {
            table.mergeIntoLast(r);
            countInLastBucket++;
            return;
        }
        if (table.size() == capacity) {
            // every bucket is full here, so the merged ones are all 2·width wide
            table.mergePairs(head);
            bucketWidth *= 2;
            generation++;
        }
        table.append(r);
        countInLastBucket = 1;
    }

    /** The last record appended (exact even when the table is an envelope), or null. */
    public StepRecord latest() {
        return latest;
    }

    public PhaseInfo phase() {
        return phase;
    }

    /** Marks the run over (finished, diverged or cancelled). */
    public void finish(RunOutcome how) {
        outcome = how;
    }

    /** How the run ended, or null while it runs. */
    /** Attaches the run's weight store (the app's worker does, before the first step). */
    public void attachWeights(org.stepsizelab.core.training.ObservedWeights observed) {
        this.weights = observed;
    }

    /**
     * The run's weights as far as they are kept (θ_t, predictions, per-neuron metrics), or null
     * when the run keeps none (not started yet, or a history filled from a file).
     */
    public org.stepsizelab.core.training.ObservedWeights weights() {
        return weights;
    }

    public RunOutcome outcome() {
        return outcome;
    }

    /** The rows a reader has not seen yet (see {@link Delta}). */
    public synchronized Delta changesSince(Cursor cursor) {
        PhaseInfo p = phase;
        if (cursor.generation() == generation && cursor.modCount() == modCount) {
            return new Delta(false, table.size(), new HistoryTable(1), cursor, p, records);
        }
        boolean rebuild = cursor.generation() != generation;
        int from;
        if (rebuild) {
            from = 0;
        } else {
            // the reader's last bucket may have grown since (not while buckets hold one step)
            from = bucketWidth == 1 ? cursor.size() : Math.max(0, cursor.size() - 1);
            from = Math.min(from, table.size());
        }
        HistoryTable rows = new HistoryTable(table.size() - from);
        rows.appendRows(table, from, table.size());
        return new Delta(rebuild, from, rows, new Cursor(generation, table.size(), modCount), p, records);
    }

    /** A copy of the whole history as it is now. */
    public synchronized HistoryTable snapshot() {
        return table.copy();
    }

    /** The η changes made while the run streamed (Trainer.setEta), in step order. */
    public synchronized List<EtaChange> etaChanges() {
        return List.copyOf(etaChanges);
    }

    public synchronized long records() {
        return records;
    }

    /** Records per bucket after the exact head: 1 while the history is exact. */
    public synchronized long bucketWidth() {
        return bucketWidth;
    }

    /** How many first steps are always kept exactly. */
    public int exactHead() {
        return head;
    }
}
