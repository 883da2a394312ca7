package org.stepsizelab.core.kernel;

import org.stepsizelab.core.Activation;
import org.stepsizelab.core.Base;
import org.stepsizelab.core.Leaky;
import org.stepsizelab.core.Loss;

/**
 * Chooses the fastest kernel and fused pass available in this JVM.
 *
 * <p>The Vector API kernels need the incubator module jdk.incubator.vector (JVM flag
 * {@code --add-modules=jdk.incubator.vector}); without it the portable kernel runs. Classes that
 * touch the Vector API are reached only through {@link VectorFactory} after the module check, so
 * they are never loaded when it is absent. The system property {@code stepsize.kernel=portable}
 * forces the portable kernel (for comparisons).
 */
public final class Kernels {
    private static final boolean VECTOR = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
            && !"portable".equals(System.getProperty("stepsize.kernel"));

    private Kernels() {}

    /** True when the Vector API kernels can run in this JVM. */
    public static boolean vectorAvailable() {
        return VECTOR;
    }

    /** The fastest kernel for a problem of this size, on all cores (large products only). */
    /**
     * Whether the JIT has compiled the vector kernels yet (always true without the Vector API).
     * Until then the kernels run their scalar fallbacks, with the same bits but slower.
     */
    public static boolean compiled() {
        return !VECTOR || JitWarmup.vectorReady();
    }

    public static MatrixKernel best(int n, int d, int m) {
        return VECTOR ? VectorFactory.kernel(Runtime.getRuntime().availableProcessors()) : new PortableKernel();
    }

    /** The vector kernel on at most {@code threads} threads; the portable one without the module. */
    public static MatrixKernel withThreads(int threads) {
        return VECTOR ? VectorFactory.kernel(threads) : new PortableKernel();
    }

    /** The vector width the Vector API kernels use in this JVM, in bits (0 without the module). */
    public static int vectorBits() {
        return VECTOR ? VectorFactory.lanes() * 64 : 0;
    }

    /**
     * How the kernels compute a product, for {@code bench}: the register block of the packed
     * micro-kernel (rows × columns) for the vector kernel, "scalar loops" for the portable one.
     */
    public static String blocking(MatrixKernel kernel) {
        return kernel instanceof PortableKernel || !VECTOR ? "scalar loops" : VectorFactory.blocking();
    }

    public static MatrixKernel portable() {
        return new PortableKernel();
    }

    /**
     * The fused pointwise pass for this activation and loss: a vectorized specialisation when one
     * exists and the kernel pads rows for it, else the scalar pass.
     */
    public static FusedPass fusedPass(Activation phi, Loss loss, MatrixKernel kernel) {
        // the pass needs 256-bit vectors (emulated narrower ones would be slower than the scalar pass)
        if (VECTOR && VectorFactory.lanes() >= VectorFactory.softplusLanes() && kernel.columnAlignment() % VectorFactory.softplusLanes() == 0
                && loss == Loss.LOGISTIC
                && phi instanceof Leaky && ((Leaky) phi).base() == Base.SOFTPLUS) {
            return VectorFactory.softplusPass(((Leaky) phi).leak(), kernel.threads());
        }
        return new ScalarFusedPass(phi, loss);
    }
}
