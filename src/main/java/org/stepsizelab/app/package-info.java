/**
 * The JavaFX desktop lab, in MVVM: {@code app.vm} holds the state as JavaFX properties and runs the
 * engine off the FX thread, {@code app.view} binds controls to it, {@code app.export} holds the
 * preset and export actions. This package has the application class and frame timing.
 *
 * <p>May depend on everything below it ({@code core}, {@code chart}); nothing else depends on it.
 */
package org.stepsizelab.app;
