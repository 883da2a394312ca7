/**
 * The configuration keys (one enum constant per preset key and command-line option, with its type,
 * default and allowed range) and the JSON codec that reads and writes them. The one place that knows
 * what a key means and what values it takes.
 *
 * <p>Depends on {@code core} and on the data-source registry ({@code core.data.DataSources}) for the
 * data-set names; must not depend on the front ends.
 */
package org.stepsizelab.core.config;
