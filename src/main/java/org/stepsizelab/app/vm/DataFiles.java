package org.stepsizelab.app.vm;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns a data file the user picked into the data-set name the engine reads: {@code csv:PATH},
 * {@code cifar:PATH} or {@code idx:IMAGES,LABELS} (the command line's names, so a saved preset
 * re-runs the same file from the command line).
 */
public final class DataFiles {
    private DataFiles() {}

    /** An IDX image file needs its labels file as well. */
    public static boolean needsLabels(Path file) {
        return kind(file) == Kind.IDX;
    }

    /** The data-set name for a picked file ({@code labels} only for IDX images, else ignored). */
    public static String datasetFor(Path file, Path labels) {
        String path = file.toAbsolutePath().normalize().toString();
        switch (kind(file)) {
            case IDX:
                if (labels == null) {
                    throw new IllegalArgumentException("an IDX image file needs its labels file");
                }
                return "idx:" + path + "," + labels.toAbsolutePath().normalize();
            case CIFAR:
                return "cifar:" + path;
            default:
                return "csv:" + path;
        }
    }

    private enum Kind { CSV, IDX, CIFAR }

    private static Kind kind(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.contains("idx3") || name.endsWith(".idx")) {
            return Kind.IDX;
        }
        if (name.endsWith(".bin")) {
            return Kind.CIFAR;
        }
        return Kind.CSV;
    }
}
