/**
 * The window: controls, chart panes, side panels, menu, tool bar and status bar, each bound to a view
 * model. Views format nothing themselves and hold no run state.
 *
 * <p>Depends on {@code app.vm}, {@code chart} and JavaFX; must not depend on {@code cli} nor run
 * long work on the FX thread.
 */
package org.stepsizelab.app.view;
