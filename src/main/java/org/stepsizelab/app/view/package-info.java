/**
 * The window: controls, chart panes, side panels, menu, tool bar and status bar, each bound to a view
 * model. Views hold no run state and read no run data: the run's texts (status bar, hover readout)
 * come formatted from {@code app.vm} ({@code RunReadouts}), its phase as a typed value
 * ({@code RunPhase}) the view only styles. What views still write themselves are their controls'
 * own labels (a slider's value, a sweep chart's legend).
 *
 * <p>Depends on {@code app.vm}, {@code chart} and JavaFX; must not depend on {@code cli} nor run
 * long work on the FX thread (long work goes through {@code app.vm.BackgroundTasks}).
 */
package org.stepsizelab.app.view;
