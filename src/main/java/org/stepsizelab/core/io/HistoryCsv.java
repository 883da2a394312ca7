package org.stepsizelab.core.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.stepsizelab.core.EtaChange;
import org.stepsizelab.core.HistoryTable;
import org.stepsizelab.core.Metric;

/**
 * A run's metrics as CSV, from a {@link org.stepsizelab.core.RunHistory} snapshot (the app's "Export
 * metrics").
 *
 * <p>While the history is exact (one step per row) the file has the columns and number format of the
 * command line's {@code metrics.csv}: full-precision doubles that parse back to the same value,
 * empty cells where a value was not measured. A long run's history is decimated into buckets of
 * several steps; then the first line says so in a {@code #} comment, and each row gives the bucket's
 * first and last step and the minimum and maximum of every metric over it, so no spike is lost.
 * A stepsize changed during the run is listed in a comment line, because the rows alone cannot show it.
 */
public final class HistoryCsv {
    private HistoryCsv() {}

    /** The metrics columns, in the order and with the names of {@code metrics.csv}. */
    private static final Metric[] COLUMNS = {Metric.LOSS, Metric.NORM, Metric.MARGIN, Metric.ACCURACY,
            Metric.SHARPNESS, Metric.TEST_LOSS, Metric.TEST_ACCURACY};
    private static final String[] NAMES = {"loss", "param_norm", "normalized_margin", "accuracy", "sharpness",
            "test_loss", "test_accuracy"};

    public static final String EXACT_HEADER = "step," + String.join(",", NAMES);

    /** The CSV text of a history snapshot. */
    public static String format(HistoryTable table, List<EtaChange> etaChanges) {
        StringBuilder out = new StringBuilder(64 + table.size() * 120);
        boolean exact = table.exact();
        if (!exact) {
            long widest = 0;
            for (int i = 0; i < table.size(); i++) {
                widest = Math.max(widest, table.lastStep(i) - table.firstStep(i) + 1);
            }
            long steps = table.lastStep(table.size() - 1) - table.firstStep(0) + 1;
            out.append("# decimated: ").append(steps).append(" steps (").append(table.firstStep(0)).append("..")
                    .append(table.lastStep(table.size() - 1)).append(") kept as ").append(table.size())
                    .append(" buckets of up to ").append(widest)
                    .append(" steps; each row gives a bucket's first and last step and the min and max of every metric over it\n");
        }
        if (!etaChanges.isEmpty()) {
            out.append("# stepsize changed during the run:");
            for (EtaChange c : etaChanges) {
                out.append(" step ").append(c.step()).append(" eta=").append(c.eta()).append(';');
            }
            out.setLength(out.length() - 1);
            out.append('\n');
        }
        if (exact) {
            out.append(EXACT_HEADER).append('\n');
            for (int i = 0; i < table.size(); i++) {
                out.append(table.firstStep(i));
                for (Metric m : COLUMNS) {
                    cell(out, table.value(m, i));
                }
                out.append('\n');
            }
        } else {
            out.append("step_first,step_last");
            for (String name : NAMES) {
                out.append(',').append(name).append("_min,").append(name).append("_max");
            }
            out.append('\n');
            for (int i = 0; i < table.size(); i++) {
                out.append(table.firstStep(i)).append(',').append(table.lastStep(i));
                for (Metric m : COLUMNS) {
                    cell(out, table.min(m, i));
                    cell(out, table.max(m, i));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Writes the CSV whole or not at all. */
    public static void write(Path file, HistoryTable table, List<EtaChange> etaChanges) {
        AtomicFiles.write(file, format(table, etaChanges).getBytes(StandardCharsets.UTF_8));
    }

    private static void cell(StringBuilder out, double v) {
        out.append(',');
        if (!Double.isNaN(v)) {
            out.append(v); // Double.toString: parses back to exactly this double
        }
    }
}
