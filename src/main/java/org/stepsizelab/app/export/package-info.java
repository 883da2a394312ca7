/**
 * File ▸ open/save preset, open data file and export chart: the actions, the questions they ask the
 * user (the {@code Asker} interface, answered by dialogs in the window and directly in tests) and the
 * export dialog.
 *
 * <p>Depends on {@code app.vm}, {@code chart}, {@code chart.export} and {@code core}; must not depend
 * on {@code cli}.
 */
package org.stepsizelab.app.export;
