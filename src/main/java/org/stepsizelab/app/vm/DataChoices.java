package org.stepsizelab.app.vm;

import java.util.List;
import org.stepsizelab.core.data.DatasetInfo;
import org.stepsizelab.core.data.Datasets;

/** Which data sets the app offers and which parameters each one reads (the rest are hidden). */
public final class DataChoices {
    private DataChoices() {}

    public static List<String> names() {
        return Datasets.NAMES;
    }

    /** True if data set {@code dataset} reads the parameter {@code key} (snake_case, as in presets). */
    public static boolean uses(String dataset, String key) {
        return DatasetInfo.of(dataset).map(i -> i.uses(key)).orElse(false);
    }

    /** One line describing the data set, for its tooltip. */
    public static String description(String dataset) {
        return DatasetInfo.of(dataset).map(DatasetInfo::description).orElse(dataset);
    }

    /** The default shown as a prompt when a parameter is left empty. */
    public static String defaultText(String dataset, String key) {
        return DatasetInfo.of(dataset).flatMap(i -> i.param(key)).map(DatasetInfo.Param::defaultText)
                .orElse("default");
    }
}
