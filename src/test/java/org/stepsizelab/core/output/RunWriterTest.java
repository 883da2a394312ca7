package org.stepsizelab.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepsizelab.core.RunConfig;
import org.stepsizelab.core.StepRecord;

/** Whole-or-nothing output, the streamed metrics file and the extra-artifact hook. */
class RunWriterTest {

    @TempDir
    Path dir;

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFailureAfterTheRunLeavesNothingBehind() throws IOException {
        Path out = dir.resolve("deep/er/out");
        RunWriter.Artifact failing = (result, staging) -> {
            Files.writeString(staging.resolve("extra.txt"), "half");
            throw new IOException("disk full");
        };
        IOException e = assertThrows(IOException.class, () -> RunWriter.run(RunConfig.defaults().withSteps(20), out,
                r -> { }, () -> false, List.of(failing)));
        assertEquals("disk full", e.getMessage());
        assertEquals(List.of(), listing(), "neither the output, its new parents, nor the staging directory remain");
    }

    @Test
    void artifactsAndObserversSeeTheRun() throws IOException {
        Path out = dir.resolve("out");
        AtomicLong seen = new AtomicLong();
        RunWriter.Artifact extra = (result, staging) ->
                Files.writeString(staging.resolve("extra.txt"), Long.toString(result.outcome().lastStep()));
        RunResult r = RunWriter.run(RunConfig.defaults().withSteps(25), out, rec -> seen.incrementAndGet(),
                () -> false, List.of(extra));
        assertEquals(26, seen.get());
        assertEquals(25, r.last().step());
        assertEquals("25", Files.readString(out.resolve("extra.txt")));
        assertEquals(List.of("out"), listing());
    }

    @Test
    void metricsCsvWritesTheCadenceTheLastRecordAndEmptyCellsForNaN() throws IOException {
        StringWriter text = new StringWriter();
        try (MetricsCsv csv = new MetricsCsv(text, 4)) {
            for (long t = 0; t <= 9; t++) {
                csv.accept(new StepRecord(t, 1.0 / (t + 1), t, Double.NaN, 0.5, Double.NaN, Double.NaN, 0.25, 1));
            }
            assertEquals(3, csv.rows(), "steps 0, 4, 8 so far");
        }
        List<String> lines = text.toString().lines().toList();
        assertEquals(MetricsCsv.HEADER, lines.get(0));
        assertEquals(List.of("0,1.0,0.0,,0.5,,,0.25", "4,0.2,4.0,,0.5,,,0.25", "8," + (1.0 / 9) + ",8.0,,0.5,,,0.25",
                "9,0.1,9.0,,0.5,,,0.25"), lines.subList(1, 5));
        assertEquals(5, lines.size());
    }

    @Test
    void stagedDirectoryCommitsIntoAnExistingDirectoryAndAbortCleansUp() throws IOException {
        Path target = dir.resolve("t");
        Files.createDirectories(target);
        Files.writeString(target.resolve("keep.txt"), "k");
        Files.writeString(target.resolve("a.txt"), "old");
        try (StagedDirectory s = StagedDirectory.create(target)) {
            Files.writeString(s.dir().resolve("a.txt"), "new");
            assertEquals("old", Files.readString(target.resolve("a.txt")), "nothing visible before the commit");
            s.commit();
        }
        assertEquals("new", Files.readString(target.resolve("a.txt")));
        assertEquals("k", Files.readString(target.resolve("keep.txt")));
        try (StagedDirectory s = StagedDirectory.create(dir.resolve("u"))) {
            Files.writeString(s.dir().resolve("b.txt"), "x");
        } // closed without commit
        assertEquals(List.of("t"), listing());
        assertFalse(Files.exists(dir.resolve("u")));
        assertTrue(Files.isDirectory(target));
    }
}
