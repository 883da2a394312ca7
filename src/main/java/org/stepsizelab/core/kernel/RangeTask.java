package org.stepsizelab.core.kernel;

/** Work on the index range from … to−1, independent of any other range (see {@link MatrixKernel#forRanges}). */
@FunctionalInterface
public interface RangeTask {
    void run(int from, int to);
}
