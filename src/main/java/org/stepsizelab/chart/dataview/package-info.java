/**
 * The data view drawn with JFreeChart, so the window, the exporter and the command line draw the
 * same picture: the decision map with its contour, neuron lines and points
 * ({@code DataViewChart}), Fig. 4's neuron-margin chart, the map's diverging colours and the
 * animated GIF writer. While a run streams, {@code StreamingPicture} redraws only what changes with
 * the step over a kept copy of that chart, the map written straight into the pixels by
 * {@code MapRaster}. Everything it draws comes from a {@code core.dataview} scene.
 *
 * <p>Depends on {@code core}, {@code chart} (style and palette) and JFreeChart; must not depend on
 * JavaFX, {@code cli} or {@code app}.
 */
package org.stepsizelab.chart.dataview;
