package org.stepsizelab.core.theory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stepsizelab.core.Num;
import org.stepsizelab.core.RunConfig;

/**
 * The text of a grid sweep's {@code sweep.csv}: one row per run in run order, the run and cell
 * numbers, every varied key as a column (in the order the axes were given, then the seed), then
 * the run's results. Doubles are round-trip exact; an absent value is an empty field. A planned
 * task's result file is the header and its one row, so collecting is concatenating.
 */
public final class GridCsv {
    private GridCsv() {}

    /** The result columns after the key columns. */
    public static final String RESULT_COLUMNS =
            "final_loss,eos_end_step,theory_stable_step,final_norm,final_margin,test_accuracy,diverged,seconds";

    public static String header(GridSweep grid) {
        List<String> cols = new ArrayList<>(List.of("run", "cell"));
        cols.addAll(grid.keyColumns());
        return join(cols) + "," + RESULT_COLUMNS;
    }

    /** Run {@code run}'s row, without a line end. */
    public static String row(GridSweep grid, int run, SweepResult r) {
        List<String> f = new ArrayList<>();
        f.add(Integer.toString(run));
        f.add(Integer.toString(grid.cellOf(run)));
        f.addAll(grid.keyValues(run));
        f.add(Num.exact(r.finalLoss()));
        f.add(Long.toString(r.eosEndStep()));
        f.add(r.theoryStableStep() == null ? "" : r.theoryStableStep().toString());
        f.add(Num.exact(r.finalNorm()));
        f.add(Num.exact(r.finalMargin()));
        f.add(Double.isNaN(r.testAccuracy()) ? "" : Num.exact(r.testAccuracy()));
        f.add(Boolean.toString(r.diverged()));
        f.add(String.format(Locale.ROOT, "%.3f", r.seconds()));
        return join(f);
    }

    /** The whole file for runs in order (null entries, runs that did not finish, are left out). */
    public static String format(GridSweep grid, List<SweepResult> byRun) {
        StringBuilder sb = new StringBuilder(header(grid)).append('\n');
        for (int i = 0; i < byRun.size(); i++) {
            if (byRun.get(i) != null) {
                sb.append(row(grid, i, byRun.get(i))).append('\n');
            }
        }
        return sb.toString();
    }

    /** A row read back: its run number and result (η and T from the run's configuration). */
    public record Row(int run, SweepResult result) {}

    /**
     * Parses one row written by {@link #row}; IllegalArgumentException naming the problem if it is
     * not one (a truncated or foreign file).
     */
    public static Row parse(GridSweep grid, String line) {
        List<String> f = split(line);
        int keys = grid.keyColumns().size();
        if (f.size() != 2 + keys + 8) {
            throw new IllegalArgumentException("expected " + (10 + keys) + " fields, got " + f.size());
        }
        try {
            int run = Integer.parseInt(f.get(0));
            if (run < 0 || run >= grid.runs()) {
                throw new IllegalArgumentException("run " + run + " is not in this grid of " + grid.runs());
            }
            List<String> expected = grid.keyValues(run);
            if (!f.subList(2, 2 + keys).equals(expected)) {
                throw new IllegalArgumentException("run " + run + " has keys " + f.subList(2, 2 + keys)
                        + ", the plan says " + expected);
            }
            int k = 2 + keys;
            RunConfig c = grid.config(run);
            String stable = f.get(k + 2);
            String test = f.get(k + 5);
            SweepResult r = new SweepResult(c.eta(), c.steps(), Double.parseDouble(f.get(k)), Long.parseLong(f.get(k + 1)),
                    stable.isEmpty() ? null : Long.valueOf(stable), Double.parseDouble(f.get(k + 3)),
                    Double.parseDouble(f.get(k + 4)), Boolean.parseBoolean(f.get(k + 6)),
                    Double.parseDouble(f.get(k + 7)), false, test.isEmpty() ? Double.NaN : Double.parseDouble(test));
            return new Row(run, r);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a field is not a number (" + e.getMessage() + ")");
        }
    }

    /** Joins fields with commas, quoting any that holds a comma or a quote (classes such as "0,1"). */
    public static String join(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (String s : fields) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0) {
                sb.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(s);
            }
        }
        return sb.toString();
    }

    /** Splits a line written by {@link #join}. */
    public static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
