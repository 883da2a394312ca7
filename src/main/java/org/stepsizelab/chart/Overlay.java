package org.stepsizelab.chart;

import org.jfree.chart.LegendItemCollection;

/**
 * Something a panel draws over its charts from a run's data: the phase shading, Theorem 2.2's
 * threshold lines, the η-change markers, the C/(ηt) rate line, the running-average bound. An overlay
 * takes the panel's plots ({@link PanelPlots}) when it is built, adds its markers or datasets there
 * (a dataset gets its index from {@link PanelPlots#addLayer}), and redraws itself in
 * {@link #update}, which {@link LabChart} calls inside its single chart-change event; an overlay
 * never fires a redraw of its own.
 *
 * <p>A new overlay is a class implementing this plus one line in {@link LabChart}'s constructor.
 */
interface Overlay {

    /** Redraws for new data (the chart's notification is off while this runs). */
    void update(ChartData data);

    /** Adds the overlay's entries to the panel's legend (none by default). */
    default void addLegendItems(LegendItemCollection items) {}
}
