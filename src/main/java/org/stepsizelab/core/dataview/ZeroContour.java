package org.stepsizelab.core.dataview;

import java.util.ArrayList;
import java.util.List;

/**
 * The decision boundary f = 0 of a {@link DecisionGrid} as line segments (marching squares on the
 * lattice of cell centres, with the crossing on each edge placed by linear interpolation). An
 * ambiguous square (signs alternate around it) is resolved by the sign of its centre's average.
 * A value exactly 0 counts as positive, so a boundary that runs through lattice points is drawn once.
 */
public final class ZeroContour {
    private ZeroContour() {}

    /** Segments {x1, y1, x2, y2} in data coordinates. */
    public static List<double[]> of(DecisionGrid g) {
        List<double[]> out = new ArrayList<>();
        for (int r = 0; r + 1 < g.rows(); r++) {
            for (int c = 0; c + 1 < g.cols(); c++) {
                square(g, c, r, out);
            }
        }
        return out;
    }

    private static void square(DecisionGrid g, int c, int r, List<double[]> out) {
        // corners counter-clockwise from bottom-left: 0 (c,r), 1 (c+1,r), 2 (c+1,r+1), 3 (c,r+1)
        double v0 = g.value(c, r), v1 = g.value(c + 1, r), v2 = g.value(c + 1, r + 1), v3 = g.value(c, r + 1);
        if (!(Double.isFinite(v0) && Double.isFinite(v1) && Double.isFinite(v2) && Double.isFinite(v3))) {
            return;
        }
        int code = (v0 >= 0 ? 1 : 0) | (v1 >= 0 ? 2 : 0) | (v2 >= 0 ? 4 : 0) | (v3 >= 0 ? 8 : 0);
        if (code == 0 || code == 15) {
            return;
        }
        double x0 = g.x(c), x1 = g.x(c + 1), y0 = g.y(r), y1 = g.y(r + 1);
        // crossing points on the four edges: bottom (0-1), right (1-2), top (3-2), left (0-3)
        double[] bottom = {lerp(x0, x1, v0, v1), y0};
        double[] right = {x1, lerp(y0, y1, v1, v2)};
        double[] top = {lerp(x0, x1, v3, v2), y1};
        double[] left = {x0, lerp(y0, y1, v0, v3)};
        switch (code) {
            case 1, 14 -> add(out, left, bottom);
            case 2, 13 -> add(out, bottom, right);
            case 3, 12 -> add(out, left, right);
            case 4, 11 -> add(out, right, top);
            case 6, 9 -> add(out, bottom, top);
            case 7, 8 -> add(out, left, top);
            case 5, 10 -> {
                boolean centrePositive = (v0 + v1 + v2 + v3) / 4 >= 0;
                // code 5: corners 0 and 2 positive; joined through the centre when it is positive
                if ((code == 5) == centrePositive) {
                    add(out, left, top);
                    add(out, bottom, right);
                } else {
                    add(out, left, bottom);
                    add(out, right, top);
                }
            }
            default -> { }
        }
    }

    /** Where the line from (a, va) to (b, vb) crosses 0. */
    private static double lerp(double a, double b, double va, double vb) {
        double t = va / (va - vb);
        if (!(t >= 0 && t <= 1)) {
            t = 0.5;
        }
        return a + t * (b - a);
    }

    private static void add(List<double[]> out, double[] p, double[] q) {
        out.add(new double[] {p[0], p[1], q[0], q[1]});
    }
}
