package org.stepsizelab.core.dataview;

/**
 * f over a cols × rows lattice of the frame: value (c, r) is f at the centre of cell c, r, where
 * column 0 is the left edge and row 0 the BOTTOM of the frame (y grows with r, as on the chart).
 * One {@link DecisionFunction#predict} call per grid row.
 */
public record DecisionGrid(PlaneFrame frame, int cols, int rows, double[] values) {

    public DecisionGrid {
        if (cols < 2 || rows < 2 || values.length != cols * rows) {
            throw new IllegalArgumentException("grid must be at least 2×2 with cols·rows values");
        }
    }

    /** Evaluates a 2-D decision function on the grid. */
    public static DecisionGrid compute(DecisionFunction f, PlaneFrame frame, int cols, int rows) {
        if (f.dim() != 2) {
            throw new IllegalArgumentException("a decision map needs 2-D inputs, got d = " + f.dim());
        }
        double[] values = new double[cols * rows];
        double[] xs = new double[2 * cols];
        double[] out = new double[cols];
        for (int c = 0; c < cols; c++) {
            xs[2 * c] = frame.xMin() + (c + 0.5) * frame.width() / cols;
        }
        for (int r = 0; r < rows; r++) {
            double y = frame.yMin() + (r + 0.5) * frame.height() / rows;
            for (int c = 0; c < cols; c++) {
                xs[2 * c + 1] = y;
            }
            f.predict(xs, cols, out);
            System.arraycopy(out, 0, values, r * cols, cols);
        }
        return new DecisionGrid(frame, cols, rows, values);
    }

    public double value(int c, int r) {
        return values[r * cols + c];
    }

    /** x of the centre of column c. */
    public double x(int c) {
        return frame.xMin() + (c + 0.5) * frame.width() / cols;
    }

    /** y of the centre of row r. */
    public double y(int r) {
        return frame.yMin() + (r + 0.5) * frame.height() / rows;
    }

    /** The largest |f| on the grid that is finite (0 if none). */
    public double maxAbs() {
        double s = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                s = Math.max(s, Math.abs(v));
            }
        }
        return s;
    }
}
