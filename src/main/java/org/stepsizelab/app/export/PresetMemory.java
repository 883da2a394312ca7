package org.stepsizelab.app.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.stepsizelab.core.InputException;
import org.stepsizelab.core.preset.Preset;
import org.stepsizelab.core.preset.Presets;

/**
 * Remembers the last preset opened, loaded or saved (java.util.prefs), so the app reopens with the
 * demo a lecturer prepared. Preferences that cannot be read or written are ignored: remembering is
 * a convenience and must never stop the app.
 *
 * <p>The node is {@code org/stepsizelab/app}; tests set the system property
 * {@code stepsizelab.prefs.node} to keep their own.
 */
public final class PresetMemory {
    static final String KEY = "lastPreset";
    private static final String BUNDLED = "bundled:";
    private static final String FILE = "file:";

    private final Preferences node;

    public PresetMemory(Preferences node) {
        this.node = node;
    }

    public static PresetMemory user() {
        String path = System.getProperty("stepsizelab.prefs.node", "org/stepsizelab/app");
        try {
            return new PresetMemory(Preferences.userRoot().node(path));
        } catch (RuntimeException e) {
            return new PresetMemory(null);
        }
    }

    public void rememberBundled(String name) {
        put(BUNDLED + name);
    }

    public void rememberFile(Path file) {
        put(FILE + file.toAbsolutePath().normalize());
    }

    public void forget() {
        if (node != null) {
            try {
                node.remove(KEY);
                node.flush();
            } catch (RuntimeException | BackingStoreException ignored) {
                // see class comment
            }
        }
    }

    /** What is remembered ("bundled:NAME" or "file:PATH"), if anything. */
    public Optional<String> lastKey() {
        if (node == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(node.get(KEY, null));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The remembered preset, if it still loads (a moved or broken file is forgotten quietly). */
    public Optional<Preset> last() {
        Optional<String> key = lastKey();
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String k = key.get();
        try {
            if (k.startsWith(BUNDLED)) {
                return Optional.of(Presets.bundled(k.substring(BUNDLED.length())));
            }
            if (k.startsWith(FILE)) {
                Path p = Path.of(k.substring(FILE.length()));
                return Files.isRegularFile(p) ? Optional.of(Presets.read(p)) : Optional.empty();
            }
        } catch (InputException | java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private void put(String value) {
        if (node != null) {
            try {
                node.put(KEY, value);
                node.flush();
            } catch (RuntimeException | BackingStoreException ignored) {
                // see class comment
            }
        }
    }
}
