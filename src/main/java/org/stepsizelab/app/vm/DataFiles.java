package org.stepsizelab.app.vm;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.stepsizelab.core.data.DataSource;
import org.stepsizelab.core.data.DataSources;

/**
 * Turns a data file the user picked into the data-set name the engine reads, e.g. {@code csv:PATH}
 * or {@code idx:IMAGES,LABELS} (the command line's names, so a saved preset re-runs the same file
 * from the command line). Which format a file is comes from {@link DataSources}.
 */
public final class DataFiles {
    private DataFiles() {}

    /** A format with two paths (IDX images) needs its labels file as well. */
    public static boolean needsLabels(Path file) {
        return DataSources.forFile(file).paths() == 2;
    }

    /** The data-set name for a picked file ({@code labels} only for IDX images, else ignored). */
    public static String datasetFor(Path file, Path labels) {
        DataSource format = DataSources.forFile(file);
        String path = file.toAbsolutePath().normalize().toString();
        if (format.paths() == 1) {
            return format.prefix() + path;
        }
        if (labels == null) {
            throw new IllegalArgumentException("an IDX image file needs its labels file");
        }
        return format.prefix() + path + "," + labels.toAbsolutePath().normalize();
    }

    /** The file chooser's filter: a description naming the formats and their patterns. */
    public static String chooserDescription() {
        return "Data files (" + DataSources.fileFormats().stream().map(s -> s.files().label())
                .collect(Collectors.joining(", ")) + ")";
    }

    /** Every format's file patterns, for the file chooser. */
    public static List<String> chooserGlobs() {
        return DataSources.fileFormats().stream().flatMap(s -> s.files().globs().stream()).toList();
    }
}
