package org.stepsizelab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stepsizelab.cli.CliRunner.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shipped preset runs from the command line, and its summary.json re-runs to the same bytes. */
class CliPresetRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void aShippedPresetsSummaryReRunsToAByteIdenticalMetricsCsv() throws Exception {
        Path first = dir.resolve("first"), again = dir.resolve("again");
        CliRunner.Result r = cli("run", "--preset", "presets/thm43-lower-bound-large-eta.json", "--steps", "400",
                "--out", first.toString());
        assertEquals(0, r.code(), r.toString());
        r = cli("run", "--preset", first.resolve("summary.json").toString(), "--out", again.toString());
        assertEquals(0, r.code(), r.toString());
        byte[] a = Files.readAllBytes(first.resolve("metrics.csv"));
        assertEquals(402, new String(a).split("\n").length, "header and steps 0..400");
        assertArrayEquals(a, Files.readAllBytes(again.resolve("metrics.csv")));
        assertArrayEquals(Files.readAllBytes(first.resolve("init.csv")), Files.readAllBytes(again.resolve("init.csv")));
    }
}
