package org.stepsizelab.core.kernel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Packed copies of the arrays a caller declared constant ({@link MatrixKernel#declareConstant}):
 * a training's data matrix X enters two products every step (X·Wᵀ and Δᵀ·X), and packing it into
 * micro-panels each time cost about a quarter of a CIFAR step. The copies are made on first use,
 * per stride and shape, and only for arrays up to {@link #MAX_DOUBLES} doubles (a copy per use).
 * At most {@link #MAX_ARRAYS} arrays are held, the oldest declaration dropped first, so a kernel
 * reused across runs (bench's warm-up runs each build a new K) cannot pile up copies.
 * Packing moves numbers without arithmetic, so a product from a packed copy has the same bits.
 */
final class PackedOperands {
    /** Arrays larger than this (64 MB) are packed per call as before, to bound the memory. */
    static final int MAX_DOUBLES = 8 << 20;

    /** A run declares X and perhaps K; a few more leave room for a test split. */
    static final int MAX_ARRAYS = 4;

    /** Arrays do not override equals/hashCode, so this map is keyed by identity; oldest first. */
    private final Map<double[], List<Entry>> constants = Collections.synchronizedMap(
            new LinkedHashMap<>(8, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<double[], List<Entry>> eldest) {
                    return size() > MAX_ARRAYS;
                }
            });

    private record Entry(boolean left, int rowStride, int colStride, int rows, int cols, double[] packed) {}

    void declare(double[] a) {
        if (a.length <= MAX_DOUBLES) {
            constants.putIfAbsent(a, Collections.synchronizedList(new ArrayList<>()));
        }
    }

    /** A packed as the left operand (rows×inner), or null when a is not declared constant. */
    double[] packedA(double[] a, int ars, int acs, int rows, int inner) {
        List<Entry> entries = constants.get(a);
        if (entries == null) {
            return null;
        }
        synchronized (entries) {
            for (Entry e : entries) {
                if (e.left && e.rowStride == ars && e.colStride == acs && e.rows == rows && e.cols == inner) {
                    return e.packed;
                }
            }
            double[] packed = PackedProduct.packAllA(a, ars, acs, rows, inner);
            entries.add(new Entry(true, ars, acs, rows, inner, packed));
            return packed;
        }
    }

    /** B packed as the right operand (inner×cols), or null when b is not declared constant. */
    double[] packedB(double[] b, int brs, int bcs, int inner, int cols) {
        List<Entry> entries = constants.get(b);
        if (entries == null) {
            return null;
        }
        synchronized (entries) {
            for (Entry e : entries) {
                if (!e.left && e.rowStride == brs && e.colStride == bcs && e.rows == inner && e.cols == cols) {
                    return e.packed;
                }
            }
            int panels = PackedProduct.panels(cols);
            double[] packed = new double[inner * panels * PackedProduct.NR];
            PackedProduct.packB(b, brs, bcs, inner, cols, panels, packed);
            entries.add(new Entry(false, brs, bcs, inner, cols, packed));
            return packed;
        }
    }
}
