package org.stepsizelab.core.dataview;

import java.util.ArrayList;
import java.util.List;

/**
 * Each hidden neuron's line w_jᵀx = 0 in the plane, clipped to the frame, with the sign of its outer
 * weight a_j: the side where w_jᵀx > 0 is where the neuron is "on" (φ grows fastest there), so the
 * lines show how the net carves the plane.
 */
public final class NeuronLines {
    private NeuronLines() {}

    /**
     * One neuron's line.
     *
     * @param sign a_j (+1 or −1)
     * @param norm ‖w_j‖ (0: the neuron has no line, and none is returned)
     */
    public record Line(int neuron, double sign, double norm, double x1, double y1, double x2, double y2) {}

    /** The lines of the m neurons of W (m×2, row-major) within the frame. */
    public static List<Line> of(double[] w, int m, PlaneFrame frame) {
        if (w.length != 2 * m) {
            throw new IllegalArgumentException("neuron lines need W of m×2, got " + w.length + " entries");
        }
        List<Line> lines = new ArrayList<>(m);
        // the frame is centred on the origin: a half-diagonal long segment through 0 along the line
        // covers it, then clip to the rectangle
        double reach = Math.hypot(Math.max(-frame.xMin(), frame.xMax()), Math.max(-frame.yMin(), frame.yMax()));
        for (int j = 0; j < m; j++) {
            double a = w[2 * j], b = w[2 * j + 1];
            double norm = Math.hypot(a, b);
            if (!(norm > 0) || !Double.isFinite(norm)) {
                continue;
            }
            double dx = -b / norm, dy = a / norm; // the line's direction, perpendicular to w_j
            double[] seg = clip(-reach * dx, -reach * dy, reach * dx, reach * dy, frame);
            if (seg != null) {
                lines.add(new Line(j, org.stepsizelab.core.model.TwoLayerNet.sign(j), norm, seg[0], seg[1], seg[2], seg[3]));
            }
        }
        return lines;
    }

    /** Liang–Barsky clipping of a segment to the frame; null when it misses. */
    static double[] clip(double x1, double y1, double x2, double y2, PlaneFrame f) {
        double dx = x2 - x1, dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - f.xMin(), f.xMax() - x1, y1 - f.yMin(), f.yMax() - y1};
        double t0 = 0, t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        if (t0 > t1) {
            return null;
        }
        return new double[] {x1 + t0 * dx, y1 + t0 * dy, x1 + t1 * dx, y1 + t1 * dy};
    }
}
