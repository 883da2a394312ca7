package org.stepsizelab.core.kernel;

/**
 * A mostly-zero data matrix X (n×d) kept twice, by rows and by columns, for the products of a
 * network's input layer: MNIST-like images are about 80 % exact zeros, and a product that skips
 * them does a fifth of the work. The row form serves X·B (each output row gathers its row's
 * nonzeros), the column form serves Xᵀ·A (each output row is one column of X), so both products
 * write disjoint output rows and can be shared out between threads without changing a bit.
 *
 * <p>Built once per data set (X is constant over a run); see {@link MatrixKernel#multSparse} and
 * {@link MatrixKernel#multSparseTransA}.
 */
public final class SparseMatrix {
    final int rows, cols;
    /** Row form: the nonzeros of row i are at rowStart[i] … rowStart[i+1]−1, ascending column. */
    final int[] rowStart, colIndex;
    final double[] rowValue;
    /** Column form: the nonzeros of column k are at colStart[k] … colStart[k+1]−1, ascending row. */
    final int[] colStart, rowIndex;
    final double[] colValue;

    private SparseMatrix(int rows, int cols, int[] rowStart, int[] colIndex, double[] rowValue) {
        this.rows = rows;
        this.cols = cols;
        this.rowStart = rowStart;
        this.colIndex = colIndex;
        this.rowValue = rowValue;
        int nnz = rowValue.length;
        this.colStart = new int[cols + 1];
        for (int p = 0; p < nnz; p++) {
            colStart[colIndex[p] + 1]++;
        }
        for (int k = 0; k < cols; k++) {
            colStart[k + 1] += colStart[k];
        }
        this.rowIndex = new int[nnz];
        this.colValue = new double[nnz];
        int[] next = colStart.clone();
        for (int i = 0; i < rows; i++) { // rows ascending, so every column lists its rows ascending
            for (int p = rowStart[i]; p < rowStart[i + 1]; p++) {
                int q = next[colIndex[p]]++;
                rowIndex[q] = i;
                colValue[q] = rowValue[p];
            }
        }
    }

    /** The sparse form of x (rows×cols, row-major), or null when more than maxDensity of it is nonzero. */
    public static SparseMatrix ifSparse(double[] x, int rows, int cols, double maxDensity) {
        long nnz = 0;
        for (int i = 0; i < rows * cols; i++) {
            if (x[i] != 0) {
                nnz++;
            }
        }
        if (nnz > maxDensity * rows * cols) {
            return null;
        }
        int[] start = new int[rows + 1];
        int[] col = new int[(int) nnz];
        double[] val = new double[(int) nnz];
        int p = 0;
        for (int i = 0; i < rows; i++) {
            start[i] = p;
            for (int k = 0; k < cols; k++) {
                double v = x[i * cols + k];
                if (v != 0) {
                    col[p] = k;
                    val[p++] = v;
                }
            }
        }
        start[rows] = p;
        return new SparseMatrix(rows, cols, start, col, val);
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** The fraction of entries that are nonzero. */
    public double density() {
        return (double) rowValue.length / ((long) rows * cols);
    }

    /** Rows r0 … r1−1 of OUT = X·B (B: cols×width, row-major; OUT: rows×width), scalar. */
    void timesRows(double[] b, int width, double[] out, int r0, int r1) {
        java.util.Arrays.fill(out, r0 * width, r1 * width, 0.0);
        for (int i = r0; i < r1; i++) {
            int o = i * width;
            for (int p = rowStart[i], end = rowStart[i + 1]; p < end; p++) {
                double v = rowValue[p];
                int bk = colIndex[p] * width;
                for (int j = 0; j < width; j++) {
                    out[o + j] = Math.fma(v, b[bk + j], out[o + j]);
                }
            }
        }
    }

    /** Rows k0 … k1−1 of OUTᵀ = Xᵀ·A (A: rows×width; OUTᵀ: cols×width), scalar. */
    void transposeTimesRows(double[] a, int width, double[] outT, int k0, int k1) {
        java.util.Arrays.fill(outT, k0 * width, k1 * width, 0.0);
        for (int k = k0; k < k1; k++) {
            int o = k * width;
            for (int q = colStart[k], end = colStart[k + 1]; q < end; q++) {
                double v = colValue[q];
                int ai = rowIndex[q] * width;
                for (int j = 0; j < width; j++) {
                    outT[o + j] = Math.fma(a[ai + j], v, outT[o + j]);
                }
            }
        }
    }
}
