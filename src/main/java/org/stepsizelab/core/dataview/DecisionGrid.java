package org.stepsizelab.core.dataview;

import org.stepsizelab.core.model.Model;

/**
 * f over a cols × rows lattice of the frame: value (c, r) is f at the centre of cell c, r, where
 * column 0 is the left edge and row 0 the BOTTOM of the frame (y grows with r, as on the chart).
 * The values are the model's own {@link Model#predict} (the view computes no f of its own), called
 * on blocks of whole grid rows of about {@link #BLOCK_POINTS} points.
 */
public record DecisionGrid(PlaneFrame frame, int cols, int rows, double[] values) {

    public DecisionGrid {
        if (cols < 2 || rows < 2 || values.length != cols * rows) {
            throw new IllegalArgumentException("grid must be at least 2×2 with cols·rows values");
        }
    }

    /** Points per {@link Model#predict} call (an MLP's predict allocates its layers per call). */
    static final int BLOCK_POINTS = 4096;

    /** f(θ; x) of a model with 2-D inputs on the grid. */
    public static DecisionGrid compute(Model model, double[] theta, PlaneFrame frame, int cols, int rows) {
        if (model.inputDim() != 2) {
            throw new IllegalArgumentException("a decision map needs 2-D inputs, got d = " + model.inputDim());
        }
        double[] values = new double[cols * rows];
        int rowsPerBlock = Math.max(1, Math.min(rows, BLOCK_POINTS / cols));
        for (int r0 = 0; r0 < rows; r0 += rowsPerBlock) {
            int block = Math.min(rowsPerBlock, rows - r0);
            // fresh arrays per call, exactly rows × d: a model may check the shape or remember the array
            double[] xs = new double[2 * cols * block];
            double[] out = new double[cols * block];
            for (int b = 0; b < block; b++) {
                double y = frame.yMin() + (r0 + b + 0.5) * frame.height() / rows;
                for (int c = 0; c < cols; c++) {
                    int k = 2 * (b * cols + c);
                    xs[k] = frame.xMin() + (c + 0.5) * frame.width() / cols;
                    xs[k + 1] = y;
                }
            }
            model.predict(theta, xs, block * cols, out);
            System.arraycopy(out, 0, values, r0 * cols, block * cols);
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
