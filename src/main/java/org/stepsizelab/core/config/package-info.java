/**
 * The configuration keys (one enum constant per preset key and command-line option, with its type,
 * default and allowed range) and the JSON codec that reads and writes them. The one place that knows
 * what a key means and what values it takes: {@code RunConfig.defaults()} is made of the keys'
 * defaults, the command line and preset files are checked by {@code ConfigKey.check}, the data sets
 * check their keys with it, and the app's number fields take their limits from
 * {@code ConfigKey.range()}. {@code KeyText} lets core messages name a key, which each front end words
 * (the command line as its flag).
 *
 * <p>Depends on {@code core} and on the data-source registry ({@code core.data.DataSources}) for the
 * data-set names; must not depend on the front ends.
 */
package org.stepsizelab.core.config;
