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
        FACTORIES.put(Mlp.NAME, Mlp::of);
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

    /**
     * M of the normalized margin min_i y_i f/‖θ‖^M of a configuration's network (1 for the two-layer
     * net, {@code margin_power} or the depth L for an MLP), without data; NaN when the configuration
     * builds no network (its error is reported by the run).
     */
    public static double marginPower(RunConfig config) {
        try {
            return create(config, 1).marginPower();
        } catch (IllegalArgumentException e) {
            return Double.NaN;
        }
    }
}
