package org.stepsizelab.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepsizelab.core.InputException;

/** The cases a user meets at the edges: an empty --out, and Ctrl-C during a sweep that keeps its runs. */
class StagedDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyPathIsRefusedInsteadOfWritingIntoTheWorkingDirectory() {
        InputException e = assertThrows(InputException.class, () -> StagedDirectory.create(Path.of("")));
        assertTrue(e.getMessage().startsWith("--out '': an empty path"), e.getMessage());
        assertThrows(InputException.class, () -> StagedDirectory.create(Path.of(" ")));
    }

    /**
     * On Ctrl-C a sweep's staging directory and the staging directories of its kept runs inside it
     * are removed by their shutdown hooks at the same time: neither may fail on files the other
     * already removed, and nothing may be left.
     */
    @Test
    void nestedDirectoriesAbortedConcurrentlyLeaveNothingAndThrowNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 30; round++) {
                StagedDirectory sweep = StagedDirectory.create(dir.resolve("sweep"));
                StagedDirectory run = StagedDirectory.create(sweep.dir().resolve("runs").resolve("0-eta1-T10"));
                for (int f = 0; f < 40; f++) {
                    Files.writeString(run.dir().resolve("f" + f + ".csv"), "x");
                    Files.writeString(sweep.dir().resolve("s" + f + ".csv"), "y");
                }
                Future<?> a = pool.submit(sweep::abort);
                Future<?> b = pool.submit(run::abort);
                a.get();
                b.get();
                assertEquals(List.of(), listing(), "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
