/**
 * The engine: activations and their constants, losses, the trainer (full-batch GD in float64), the
 * run history and phase tracking, the run configuration. Everything numeric lives here and below
 * ({@code core.data}, {@code core.kernel}, {@code core.theory}, …); the formulas are those of
 * {@code docs/MATH.md}, whose section numbers the comments cite.
 *
 * <p>Must not depend on JavaFX, JFreeChart, picocli, or any of {@code chart}, {@code cli} and
 * {@code app}: the command line and the app drive the same engine, and tests run it headless.
 */
package org.stepsizelab.core;
