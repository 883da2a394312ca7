/**
 * Stepsize Lab: gradient descent with a large stepsize on two-layer networks, as a JavaFX lab and a
 * command line. {@link org.stepsizelab.Launcher} is the one entry point; it picks the app or the
 * command line and relaunches the JVM with the vector module when needed.
 *
 * <p>Layers, from the bottom: {@code core} (the numerics, no UI), {@code chart} (JFreeChart charts
 * built from core data), {@code cli} (picocli commands) and {@code app} (JavaFX). A layer depends only
 * on the layers below it. The mathematics is in {@code docs/MATH.md}.
 */
package org.stepsizelab;
