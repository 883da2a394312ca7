package org.stepsizelab.core.kernel;

/** Chooses the fastest kernel available in this JVM for a problem size. */
public final class Kernels {
    private Kernels() {}

    public static MatrixKernel best(int n, int d, int m) {
        return new PortableKernel();
    }

    public static MatrixKernel portable() {
        return new PortableKernel();
    }
}
