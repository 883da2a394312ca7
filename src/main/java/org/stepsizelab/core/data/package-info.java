/**
 * Where training data come from. {@link org.stepsizelab.core.data.DataSources} is the registry: every
 * built-in data set and file format has one line there (its name, parameters, loader, path count,
 * the files it matches, whether it is 2-D), and nothing else in the program spells those names.
 * A new data set or file format is a loader (a reader class such as {@code CsvFiles}, or a generator)
 * plus one line in the registry. Also here: scaling to max‖x_i‖ = 1, balanced picks, the held-out
 * split and the data margin γ (docs/MATH.md §1, §4).
 *
 * <p>Depends on {@code core} only (with its configuration keys, {@code core.config}: the ranges of
 * the data-set keys are {@code ConfigKey}'s, and messages name keys through {@code KeyText}, never a
 * command-line flag) and Commons Compress for gzip; must not depend on the trainer, the front ends
 * or JavaFX.
 */
package org.stepsizelab.core.data;
