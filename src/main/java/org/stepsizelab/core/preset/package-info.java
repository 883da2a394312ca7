/**
 * The bundled presets (JSON files in the resources) and their listing: a preset is a configuration
 * with a title and a description, read by the same codec as any preset file.
 *
 * <p>Depends on {@code core} and {@code core.config}; must not depend on the front ends.
 */
package org.stepsizelab.core.preset;
