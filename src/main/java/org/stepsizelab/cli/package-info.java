/**
 * The command line ({@code run}, {@code sweep}, {@code theory}, {@code presets}, {@code bench}):
 * picocli commands that parse options into a {@code RunConfig}, drive the engine and write outputs.
 * Bad input becomes one line on stderr and exit code 2.
 *
 * <p>Depends on {@code core} and {@code chart}; must not depend on JavaFX or {@code app}.
 */
package org.stepsizelab.cli;
