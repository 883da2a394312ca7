package org.stepsizelab.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stepsizelab.core.InputException;

/**
 * No output may replace a file the run reads: {@code run --dataset csv:out/dataset.csv --out out}
 * would overwrite the user's data with its scaled copy. Outputs and inputs are compared as files
 * ({@link Files#isSameFile}: real paths, symbolic links and hard links included), before the run.
 */
public final class InputProtection {
    private InputProtection() {}

    /** The comma-separated file names after a data set's prefix (those that are valid paths). */
    public static List<Path> paths(String commaSeparated) {
        List<Path> files = new ArrayList<>();
        for (String p : commaSeparated.split(",", -1)) {
            try {
                if (!p.isBlank()) {
                    files.add(Path.of(p.trim()));
                }
            } catch (java.nio.file.InvalidPathException e) {
                // not a file name: the loader says so
            }
        }
        return files;
    }

    /**
     * Refuses if any output (a file that will be written or replaced) is one of the inputs.
     *
     * @param outputs the files the command will write, each with the option that names it
     */
    public static void refuseOverwrite(List<Path> inputs, List<Output> outputs) {
        for (Path in : inputs) {
            if (in == null || !Files.exists(in)) {
                continue;
            }
            for (Output out : outputs) {
                if (out.file() != null && Files.exists(out.file()) && same(in, out.file())) {
                    throw new InputException(out.option() + ": " + out.file() + " is the input file " + in
                            + " of this run; writing it would destroy the input (choose another "
                            + out.option().replaceFirst(" .*", "") + ")");
                }
            }
        }
    }

    /** One file a command writes, and the option that decides where. */
    public record Output(String option, Path file) {}

    private static boolean same(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
