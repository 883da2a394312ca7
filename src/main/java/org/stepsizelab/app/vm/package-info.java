/**
 * View models: the app's state as JavaFX properties (parameters, the running run, pinned runs,
 * view options, sweeps, the theory panel), driving the engine on background threads and drained by
 * the FX thread about 30 times a second. They know no controls, so tests drive them without a window.
 *
 * <p>Long work goes through {@link org.stepsizelab.app.vm.BackgroundTasks} only (one thread per
 * owner, cancellation, progress and errors handled there, outcomes handed to the FX thread); the
 * export actions use it too. No other class here starts a thread or an executor. State is typed
 * ({@link org.stepsizelab.app.vm.RunState}, {@link org.stepsizelab.app.vm.RunPhase}); texts meant
 * for the screen are formatted here, so views bind them and parse nothing.
 *
 * <p>Depends on {@code core}, {@code chart} and JavaFX properties; must not depend on
 * {@code app.view} or {@code app.export}, nor on JavaFX controls or scenes.
 */
package org.stepsizelab.app.vm;
