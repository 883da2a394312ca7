package org.stepsizelab.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stepsizelab.core.RunConfig;

/**
 * JSON ⇄ {@link RunConfig}: the {@code config} object of {@code summary.json} and the body of a
 * preset file, with snake_case keys ({@link ConfigKey}). Writing then reading gives back exactly the
 * same configuration (doubles are written round-trip exact), so a summary re-runs its run bit for bit.
 */
public final class ConfigCodec {
    private ConfigCodec() {}

    /** Keys a preset may carry for menus (issue 5); they do not change the run. */
    public static final Set<String> DESCRIPTIVE_KEYS = Set.of("title", "description");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** The JSON object of a configuration; absent data-set parameters are omitted. */
    public static ObjectNode toJson(RunConfig config) {
        ObjectNode node = MAPPER.createObjectNode();
        for (ConfigKey k : ConfigKey.values()) {
            Object v = k.get(config);
            if (v == null || (k == ConfigKey.MODEL && RunConfig.DEFAULT_MODEL.equals(v))) {
                continue; // a two-layer run's JSON stays as it was before deeper networks
            }
            switch (k.kind()) {
                case REAL: node.put(k.key(), (Double) v); break;
                case INT: node.put(k.key(), (Integer) v); break;
                case LONG: node.put(k.key(), (Long) v); break;
                case TEXT: node.put(k.key(), (String) v); break;
                case BOOL: node.put(k.key(), (Boolean) v); break;
                case INT_LIST: {
                    com.fasterxml.jackson.databind.node.ArrayNode a = node.putArray(k.key());
                    for (Object x : (List<?>) v) {
                        a.add((Integer) x);
                    }
                    break;
                }
                default: throw new AssertionError(k);
            }
        }
        return node;
    }

    /** A configuration as an indented JSON text: a valid preset file. */
    public static String write(RunConfig config) {
        try {
            return MAPPER.writeValueAsString(toJson(config)) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a config", e); // a tree of plain values always serializes
        }
    }

    /** Parses JSON text into a complete configuration; {@code source} names it in error messages. */
    public static RunConfig parse(String json, String source) {
        return parseValues(json, source).toConfig();
    }

    /** Parses JSON text into the fields it gives, each checked; {@code source} names it in messages. */
    public static ConfigValues parseValues(String json, String source) {
        json = withoutByteOrderMark(json);
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ConfigException(source + ": malformed JSON" + where + ": " + jacksonReason(e.getOriginalMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw new ConfigException(source + ": empty file (expected a JSON object of run settings)");
        }
        if (!root.isObject()) {
            throw new ConfigException(source + ": expected a JSON object of run settings, got "
                    + typeName(root));
        }
        if (root.has("config") && root.has("eos_end_step")) {
            // a run's summary.json: its config object is the preset (so --preset DIR/summary.json works)
            root = root.get("config");
            source += " (config)";
            if (!root.isObject()) {
                throw new ConfigException(source + ": expected a JSON object of run settings, got "
                        + typeName(root));
            }
        }
        ConfigValues values = new ConfigValues();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            String where = source + ": field \"" + name + "\"";
            if (DESCRIPTIVE_KEYS.contains(name)) {
                if (!field.getValue().isTextual()) {
                    throw new ConfigException(where + " must be a string, got " + typeName(field.getValue()));
                }
                continue;
            }
            ConfigKey key = ConfigKey.ofKey(name);
            if (key == null) {
                throw new ConfigException(source + ": unknown field \"" + name + "\" " + suggestion(name));
            }
            values.set(key, javaValue(key, field.getValue(), where), where);
        }
        return values;
    }

    /** A preset's fields overridden by explicitly given ones (command-line options win). */
    public static RunConfig merge(ConfigValues preset, ConfigValues overrides) {
        return preset.overriddenBy(overrides).toConfig();
    }

    /** Converts one JSON value to the field's Java type, or says which type was expected. */
    private static Object javaValue(ConfigKey key, JsonNode node, String where) {
        if (node.isNull()) {
            return null; // ConfigKey.check accepts null only for data-set parameters
        }
        switch (key.kind()) {
            case REAL:
                if (node.isNumber()) {
                    return node.doubleValue();
                }
                break;
            case INT:
            case LONG:
                if (node.isNumber()) {
                    return integral(key, node, where);
                }
                break;
            case TEXT:
                if (node.isTextual()) {
                    return node.textValue();
                }
                break;
            case BOOL:
                if (node.isBoolean()) {
                    return node.booleanValue();
                }
                break;
            case INT_LIST:
                if (node.isArray()) {
                    List<Integer> list = new ArrayList<>();
                    for (JsonNode e : node) {
                        if (!e.isNumber()) {
                            throw new ConfigException(where + " must be a list of integers, got an element "
                                    + typeName(e));
                        }
                        list.add((Integer) integral(ConfigKey.DEPTH, e, where));
                    }
                    return list;
                }
                break;
            default:
                throw new AssertionError(key);
        }
        throw new ConfigException(where + " must be " + key.kind().description + ", got " + typeName(node));
    }

    /** Accepts 20 and 20.0 or 1e4 (exact integers), rejects 2.5 and values beyond the type's range. */
    private static Object integral(ConfigKey key, JsonNode node, String where) {
        boolean isInt = key.kind() == ConfigKey.Kind.INT;
        if (node.isIntegralNumber()) {
            if (isInt ? node.canConvertToInt() : node.canConvertToLong()) {
                return isInt ? (Object) node.intValue() : (Object) node.longValue();
            }
        } else {
            double v = node.doubleValue();
            double limit = isInt ? Integer.MAX_VALUE : 9.007199254740992E15; // 2^53: exact in a double
            if (v == Math.rint(v) && Math.abs(v) <= limit) {
                return isInt ? (Object) (int) v : (Object) (long) v;
            }
        }
        throw new ConfigException(where + " must be " + key.kind().description
                + (isInt ? " (32-bit)" : "") + ", got " + node.asText());
    }

    private static String typeName(JsonNode node) {
        switch (node.getNodeType()) {
            case STRING: return "the string \"" + node.textValue() + "\"";
            case NUMBER: return "the number " + node.asText();
            case BOOLEAN: return node.asText();
            case NULL: return "null";
            case ARRAY: return "an array";
            case OBJECT: return "an object";
            default: return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** "(did you mean "eta"?)" for a near miss, the full list of keys otherwise. */
    static String suggestion(String name) {
        List<String> keys = validKeys();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : keys) {
            int dist = editDistance(name.toLowerCase(java.util.Locale.ROOT), k);
            if (dist < bestDistance) {
                bestDistance = dist;
                best = k;
            }
        }
        if (best != null && bestDistance <= Math.max(2, name.length() / 3)) {
            return "(did you mean \"" + best + "\"?)";
        }
        return "(allowed: " + String.join(", ", keys) + ")";
    }

    /** Every key a preset may hold. */
    public static List<String> validKeys() {
        List<String> keys = new ArrayList<>();
        for (ConfigKey k : ConfigKey.values()) {
            keys.add(k.key());
        }
        keys.add("title");
        keys.add("description");
        return keys;
    }

    /** Levenshtein distance, with '-' and '_' treated alike (so "init-scale" finds "init_scale"). */
    static int editDistance(String a, String b) {
        a = a.replace('-', '_');
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Jackson's reason in a user's words: its first line, without the Java class it was reading into. */
    /** Editors on Windows start UTF-8 files with U+FEFF; the CSV reader skips it too. */
    public static String withoutByteOrderMark(String text) {
        return text != null && text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static String jacksonReason(String s) {
        String line = firstLine(s);
        if (line.startsWith("Trailing token")) {
            return "more text after the JSON object (a preset holds exactly one object)";
        }
        if (line.startsWith("Non-standard token")) {
            return line.replaceAll(":.*", "").replace("Non-standard token", "not a JSON value:")
                    + " (JSON numbers are finite; leave the field out for its default)";
        }
        // no library internals: Jackson's source descriptions, feature names and character codes
        return line.replaceAll(" ?\\(bound as `[^`]*`\\)", "").replaceAll(": not allowed as per `[^`]*`", "")
                .replaceAll("\\(start marker at \\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]\\)",
                        "(opened at line $1, column $2)")
                .replaceAll(" ?\\[Source: [^\\]]*\\]", "")
                .replaceAll(" \\(code \\d+( / 0x[0-9a-fA-F]+)?\\)", "")
                .replaceAll(": enable `[^`]*` to allow", "");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

}
