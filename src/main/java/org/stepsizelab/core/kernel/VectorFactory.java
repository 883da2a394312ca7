package org.stepsizelab.core.kernel;

/** The one door to the Vector API classes: called only after {@link Kernels} found the module. */
final class VectorFactory {
    private VectorFactory() {}

    static MatrixKernel kernel(int threads) {
        return new VectorKernel(threads);
    }

    static FusedPass softplusPass(double leak, int threads) {
        return new VectorSoftplusPass(leak, threads);
    }

    static String blocking() {
        return "packed " + VectorKernel.block() + " micro-kernel";
    }

    static int lanes() {
        return VectorKernel.lanes();
    }

    /** The vector length the softplus pass needs at least (its row sums are 8 lanes on every machine). */
    static int softplusLanes() {
        return 4;
    }
}
