package org.stepsizelab.core.data;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.stepsizelab.core.RunConfig;

/**
 * One kind of data the engine can train on: a built-in set ({@code xor}, {@code mnist}, …) or a file
 * format ({@code csv:PATH}, …). Everything the program knows about a data set sits here — its
 * {@code --dataset} name, a one-line description, the parameters it reads with their defaults, how
 * to load it, how many file paths it takes and which files it matches — and the only list of them
 * is {@link DataSources}. The defaults are the ones the loader applies when a parameter is left
 * unset (null).
 *
 * @param name the {@code --dataset} value; a file format is written as its prefix and the form of
 *     its paths, e.g. {@code idx:IMAGES,LABELS}
 * @param paths how many comma-separated file paths follow the prefix (0 for a built-in set)
 * @param files which files a file format claims in the app's file chooser (null for a built-in set)
 * @param planar true when every point is in R² (the 2-D generators, XOR, Theorem 4.3's two points)
 * @param small true for the small generated sets, which train fast enough for the app to follow a
 *     dragged slider live
 */
public record DataSource(String name, String description, List<Param> params, Loader loader, int paths,
        FileMatch files, boolean planar, boolean small) {

    /**
     * One parameter a data set reads: a configuration key, with this data set's own default.
     *
     * @param key the configuration key ({@code ConfigKey}: its type, range and option live there)
     * @param defaultValue an Integer, Double or String; null when the default is described only in words
     * @param defaultText the default as shown to people
     */
    public record Param(org.stepsizelab.core.config.ConfigKey configKey, Object defaultValue, String defaultText,
            String meaning) {
        /** The preset / summary.json key (snake_case). */
        public String key() {
            return configKey.key();
        }

        /** The command-line option (the key's). */
        public String option() {
            return configKey.option();
        }
    }

    /** Reads the data: {@code name} is the trimmed {@code --dataset} value, {@code paths} its file paths. */
    @FunctionalInterface
    public interface Loader {
        DataSplit load(RunConfig cfg, DataSource source, String name, String[] paths);
    }

    /**
     * The files a format claims when the user picks one in the app.
     *
     * @param label the format's name in the file chooser ("CSV")
     * @param globs the chooser's patterns
     * @param test whether a lower-case file name (without {@code .gz}) is of this format; null for
     *     the format that takes every file no other format claims (CSV)
     */
    public record FileMatch(String label, List<String> globs, Predicate<String> test) {
        boolean claims(String lowerCaseName) {
            return test != null && test.test(lowerCaseName);
        }
    }

    public boolean uses(String key) {
        return param(key).isPresent();
    }

    public Optional<Param> param(String key) {
        return params.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** True for the sets read from a user's file (a prefix followed by paths). */
    public boolean isUserFile() {
        return paths > 0;
    }

    /** The prefix of a file format ({@code csv:}); the whole name for a built-in set. */
    public String prefix() {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(0, colon + 1);
    }
}
