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

    /** The complete configuration: given fields, and {@link RunConfig#defaults()} for the rest. */
    public RunConfig toConfig() {
        RunConfig d = RunConfig.defaults();
        return new RunConfig(
                (String) pick(ConfigKey.DATASET, d),
                (String) pick(ConfigKey.ACTIVATION, d),
                (Double) pick(ConfigKey.LEAK, d),
                (Double) pick(ConfigKey.HUBER_H, d),
                (Integer) pick(ConfigKey.WIDTH, d),
                (Double) pick(ConfigKey.ETA, d),
                (Long) pick(ConfigKey.STEPS, d),
                (Long) pick(ConfigKey.SEED, d),
                (Double) pick(ConfigKey.INIT_SCALE, d),
                (String) pick(ConfigKey.LOSS, d),
                (Double) pick(ConfigKey.OUTPUT_SCALE, d),
                (Integer) pick(ConfigKey.N, d),
                (Integer) pick(ConfigKey.DIM, d),
                (Double) pick(ConfigKey.MARGIN, d),
                (Double) pick(ConfigKey.NOISE, d),
                (String) pick(ConfigKey.CLASSES, d),
                (Integer) pick(ConfigKey.TEST_N, d),
                (Boolean) pick(ConfigKey.NORMALIZE, d),
                (String) pick(ConfigKey.POSITIVE_LABEL, d),
                (Integer) pick(ConfigKey.EVERY, d),
                (Integer) pick(ConfigKey.SHARPNESS_EVERY, d),
                (String) pick(ConfigKey.MODEL, d),
                (Integer) pick(ConfigKey.DEPTH, d),
                listPick(ConfigKey.WIDTHS, d),
                (Double) pick(ConfigKey.MARGIN_POWER, d));
    }

    @SuppressWarnings("unchecked")
    private java.util.List<Integer> listPick(ConfigKey key, RunConfig defaults) {
        return (java.util.List<Integer>) pick(key, defaults);
    }

    private Object pick(ConfigKey key, RunConfig defaults) {
        return values.containsKey(key) ? values.get(key) : key.get(defaults);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
