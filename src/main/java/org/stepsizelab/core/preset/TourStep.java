package org.stepsizelab.core.preset;

import java.util.List;

/**
 * One step of a {@link Tour}: the preset to run, a caption of a few sentences, optionally the chart
 * to highlight ({@code loss}, {@code norm}, {@code margin}, {@code accuracy}, {@code sharpness}, or the
 * data view showing its {@code map} or its {@code neurons} chart),
 * the view switches it needs, and for a sweep the sweep to run.
 *
 * @param sharpnessChart show the λ_max chart (null: leave the view as it is)
 * @param logX a logarithmic step axis (null: leave it)
 * @param sweep the sweep to open and start, or null
 */
public record TourStep(String title, Preset preset, String caption, String highlight, Boolean sharpnessChart,
                       Boolean logX, Sweep sweep) {

    /** The charts a step may highlight, by their JSON names: the panel's five, then the data view's two. */
    public static final List<String> HIGHLIGHTS = List.of("loss", "norm", "margin", "accuracy", "sharpness",
            "map", "neurons");

    /** The data-view highlights: the step switches the data view to that picture. */
    public static final List<String> DATA_VIEW_HIGHLIGHTS = List.of("map", "neurons");

    /** True when the step points at the data view rather than one of the panel's charts. */
    public boolean highlightsDataView() {
        return highlight != null && DATA_VIEW_HIGHLIGHTS.contains(highlight);
    }

    /**
     * A sweep on the step's preset: over η (count stepsizes from etaMin to etaMax, log-spaced, at the
     * preset's T), or over the budget T (stepsList, with η = etaPerStep·T beside a fixed η).
     */
    public record Sweep(String over, double etaMin, double etaMax, int count, List<Long> stepsList,
                        double etaPerStep, double fixedEta) {
        public Sweep {
            stepsList = List.copyOf(stepsList);
        }
    }
}
