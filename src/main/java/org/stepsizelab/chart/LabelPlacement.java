package org.stepsizelab.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a label goes: the first of its candidate boxes (in the order the overlay prefers them) that
 * lies inside the data area, crosses no drawn curve and overlaps no label already placed. When every
 * candidate touches something, a label that may be left out is ({@link #firstFree} says −1); one that
 * must be drawn takes the candidate crossing the fewest curve segments ({@link #choose}; ties: the
 * earlier one). Pure geometry in Java2D pixels, so it is tested without drawing anything.
 *
 * <p>The curves are given as segments and points ({@link Obstacles}); they are binned by pixel column,
 * so a candidate is checked only against the segments under it (a panel's redraw places four labels
 * among some ten thousand segments in well under a millisecond).
 */
final class LabelPlacement {
    private LabelPlacement() {}

    /** Bin width in pixels of {@link Obstacles}. */
    private static final double BIN = 16;

    /** The drawn curves a label must not lie on: line segments and point marks, in pixels. */
    static final class Obstacles {
        private final double x0;
        private final int lastBin;
        private final List<List<double[]>> bins = new ArrayList<>();

        /** @param area the data area the labels go in: segments are kept only where they pass over it */
        Obstacles(Rectangle2D area) {
            this.x0 = area.getMinX();
            this.lastBin = (int) Math.floor(area.getWidth() / BIN) + 1;
        }

        /** A segment of a curve, thickened by {@code halfWidth} pixels on each side (its stroke). */
        void segment(double ax, double ay, double bx, double by, double halfWidth) {
            if (!(Double.isFinite(ax) && Double.isFinite(ay) && Double.isFinite(bx) && Double.isFinite(by))) {
                return;
            }
            double[] s = {ax, ay, bx, by, Math.max(0, halfWidth)};
            double lo = Math.min(ax, bx) - s[4], hi = Math.max(ax, bx) + s[4];
            if (hi < x0 - BIN || lo > x0 + (lastBin + 1) * BIN) {
                return; // wholly beside the area
            }
            int from = bin(lo), to = bin(hi);
            for (int b = from; b <= to; b++) {
                bucket(b).add(s);
            }
        }

        /** A point mark (a diamond, a dot) of radius {@code r}. */
        void point(double x, double y, double r) {
            if (Double.isFinite(x) && Double.isFinite(y)) {
                segment(x, y, x, y, r);
            }
        }

        private int bin(double x) {
            return (int) Math.max(0, Math.min(lastBin, Math.floor((x - x0) / BIN)));
        }

        private List<double[]> bucket(int b) {
            while (bins.size() <= b) {
                bins.add(new ArrayList<>());
            }
            return bins.get(b);
        }

        /** How many segments cross {@code box}, counting at most {@code limit}. */
        int hits(Rectangle2D box, int limit) {
            int n = 0;
            int from = bin(box.getMinX()), to = bin(box.getMaxX());
            java.util.Set<double[]> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (int b = from; b <= to && b < bins.size(); b++) {
                for (double[] s : bins.get(b)) {
                    if (!seen.add(s)) {
                        continue;
                    }
                    double w = s[4];
                    Rectangle2D grown = new Rectangle2D.Double(box.getX() - w, box.getY() - w,
                            box.getWidth() + 2 * w, box.getHeight() + 2 * w);
                    boolean hit = s[0] == s[2] && s[1] == s[3] ? grown.contains(s[0], s[1])
                            : grown.intersectsLine(s[0], s[1], s[2], s[3]);
                    if (hit && ++n >= limit) {
                        return n;
                    }
                }
            }
            return n;
        }

        /** True when a segment crosses {@code box}. */
        boolean crosses(Rectangle2D box) {
            return hits(box, 1) > 0;
        }
    }

    /**
     * The index of the candidate to use: the first one inside {@code area}, free of {@code curves} and
     * of the boxes in {@code taken}; else the least bad one (outside the area or on another label
     * counts as worse than crossing any number of segments).
     */
    static int choose(List<Rectangle2D> candidates, Rectangle2D area, Obstacles curves, List<Rectangle2D> taken) {
        int free = firstFree(candidates, area, curves, taken);
        return free >= 0 ? free : leastBad(candidates, area, curves, taken);
    }

    /** The first candidate inside {@code area} that crosses no curve and no box in {@code taken}, or −1. */
    static int firstFree(List<Rectangle2D> candidates, Rectangle2D area, Obstacles curves, List<Rectangle2D> taken) {
        for (int i = 0; i < candidates.size(); i++) {
            Rectangle2D c = candidates.get(i);
            if (contains(area, c) && taken.stream().noneMatch(c::intersects) && !curves.crosses(c)) {
                return i;
            }
        }
        return -1;
    }

    private static int leastBad(List<Rectangle2D> candidates, Rectangle2D area, Obstacles curves, List<Rectangle2D> taken) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a label needs at least one place to go");
        }
        int best = 0;
        long bestCost = Long.MAX_VALUE;
        for (int i = 0; i < candidates.size(); i++) {
            Rectangle2D c = candidates.get(i);
            long cost = contains(area, c) ? 0 : 2_000_000_000L;
            for (Rectangle2D t : taken) {
                if (t.intersects(c)) {
                    cost += 1_000_000_000L;
                }
            }
            if (cost < bestCost) { // only count when it could win: counting is the expensive part
                cost += curves.hits(c, Integer.MAX_VALUE);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = i;
                }
            }
        }
        return best;
    }

    /** {@code outer} holds {@code inner} (edges included, half a pixel of rounding allowed). */
    static boolean contains(Rectangle2D outer, Rectangle2D inner) {
        return inner.getMinX() >= outer.getMinX() - 0.5 && inner.getMaxX() <= outer.getMaxX() + 0.5
                && inner.getMinY() >= outer.getMinY() - 0.5 && inner.getMaxY() <= outer.getMaxY() + 0.5;
    }
}
