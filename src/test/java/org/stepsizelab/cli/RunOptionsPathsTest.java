package org.stepsizelab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stepsizelab.cli.CliRunner.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User files named on the command line are recorded with absolute paths, so summary.json re-runs anywhere. */
class RunOptionsPathsTest {

    @TempDir
    Path dir;

    @Test
    void filePathsBecomeAbsoluteAndOtherNamesStay() {
        String here = Path.of("").toAbsolutePath().toString();
        assertEquals("csv:" + here + "/data/a.csv", RunOptions.withAbsolutePaths("csv:data/./a.csv"));
        assertEquals("idx:" + here + "/i.gz," + here + "/l.gz", RunOptions.withAbsolutePaths("idx:i.gz, l.gz"));
        assertEquals("cifar:" + here + "/b.bin", RunOptions.withAbsolutePaths("cifar:b.bin"));
        assertEquals("cifar", RunOptions.withAbsolutePaths("cifar"));
        assertEquals("csv:", RunOptions.withAbsolutePaths("csv:"), "left for the loader to reject");
        assertEquals("idx:only-one", RunOptions.withAbsolutePaths("idx:only-one"));
    }

    @Test
    void aRelativeCsvPathIsRecordedAbsoluteInSummaryJson() throws IOException {
        Path csv = Files.writeString(dir.resolve("pts.csv"), "1,2,1\n-1,-2,-1\n");
        Path relative = Path.of("").toAbsolutePath().relativize(csv);
        Path out = dir.resolve("out");
        CliRunner.Result r = cli("run", "--dataset", "csv:" + relative, "--steps", "3", "-q", "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        String summary = Files.readString(out.resolve("summary.json"));
        assertTrue(summary.contains("\"dataset\" : \"csv:" + csv.toAbsolutePath() + "\""), summary);
    }
}
