/**
 * The matrix products of a GD step behind one small interface ({@code MatrixKernel}): a portable
 * scalar kernel and a vectorized one (jdk.incubator.vector), a thread pool, and the fused passes that
 * compute outputs, margins, loss and the gradient factor in one sweep over the data. Kernels decide
 * the summation order, so bit-identical reruns need the same kernel.
 *
 * <p>Depends on {@code core} (activations, losses) only; must not depend on data loading, the trainer
 * or the front ends.
 */
package org.stepsizelab.core.kernel;
