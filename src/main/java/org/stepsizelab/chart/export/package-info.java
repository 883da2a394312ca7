/**
 * Writes a chart panel to PNG, SVG or PDF at a chosen size, with the run's configuration embedded.
 *
 * <p>Depends on {@code chart}, {@code core} and the JFree SVG/PDF libraries; must not depend on JavaFX
 * or the front ends.
 */
package org.stepsizelab.chart.export;
