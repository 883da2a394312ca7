/**
 * The window's DATA VIEW panel: its state ({@code DataViewModel}: the step shown, live or scrubbed,
 * replay, pinned boundaries, and the one render thread that computes and draws each picture off
 * the FX thread), the panel itself, and Export ▸ Data view (through
 * {@link org.stepsizelab.app.vm.BackgroundTasks}, as the chart export).
 *
 * <p>Depends on {@code app.vm}, {@code app.export} (the export settings), {@code chart},
 * {@code core} and JavaFX; must not depend on {@code cli}. The main view model holds the panel's
 * view model, so this package and {@code app.vm} know each other.
 */
package org.stepsizelab.app.dataview;
