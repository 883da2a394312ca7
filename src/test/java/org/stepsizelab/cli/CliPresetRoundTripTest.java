package org.stepsizelab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

    @Test
    void bundledPresetsRunByNameFromAnyFolderAndAreListed() throws Exception {
        CliRunner.Result list = cli("presets");
        assertEquals(0, list.code(), list.toString());
        assertTrue(list.out().contains("fig2-xor-large-eta") && list.out().contains("Fig. 2 · XOR, large stepsize"),
                list.out());
        Path out = dir.resolve("byname");
        CliRunner.Result r = cli("run", "--preset", "fig4-separable-r3", "--steps", "50", "--out", out.toString(),
                "--compare", "fig2-xor-small-eta.json", "--svg", dir.resolve("c.svg").toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(Files.readString(out.resolve("summary.json")).contains("\"dataset\" : \"separable\""));
        assertTrue(Files.readString(dir.resolve("c.svg")).contains("Fig. 4"), "the bundled preset's title");
    }

    @Test
    void anUnknownPresetNameListsTheBundledOnes() {
        CliRunner.Result r = cli("run", "--preset", "fig9", "--out", dir.resolve("x").toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("fig9") && r.err().contains("no such file") && r.err().contains("fig2-xor-large-eta"),
                r.err());
    }
}
