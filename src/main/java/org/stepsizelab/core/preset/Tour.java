package org.stepsizelab.core.preset;

import java.util.List;

/**
 * A guided tour: an ordered story through presets, each step with a caption that says the claim
 * and what to look at. Read from a JSON file beside the presets ({@code presets/tours/NAME.json})
 * or a lecturer's own file, validated like presets ({@link Tours}).
 */
public record Tour(String name, String title, String description, List<TourStep> steps) {
    public Tour {
        steps = List.copyOf(steps);
    }
}
