package org.stepsizelab.core.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stepsizelab.core.RunConfig;

/**
 * The registry of networks, keyed by {@code RunConfig.model}: a new network registers its factory
 * here with one line, and every front end can train it (the config key accepts exactly these names).
 */
public final class Models {
    /** Builds the network a configuration describes for inputs of dimension d. */
    @FunctionalInterface
    public interface Factory {
        Model create(RunConfig config, int d);
    }

    private static final Map<String, Factory> FACTORIES = new LinkedHashMap<>();

    static {
        FACTORIES.put(TwoLayerNet.NAME, TwoLayerNet::of);
        // the MLP of issue 11 adds its line here, e.g. FACTORIES.put("mlp", Mlp::of);
    }

    private Models() {}

    /** The names {@code model} accepts, default first. */
    public static List<String> names() {
        return List.copyOf(FACTORIES.keySet());
    }

    /** The network of {@code config.model()} for inputs of dimension d. */
    public static Model create(RunConfig config, int d) {
        Factory f = FACTORIES.get(config.model());
        if (f == null) {
            throw new IllegalArgumentException("model: unknown model '" + config.model() + "' (allowed: "
                    + String.join(", ", names()) + ")");
        }
        return f.create(config, d);
    }
}
