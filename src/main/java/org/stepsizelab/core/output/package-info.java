/**
 * A finished run on disk: {@code metrics.csv} (streamed), {@code dataset.csv}, {@code init.csv} and
 * {@code summary.json}, written into a staged directory that is moved in only when complete.
 *
 * <p>Depends on {@code core}, {@code core.config} and {@code core.io}; must not depend on charts or
 * the front ends (pictures of a run are {@code cli} and {@code chart} business).
 */
package org.stepsizelab.core.output;
