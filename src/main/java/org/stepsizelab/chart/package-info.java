/**
 * The charts, built with JFreeChart for both the window and the exported files ("one chart factory
 * and one exporter"): the panel of metric charts ({@code LabChart}, one per {@code ChartKind}), the
 * decimation that keeps spikes while drawing millions of steps, the theory overlays drawn on top
 * (EoS shading, Theorem 2.2's threshold lines, η-change markers, the C/(ηt) rate line, the
 * running-average bound), whose names are placed when drawn where no curve runs ({@code PlacedLabels},
 * {@code LabelPlacement}), and the one style ({@code Palette}, {@code ChartStyle}). A new overlay is one
 * class beside the others, registered in {@code LabChart}.
 *
 * <p>Depends on {@code core} and JFreeChart (AWT/Java2D); must not depend on JavaFX, {@code cli} or
 * {@code app}, so that the command line draws the same pictures headless.
 */
package org.stepsizelab.chart;
