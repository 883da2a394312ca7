package org.stepsizelab.core.preset;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.stepsizelab.core.config.ConfigCodec;
import org.stepsizelab.core.config.ConfigException;

/**
 * Reading tours ({@link Tour}): the bundled ones under {@code presets/tours/} (listed by its
 * {@code index.txt}) and a lecturer's own files. Validated like presets: every problem is one
 * {@link ConfigException} naming the file, the line and the field ({@code steps[3].preset}), the
 * value and what is allowed; an unknown field gets the nearest valid name.
 */
public final class Tours {
    private Tours() {}

    public static final String RESOURCE_DIR = Presets.RESOURCE_DIR + "tours/";
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final List<String> TOUR_KEYS = List.of("title", "description", "steps");
    private static final List<String> STEP_KEYS = List.of("title", "preset", "caption", "highlight",
            "sharpness_chart", "log_x", "sweep");
    private static final List<String> SWEEP_KEYS = List.of("over", "eta_min", "eta_max", "count", "steps_list",
            "eta_per_step", "fixed_eta");

    /** The names of the bundled tours (file names without {@code .json}), in menu order. */
    public static List<String> bundledNames() {
        List<String> names = new ArrayList<>();
        for (String line : resourceText(RESOURCE_DIR + "index.txt").split("\\R")) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                names.add(s.replaceFirst("\\.json$", ""));
            }
        }
        return List.copyOf(names);
    }

    /** A bundled tour by name. */
    public static Tour bundled(String name) {
        String resource = RESOURCE_DIR + name + ".json";
        if (Tours.class.getResource(resource) == null) {
            throw new ConfigException("No bundled tour named '" + name + "' (bundled: "
                    + String.join(", ", bundledNames()) + ")");
        }
        return parse(resourceText(resource), "presets/tours/" + name + ".json", name, Presets::bundled);
    }

    /**
     * A tour file or, when there is no such file and the name has no folder, the bundled tour of that
     * name. A file's steps name bundled presets or preset files relative to the tour's folder.
     */
    public static Tour resolve(String nameOrFile) {
        Path file = Path.of(nameOrFile);
        if (!Files.exists(file) && file.getParent() == null) {
            String name = nameOrFile.replaceFirst("\\.json$", "");
            if (Tours.class.getResource(RESOURCE_DIR + name + ".json") != null) {
                return bundled(name);
            }
            throw new ConfigException(nameOrFile + ": cannot read the tour: no such file, and no bundled tour"
                    + " has that name (bundled: " + String.join(", ", bundledNames()) + ")");
        }
        return read(file);
    }

    /** Reads a tour file; any problem is a {@link ConfigException} naming the file, line and field. */
    public static Tour read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": cannot read the tour: no such file");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the tour: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        Path dir = file.toAbsolutePath().getParent();
        String stem = String.valueOf(file.getFileName()).replaceFirst("\\.json$", "");
        return parse(text, file.toString(), stem, p -> {
            Path beside = dir.resolve(p.endsWith(".json") ? p : p + ".json");
            return Files.exists(beside) ? Presets.read(beside) : Presets.resolve(Path.of(p));
        });
    }

    /** Parses tour text; {@code source} names it in messages, {@code presets} finds a step's preset. */
    public static Tour parse(String json, String source, String name, Function<String, Preset> presets) {
        JsonNode root;
        Map<String, Integer> lines;
        try {
            root = MAPPER.readTree(json);
            lines = fieldLines(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ConfigException(source + ": malformed JSON" + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(source + ": cannot read the tour: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException(source + ": expected a JSON object with \"title\" and \"steps\"");
        }
        Fields f = new Fields(source, lines);
        f.known(root, "", TOUR_KEYS);
        String title = f.text(root, "", "title", true);
        String description = f.text(root, "", "description", false);
        JsonNode steps = root.get("steps");
        if (steps == null || !steps.isArray() || steps.isEmpty()) {
            throw f.error("steps", "expected a non-empty array of steps");
        }
        List<TourStep> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            out.add(step(f, steps.get(i), "steps[" + i + "]", presets));
        }
        return new Tour(name, title, description, out);
    }

    private static TourStep step(Fields f, JsonNode s, String at, Function<String, Preset> presets) {
        if (!s.isObject()) {
            throw f.error(at, "expected an object with \"title\", \"preset\" and \"caption\"");
        }
        f.known(s, at, STEP_KEYS);
        String title = f.text(s, at, "title", true);
        String presetName = f.text(s, at, "preset", true);
        Preset preset;
        try {
            preset = presets.apply(presetName);
        } catch (ConfigException e) {
            throw f.error(at + ".preset", e.getMessage());
        }
        String caption = f.text(s, at, "caption", true);
        String highlight = f.text(s, at, "highlight", false);
        if (highlight != null && !TourStep.HIGHLIGHTS.contains(highlight)) {
            throw f.error(at + ".highlight", "\"" + highlight + "\" is not a chart (allowed: "
                    + String.join(", ", TourStep.HIGHLIGHTS) + ")");
        }
        Boolean sharpness = f.bool(s, at, "sharpness_chart");
        Boolean logX = f.bool(s, at, "log_x");
        TourStep.Sweep sweep = s.has("sweep") ? sweep(f, s.get("sweep"), at + ".sweep") : null;
        return new TourStep(title, preset, caption, highlight, sharpness, logX, sweep);
    }

    private static TourStep.Sweep sweep(Fields f, JsonNode s, String at) {
        if (!s.isObject()) {
            throw f.error(at, "expected an object such as {\"over\": \"steps\", \"steps_list\": [1000, 2000]}");
        }
        f.known(s, at, SWEEP_KEYS);
        String over = f.text(s, at, "over", true);
        if (over.equals("eta")) {
            double min = f.positive(s, at, "eta_min", Double.NaN);
            double max = f.positive(s, at, "eta_max", Double.NaN);
            if (max <= min) {
                throw f.error(at + ".eta_max", max + " must be larger than eta_min " + min);
            }
            double count = f.positive(s, at, "count", Double.NaN);
            if (count != Math.rint(count) || count < 2 || count > 64) {
                throw f.error(at + ".count", count + " is not allowed (allowed: a whole number 2–64)");
            }
            return new TourStep.Sweep(over, min, max, (int) count, List.of(), 0, 0);
        }
        if (over.equals("steps")) {
            JsonNode list = s.get("steps_list");
            if (list == null || !list.isArray() || list.size() < 2) {
                throw f.error(at + ".steps_list", "expected an array of at least two budgets T");
            }
            List<Long> budgets = new ArrayList<>();
            for (JsonNode t : list) {
                if (!t.canConvertToLong() || !t.isIntegralNumber() || t.asLong() < 1 || t.asLong() > 10_000_000) {
                    throw f.error(at + ".steps_list", t + " is not a budget (allowed: whole numbers 1–10⁷)");
                }
                budgets.add(t.asLong());
            }
            return new TourStep.Sweep(over, 0, 0, 0, budgets, f.positive(s, at, "eta_per_step", Double.NaN),
                    f.positive(s, at, "fixed_eta", 1.0));
        }
        throw f.error(at + ".over", "\"" + over + "\" is not a sweep (allowed: eta, steps)");
    }

    /** The line of every field, by its path ("steps[2].caption"), from one pass over the tokens. */
    private static Map<String, Integer> fieldLines(String json) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        Deque<String> path = new ArrayDeque<>(); // the container paths
        Deque<int[]> index = new ArrayDeque<>(); // the next element index of each array (-1: object)
        String field = null;
        try (JsonParser p = MAPPER.getFactory().createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                String here = path.isEmpty() ? "" : path.peek();
                if (t == JsonToken.FIELD_NAME) {
                    field = (here.isEmpty() ? "" : here + ".") + p.currentName();
                    lines.put(field, p.currentLocation().getLineNr());
                    continue;
                }
                String self = field;
                if (!index.isEmpty() && index.peek()[0] >= 0 && (t.isScalarValue() || t.isStructStart())) {
                    self = here + "[" + index.peek()[0]++ + "]";
                    lines.put(self, p.currentLocation().getLineNr());
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    path.push(self == null ? "" : self);
                    index.push(new int[] {t == JsonToken.START_ARRAY ? 0 : -1});
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    path.pop();
                    index.pop();
                }
                field = null;
            }
        }
        return lines;
    }

    /** Typed field reads that name the file, line and field in their errors. */
    private record Fields(String source, Map<String, Integer> lines) {
        ConfigException error(String field, String what) {
            Integer line = lines.get(field);
            for (String f = field; line == null && f.contains("."); f = f.substring(0, f.lastIndexOf('.'))) {
                line = lines.get(f.substring(0, f.lastIndexOf('.')));
            }
            return new ConfigException(source + (line == null ? "" : ", line " + line) + ": field \"" + field
                    + "\": " + what);
        }

        void known(JsonNode node, String at, List<String> keys) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!keys.contains(k)) {
                    String best = keys.stream().min(java.util.Comparator.comparingInt(
                            key -> ConfigCodec.editDistance(k.toLowerCase(java.util.Locale.ROOT), key))).orElseThrow();
                    boolean near = ConfigCodec.editDistance(k.toLowerCase(java.util.Locale.ROOT), best)
                            <= Math.max(2, k.length() / 3);
                    throw error(join(at, k), "unknown field " + (near ? "(did you mean \"" + best + "\"?)"
                            : "(allowed: " + String.join(", ", keys) + ")"));
                }
            }
        }

        String text(JsonNode node, String at, String key, boolean required) {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                if (required) {
                    throw error(at.isEmpty() ? key : at, "missing \"" + key + "\" (a text)");
                }
                return null;
            }
            if (!v.isTextual() || v.asText().isBlank()) {
                throw error(join(at, key), "expected a non-empty text, got " + v);
            }
            return v.asText().strip();
        }

        Boolean bool(JsonNode node, String at, String key) {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isBoolean()) {
                throw error(join(at, key), "expected true or false, got " + v);
            }
            return v.asBoolean();
        }

        double positive(JsonNode node, String at, String key, double absent) {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                if (Double.isNaN(absent)) {
                    throw error(at, "missing \"" + key + "\" (a number > 0)");
                }
                return absent;
            }
            if (!v.isNumber() || !(v.asDouble() > 0) || Double.isInfinite(v.asDouble())) {
                throw error(join(at, key), v + " is out of range (allowed: a finite number > 0)");
            }
            return v.asDouble();
        }

        private static String join(String at, String key) {
            return at.isEmpty() ? key : at + "." + key;
        }
    }

    private static String resourceText(String resource) {
        try (InputStream in = Tours.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + resource, e);
        }
    }
}
