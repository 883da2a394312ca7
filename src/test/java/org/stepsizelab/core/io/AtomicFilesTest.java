package org.stepsizelab.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stepsizelab.core.InputException;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void aFailedWriteLeavesTheExistingFileUntouchedAndNoTempFile() throws Exception {
        Path file = dir.resolve("metrics.csv");
        Files.writeString(file, "old content\n");
        InputException e = assertThrows(InputException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half of the new con".getBytes());
            throw new IOException("No space left on device");
        }));
        assertTrue(e.getMessage().contains("metrics.csv") && e.getMessage().contains("No space left"), e.getMessage());
        assertEquals("old content\n", Files.readString(file));
        assertEquals(List.of(file), listing());
    }

    @Test
    void aFailedFirstWriteCreatesNoFile() throws Exception {
        Path file = dir.resolve("new.svg");
        assertThrows(InputException.class, () -> AtomicFiles.write(file, out -> {
            throw new IOException("renderer failed");
        }));
        assertEquals(List.of(), listing());
    }

    @Test
    void aSuccessfulWriteReplacesTheFileAndLeavesNothingElse() throws Exception {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "a much longer old content than the new one\n");
        AtomicFiles.write(file, "new\n".getBytes());
        assertEquals("new\n", Files.readString(file));
        assertEquals(List.of(file), listing());
    }

    @Test
    void theWrittenFileIsReadableByOthersLikeAnyNewFile() throws Exception {
        Path file = dir.resolve("chart.svg");
        Path plain = Files.writeString(dir.resolve("plain.svg"), "p");
        AtomicFiles.write(file, "x".getBytes());
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file));
    }

    @Test
    void aRelativePathInTheWorkingFolderWorks() throws Exception {
        // getParent() of a bare file name is null; the writer must resolve it against the working folder
        Path name = Path.of("atomic-files-test-" + ProcessHandle.current().pid() + ".txt");
        try {
            AtomicFiles.write(name, "x".getBytes());
            assertEquals("x", Files.readString(name));
        } finally {
            Files.deleteIfExists(name);
        }
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
