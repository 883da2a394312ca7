/**
 * What the data view shows, computed without any drawing: the decision value f(θ_t; x) of a trained
 * network ({@code DecisionFunction}, from {@code Model.predict}), its map over the frame and its
 * f = 0 contour, the neurons' lines, the per-point margins, the projection for d > 2, Fig. 4's
 * neuron margins, and the weight snapshots a viewer scrubs through ({@code SnapshotStore}) or a
 * command-line run replays ({@code WeightReplay}). {@code SceneMaker} turns one snapshot into one
 * {@code DataViewScene}.
 *
 * <p>Depends on {@code core} and its subpackages only; must not depend on JavaFX, JFreeChart,
 * {@code chart}, {@code cli} or {@code app} (the pictures are drawn by {@code chart.dataview}).
 */
package org.stepsizelab.core.dataview;
