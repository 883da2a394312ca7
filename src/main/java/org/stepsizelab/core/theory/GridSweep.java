package org.stepsizelab.core.theory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.stepsizelab.core.InputException;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.config.ConfigKey;
import org.stepsizelab.core.config.ConfigValues;

/**
 * A grid sweep: every combination of the axes' values (a cell), each run once per seed. Runs are
 * numbered in a stable order — the first axis varies slowest, the seed fastest — so run i is the
 * same configuration whether the sweep runs in one process or as planned tasks.
 *
 * @param seeds the seeds each cell runs with; empty = the base configuration's seed only
 */
public record GridSweep(RunConfig base, List<GridAxis> axes, List<Long> seeds) {
    /** More runs than this is a typo, not a sweep (and would not fit the per-run files of a plan). */
    public static final int MAX_RUNS = 1_000_000;

    public GridSweep {
        axes = List.copyOf(axes);
        seeds = List.copyOf(seeds);
        if (axes.isEmpty()) {
            throw new InputException("a grid sweep needs at least one axis KEY=VALUES");
        }
        Set<ConfigKey> seen = new HashSet<>();
        for (GridAxis a : axes) {
            if (!seen.add(a.key())) {
                throw new InputException("the grid axis " + a.key().key() + " is given twice (put all its values in one axis)");
            }
        }
        if (seen.contains(ConfigKey.SEED) && !seeds.isEmpty()) {
            throw new InputException("seeds and a grid axis seed=… both vary the seed: give one of them");
        }
        if (new HashSet<>(seeds).size() != seeds.size()) {
            throw new InputException("seeds: a seed is listed twice");
        }
        long runs = Math.max(1, seeds.size());
        for (GridAxis a : axes) {
            runs *= a.size();
            if (runs > MAX_RUNS) {
                throw new InputException("the grid has more than " + MAX_RUNS + " runs; split it into several sweeps");
            }
        }
    }

    /** Parses {@code A..B} (inclusive) or {@code A,B,C}. */
    public static List<Long> parseSeeds(String text) {
        List<Long> out = new ArrayList<>();
        String t = text.trim();
        try {
            int dots = t.indexOf("..");
            if (dots >= 0) {
                long a = new BigDecimal(t.substring(0, dots).trim()).longValueExact();
                long b = new BigDecimal(t.substring(dots + 2).trim()).longValueExact();
                if (b < a || b - a >= 100_000) {
                    throw new InputException("seeds '" + text + "': A..B needs A ≤ B and at most 100000 seeds");
                }
                for (long s = a; s <= b; s++) {
                    out.add(s);
                }
                return out;
            }
            for (String p : t.split(",", -1)) {
                out.add(new BigDecimal(p.trim()).longValueExact());
            }
        } catch (NumberFormatException | ArithmeticException | StringIndexOutOfBoundsException e) {
            throw new InputException("seeds '" + text + "': expected A..B or a list of integers, e.g. 0..4 or 1,7,42");
        }
        return out;
    }

    public int seedsPerCell() {
        return Math.max(1, seeds.size());
    }

    public int cells() {
        int c = 1;
        for (GridAxis a : axes) {
            c *= a.size();
        }
        return c;
    }

    public int runs() {
        return cells() * seedsPerCell();
    }

    public int cellOf(int run) {
        return run / seedsPerCell();
    }

    public long seedOf(int run) {
        return seeds.isEmpty() ? base.seed() : seeds.get(run % seedsPerCell());
    }

    /** The cell's index on each axis (the first axis varies slowest). */
    public int[] coordinates(int cell) {
        int[] at = new int[axes.size()];
        for (int k = axes.size() - 1; k >= 0; k--) {
            at[k] = cell % axes.get(k).size();
            cell /= axes.get(k).size();
        }
        return at;
    }

    /** The cell at these axis indices. */
    public int cellAt(int[] coordinates) {
        int cell = 0;
        for (int k = 0; k < axes.size(); k++) {
            cell = cell * axes.get(k).size() + coordinates[k];
        }
        return cell;
    }

    /** Run {@code run}'s configuration: the base with the cell's values and the seed. */
    public RunConfig config(int run) {
        ConfigValues v = ConfigValues.of(base);
        int[] at = coordinates(cellOf(run));
        for (int k = 0; k < axes.size(); k++) {
            GridAxis a = axes.get(k);
            v.set(a.key(), a.values().get(at[k]), "grid axis " + a.key().key());
        }
        if (!seeds.isEmpty()) {
            v.set(ConfigKey.SEED, seeds.get(run % seedsPerCell()), "seeds");
        }
        return v.toConfig();
    }

    /** Every run's configuration, in run order. */
    public List<RunConfig> configs() {
        List<RunConfig> out = new ArrayList<>(runs());
        for (int i = 0; i < runs(); i++) {
            out.add(config(i));
        }
        return out;
    }

    /** The key columns of sweep.csv: each axis's key in the order given, then {@code seed} (unless an axis). */
    public List<String> keyColumns() {
        List<String> out = new ArrayList<>();
        for (GridAxis a : axes) {
            out.add(a.key().key());
        }
        if (!hasSeedAxis()) {
            out.add(ConfigKey.SEED.key());
        }
        return out;
    }

    /** Run {@code run}'s values for {@link #keyColumns()}. */
    public List<String> keyValues(int run) {
        List<String> out = new ArrayList<>();
        int[] at = coordinates(cellOf(run));
        for (int k = 0; k < axes.size(); k++) {
            out.add(axes.get(k).text(at[k]));
        }
        if (!hasSeedAxis()) {
            out.add(Long.toString(seedOf(run)));
        }
        return out;
    }

    private boolean hasSeedAxis() {
        return axes.stream().anyMatch(a -> a.key() == ConfigKey.SEED);
    }
}
