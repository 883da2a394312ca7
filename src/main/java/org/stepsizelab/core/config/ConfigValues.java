package org.stepsizelab.core.config;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.stepsizelab.core.RunConfig;

/**
 * A partial run configuration: the fields a preset file or a command line gave explicitly, each
 * already checked by {@link ConfigKey#check}. Fields not given fall back to
 * {@link RunConfig#defaults()} when the configuration is built.
 */
public final class ConfigValues {
    private final EnumMap<ConfigKey, Object> values = new EnumMap<>(ConfigKey.class);

    public ConfigValues() {}

    /** Every field of a complete configuration (absent data-set parameters stay absent). */
    public static ConfigValues of(RunConfig config) {
        ConfigValues v = new ConfigValues();
        for (ConfigKey k : ConfigKey.values()) {
            Object value = k.get(config);
            if (value != null) {
                v.values.put(k, value);
            }
        }
        return v;
    }

    /**
     * Sets a field after checking it. {@code where} names the source for the error message, e.g.
     * {@code "option --eta"}. A null value for a data-set parameter means "absent".
     */
    public ConfigValues set(ConfigKey key, Object value, String where) {
        Object checked = key.check(value, where);
        if (checked == null) {
            values.remove(key);
        } else {
            values.put(key, checked);
        }
        return this;
    }

    public boolean has(ConfigKey key) {
        return values.containsKey(key);
    }

    public Object get(ConfigKey key) {
        return values.get(key);
    }

    public Map<ConfigKey, Object> asMap() {
        return Collections.unmodifiableMap(values);
    }

    /** These values with every field {@code overrides} gives replaced: explicitly given options win. */
    public ConfigValues overriddenBy(ConfigValues overrides) {
        ConfigValues merged = new ConfigValues();
        merged.values.putAll(values);
        merged.values.putAll(overrides.values);
        return merged;
    }

    /** The complete configuration: given fields, and each key's {@link ConfigKey#defaultValue()} for the rest. */
    public RunConfig toConfig() {
        return new RunConfig(
                (String) pick(ConfigKey.DATASET),
                (String) pick(ConfigKey.ACTIVATION),
                (Double) pick(ConfigKey.LEAK),
                (Double) pick(ConfigKey.HUBER_H),
                (Integer) pick(ConfigKey.WIDTH),
                (Double) pick(ConfigKey.ETA),
                (Long) pick(ConfigKey.STEPS),
                (Long) pick(ConfigKey.SEED),
                (Double) pick(ConfigKey.INIT_SCALE),
                (String) pick(ConfigKey.LOSS),
                (Double) pick(ConfigKey.OUTPUT_SCALE),
                (Integer) pick(ConfigKey.N),
                (Integer) pick(ConfigKey.DIM),
                (Double) pick(ConfigKey.MARGIN),
                (Double) pick(ConfigKey.NOISE),
                (String) pick(ConfigKey.CLASSES),
                (Integer) pick(ConfigKey.TEST_N),
                (Boolean) pick(ConfigKey.NORMALIZE),
                (String) pick(ConfigKey.POSITIVE_LABEL),
                (Integer) pick(ConfigKey.EVERY),
                (Integer) pick(ConfigKey.SHARPNESS_EVERY),
                (String) pick(ConfigKey.MODEL),
                (Integer) pick(ConfigKey.DEPTH),
                listPick(ConfigKey.WIDTHS),
                (Double) pick(ConfigKey.MARGIN_POWER));
    }

    @SuppressWarnings("unchecked")
    private java.util.List<Integer> listPick(ConfigKey key) {
        return (java.util.List<Integer>) pick(key);
    }

    private Object pick(ConfigKey key) {
        return values.containsKey(key) ? values.get(key) : key.defaultValue();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
