/**
 * Guided tours in the window: the tour's view model (which step, Next and Back; a step loads its
 * preset, sets the view switches it asks for and may run a sweep), the caption bar, the outline
 * around the chart a step points at, and the presenter's keys. The tours themselves are data in
 * {@code core.preset} ({@code Tours}).
 *
 * <p>Depends on {@code app.vm}, {@code app.view}, {@code app.dataview} (a step may switch the data
 * view to its map or neurons), {@code chart}, {@code core} and JavaFX; nothing
 * in {@code app} depends on it but the application class, which installs it.
 */
package org.stepsizelab.app.tour;
