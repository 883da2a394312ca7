package org.stepsizelab.core.dataview;

import org.stepsizelab.core.Dataset;

/**
 * The rectangle of the plane a 2-D data view shows: a square centred on the origin (every data set is
 * centred there and the network has no bias, so the origin is where the neurons' lines cross) that
 * holds every training and test point with a margin of 15 %.
 */
public record PlaneFrame(double xMin, double xMax, double yMin, double yMax) {

    public PlaneFrame {
        if (!(xMax > xMin) || !(yMax > yMin)) {
            throw new IllegalArgumentException("empty frame");
        }
    }

    /** The square frame for 2-D data (the test split may be null). */
    public static PlaneFrame around(Dataset train, Dataset test) {
        return around(train.x(), test == null ? null : test.x());
    }

    /** The square frame for points given as rows of 2 (b may be null). */
    public static PlaneFrame around(double[] a, double[] b) {
        double r = Math.max(maxAbs(a), b == null ? 0 : maxAbs(b));
        r = r > 0 && Double.isFinite(r) ? r * 1.15 : 1;
        return new PlaneFrame(-r, r, -r, r);
    }

    private static double maxAbs(double[] xy) {
        double r = 0;
        for (double v : xy) {
            if (Double.isFinite(v)) {
                r = Math.max(r, Math.abs(v));
            }
        }
        return r;
    }

    public double width() {
        return xMax - xMin;
    }

    public double height() {
        return yMax - yMin;
    }
}
