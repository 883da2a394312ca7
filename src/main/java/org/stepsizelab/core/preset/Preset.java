package org.stepsizelab.core.preset;

import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.config.ConfigValues;

/**
 * A saved run set-up: the {@code config} object of {@code summary.json} plus a title and a
 * description for menus.
 *
 * @param name the file name without {@code .json} (e.g. {@code fig2-xor-large-eta})
 * @param values exactly the fields the file gives (command-line options override these)
 * @param config the complete configuration: {@code values} with defaults for absent fields
 */
public record Preset(String name, String title, String description, ConfigValues values, RunConfig config) {

    /** The title, or the file name when the file has none. */
    public String displayTitle() {
        return title == null || title.isBlank() ? name : title;
    }
}
