package org.stepsizelab.app.vm;

import java.util.List;
import java.util.Optional;
import org.stepsizelab.core.data.DataSource;
import org.stepsizelab.core.data.DataSources;
import org.stepsizelab.core.data.Datasets;

/** Which data sets the app offers and which parameters each one reads (the rest are hidden). */
public final class DataChoices {
    private DataChoices() {}

    /** The built-in sets (a file set is named by typing its prefix, e.g. csv:PATH, via File → Open). */
    public static List<String> names() {
        return Datasets.NAMES;
    }

    /** True if data set {@code dataset} reads the parameter {@code key} (snake_case, as in presets). */
    public static boolean uses(String dataset, String key) {
        return DataSources.of(dataset).map(i -> i.uses(key)).orElse(false);
    }

    /** One line describing the data set, for its tooltip. */
    public static String description(String dataset) {
        return DataSources.of(dataset).map(DataSource::description).orElse(dataset == null ? "" : dataset);
    }

    /** The default, shown as a prompt while a parameter is left empty. */
    public static String defaultText(String dataset, String key) {
        Optional<DataSource.Param> p = DataSources.of(dataset).flatMap(i -> i.param(key));
        return p.map(DataSource.Param::defaultText).orElse("");
    }

    /** The parameter's meaning, for its tooltip. */
    public static String meaning(String dataset, String key) {
        return DataSources.of(dataset).flatMap(i -> i.param(key)).map(DataSource.Param::meaning).orElse("");
    }
}
