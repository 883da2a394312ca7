/**
 * View models: the app's state as JavaFX properties (parameters, the running run, pinned runs,
 * view options, sweeps, the theory panel), driving the engine on background threads and drained by
 * the FX thread about 30 times a second. They know no controls, so tests drive them without a window.
 *
 * <p>Depends on {@code core}, {@code chart} and JavaFX properties; must not depend on
 * {@code app.view} or {@code app.export}, nor on JavaFX controls or scenes.
 */
package org.stepsizelab.app.vm;
