package org.stepsizelab.core.preset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.config.ConfigException;

/**
 * What an exported figure needs to be drawn again: the run it shows (as a preset: title, description
 * and every configuration key) and the runs it compares against (pins in the app, {@code --compare}
 * on the command line). It travels inside the picture itself ({@link PictureRecipes}), so a chart
 * dropped into a slide deck can be re-run with {@code run --preset FIGURE.png}.
 *
 * <p>The JSON form wraps presets rather than extending them, so a preset stays exactly what
 * {@link Presets#parse} validates and an old tool reading a recipe fails with a clear message.
 *
 * @param main the run the figure shows
 * @param compared the overlaid runs, in legend order (empty for none)
 */
public record FigureRecipe(Preset main, List<Preset> compared) {
    /** The key that marks a JSON document as a figure recipe, and its format version. */
    public static final String MARKER = "stepsize_lab_figure";
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public FigureRecipe {
        compared = List.copyOf(compared);
    }

    /** A recipe for a run and its compared runs, titled {@code title} (null for none). */
    public static FigureRecipe of(RunConfig config, String title, List<RunConfig> compared) {
        List<Preset> others = new ArrayList<>();
        for (RunConfig c : compared) {
            others.add(preset(c, null, "compared"));
        }
        return new FigureRecipe(preset(config, title, "figure"), others);
    }

    private static Preset preset(RunConfig config, String title, String name) {
        return Presets.parse(Presets.toJson(config, title, null), name, name);
    }

    /** One line of JSON (no line breaks: it is embedded in picture metadata). */
    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put(MARKER, VERSION);
        root.put("rerun", "stepsize-lab run --preset THIS_FILE --out DIR");
        root.set("run", presetNode(main));
        ArrayNode list = root.putArray("compare");
        for (Preset p : compared) {
            list.add(presetNode(p));
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a figure recipe", e);
        }
    }

    private static JsonNode presetNode(Preset p) {
        try {
            return MAPPER.readTree(Presets.toJson(p.config(), p.title(), p.description()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a preset's own JSON failed to parse", e);
        }
    }

    /**
     * Reads a recipe; {@code source} (the picture's path) names it in every message and {@code name}
     * becomes the main preset's name.
     */
    public static FigureRecipe parse(String json, String source, String name) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ConfigException(source + ": the picture's recipe is not valid JSON (was the file edited?)");
        }
        if (root == null || !root.isObject() || !root.has(MARKER)) {
            throw new ConfigException(source + ": the picture's metadata is not a Stepsize Lab recipe");
        }
        int version = root.get(MARKER).asInt(-1);
        if (version != VERSION) {
            throw new ConfigException(source + ": the recipe has format version " + root.get(MARKER)
                    + ", this Stepsize Lab reads version " + VERSION + " (a newer tool wrote it?)");
        }
        JsonNode run = root.get("run");
        if (run == null || !run.isObject()) {
            throw new ConfigException(source + ": the recipe has no \"run\" object");
        }
        Preset main = Presets.parse(run.toString(), source + " (recipe, run)", name);
        List<Preset> others = new ArrayList<>();
        JsonNode list = root.get("compare");
        if (list != null && list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                others.add(Presets.parse(list.get(i).toString(), source + " (recipe, compare[" + i + "])",
                        name + "-compare-" + (i + 1)));
            }
        }
        return new FigureRecipe(main, others);
    }
}
