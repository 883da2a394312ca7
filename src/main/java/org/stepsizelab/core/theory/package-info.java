/**
 * What the paper's theory says and how the tool tests it: the Hessian-vector product and the
 * Lanczos sharpness, the theory report (constants, thresholds, which assumptions hold), sweeps over
 * η or T with their log-log fits (docs/MATH.md §2–4).
 *
 * <p>Depends on {@code core}, {@code core.data} and {@code core.kernel}; must not depend on charts or
 * the front ends.
 */
package org.stepsizelab.core.theory;
