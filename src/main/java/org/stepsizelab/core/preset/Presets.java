package org.stepsizelab.core.preset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.config.ConfigCodec;
import org.stepsizelab.core.config.ConfigException;
import org.stepsizelab.core.config.ConfigValues;
import org.stepsizelab.core.io.AtomicFiles;

/**
 * Reading, listing and saving presets. Validation is the command line's ({@link ConfigCodec}): an
 * unknown key is named with the nearest valid one, a wrong type or out-of-range value names the
 * field and what is allowed, malformed JSON gives file, line and column.
 *
 * <p>The bundled presets live in the jar under {@code presets/}; {@code presets/index.txt} lists
 * their file names in menu order. An index rather than a directory scan, because listing a folder
 * inside a (shaded) jar is fragile while reading one named resource always works.
 */
public final class Presets {
    private Presets() {}

    public static final String RESOURCE_DIR = "/presets/";
    public static final String INDEX = RESOURCE_DIR + "index.txt";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The presets shipped in the jar, in menu order. */
    public static List<Preset> bundled() {
        List<Preset> out = new ArrayList<>();
        for (String file : indexEntries()) {
            out.add(bundled(file.substring(0, file.length() - ".json".length())));
        }
        return List.copyOf(out);
    }

    /** The file names listed in the bundled index (blank lines and # comments skipped). */
    public static List<String> indexEntries() {
        String index = resourceText(INDEX);
        List<String> names = new ArrayList<>();
        for (String line : index.split("\\R")) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                if (!s.endsWith(".json")) {
                    throw new IllegalStateException(INDEX + " lists '" + s + "', which is not a .json file");
                }
                names.add(s);
            }
        }
        return names;
    }

    /** One bundled preset by name (file name without {@code .json}). */
    public static Preset bundled(String name) {
        String resource = RESOURCE_DIR + name + ".json";
        if (Presets.class.getResource(resource) == null) {
            throw new ConfigException("No bundled preset named '" + name + "' (bundled: "
                    + String.join(", ", bundledNames()) + ")");
        }
        return parse(resourceText(resource), "presets/" + name + ".json", name);
    }

    /**
     * A preset file or, when no such file exists and the name has no folder, the bundled preset of
     * that name ({@code fig2-xor-large-eta} or {@code fig2-xor-large-eta.json}): the jar's presets
     * work from any folder.
     */
    public static Preset resolve(Path file) {
        if (!Files.exists(file) && file.getParent() == null) {
            String name = file.toString().replaceFirst("\\.json$", "");
            if (Presets.class.getResource(RESOURCE_DIR + name + ".json") != null) {
                return bundled(name);
            }
            if (file.getFileName() != null) {
                throw new ConfigException(file + ": cannot read the preset: no such file, and no bundled preset"
                        + " has that name (bundled: " + String.join(", ", bundledNames()) + ")");
            }
        }
        return read(file);
    }

    /** The names of the bundled presets, in menu order. */
    public static List<String> bundledNames() {
        return indexEntries().stream().map(f -> f.substring(0, f.length() - ".json".length())).toList();
    }

    /**
     * Reads a preset file, or a picture exported by the lab (PNG, SVG, PDF: the preset of the run it
     * shows, see {@link PictureRecipes}); any problem is a {@link ConfigException} naming the file.
     */
    public static Preset read(Path file) {
        if (file.toString().isBlank()) {
            throw new ConfigException("--preset '" + file + "': an empty name (expected a preset file, a run's"
                    + " summary.json or the name of a bundled preset: see 'presets')");
        }
        if (Files.isDirectory(file)) {
            throw new ConfigException(file + ": cannot read the preset: it is a folder, not a preset file"
                    + (Files.exists(file.resolve("summary.json")) ? " (did you mean " + file.resolve("summary.json") + "?)" : ""));
        }
        if (PictureRecipes.isPictureName(file)) {
            return PictureRecipes.read(file).main();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": cannot read the preset: no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ConfigException(file + ": cannot read the preset: not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the preset: " + org.stepsizelab.core.IoErrors.reason(e));
        }
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return parse(text, file.toString(), fileName.endsWith(".json")
                ? fileName.substring(0, fileName.length() - 5) : fileName);
    }

    /** Parses preset text; {@code source} names it in messages. */
    public static Preset parse(String json, String source, String name) {
        json = ConfigCodec.withoutByteOrderMark(json);
        ConfigValues values = ConfigCodec.parseValues(json, source); // validates everything first
        RunConfig config = values.toConfig();
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON accepted by ConfigCodec failed to parse again", e);
        }
        return new Preset(name, text(root, "title"), text(root, "description"), values, config);
    }

    /** The preset file text: title and description first, then the config keys of summary.json. */
    public static String toJson(RunConfig config, String title, String description) {
        ObjectNode node = MAPPER.createObjectNode();
        if (title != null && !title.isBlank()) {
            node.put("title", title.strip());
        }
        if (description != null && !description.isBlank()) {
            node.put("description", description.strip());
        }
        node.setAll(ConfigCodec.toJson(config));
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a preset", e);
        }
    }

    /** Saves a preset, whole or not at all. */
    public static void save(Path file, RunConfig config, String title, String description) {
        AtomicFiles.write(file, toJson(config, title, description).getBytes(StandardCharsets.UTF_8));
    }

    private static String text(JsonNode root, String field) {
        JsonNode v = root.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String resourceText(String resource) {
        try (InputStream in = Presets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the jar has no " + resource + ": it was built without its presets");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + " from the jar", e);
        }
    }
}
