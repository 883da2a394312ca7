package org.stepsizelab.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.stepsizelab.core.InputException;

/** Leftovers of killed processes, symbolic links to nothing, unwritable and vanished folders. */
@EnabledOnOs(OS.LINUX)
class StagedDirectoryEdgesTest {

    @TempDir
    Path dir;

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void stagingDirectoriesOfDeadOwnersAreRemovedByTheNextRunToTheSameTarget() throws Exception {
        long me = ProcessHandle.current().pid();
        long myStart = ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli();
        Path dead = Files.createDirectories(dir.resolve(".out.partial-" + deadPid() + "-1700000000000-abc"));
        Files.writeString(dead.resolve("metrics.csv"), "step\n");
        Path reused = Files.createDirectories(dir.resolve(".out.partial-" + me + "-" + (myStart - 3_600_000) + "-abc"));
        Path alive = Files.createDirectories(dir.resolve(".out.partial-" + me + "-" + myStart + "-abc"));
        Path otherTarget = Files.createDirectories(dir.resolve(".other.partial-" + deadPid() + "-1700000000000-abc"));
        Path oldFormat = Files.createDirectories(dir.resolve(".out.partial-3kq8zz"));

        try (StagedDirectory s = StagedDirectory.create(dir.resolve("out"))) {
            assertTrue(s.dir().getFileName().toString().startsWith(".out.partial-" + me + "-"), s.dir().toString());
            assertFalse(Files.exists(dead), "dead owner: removed");
            assertFalse(Files.exists(reused), "pid reused by a process that started later: removed");
            assertTrue(Files.exists(alive), "a live owner's directory is kept");
            assertTrue(Files.exists(otherTarget), "another target's directory is not ours to remove");
            assertTrue(Files.exists(oldFormat), "no owner recorded: kept");
        }
    }

    @Test
    void aDanglingSymbolicLinkIsRefusedBeforeTheRun() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("out"), dir.resolve("gone"));
        InputException e = assertThrows(InputException.class, () -> StagedDirectory.create(link));
        assertTrue(e.getMessage().contains("a symbolic link to " + dir.resolve("gone") + ", which does not exist"),
                e.getMessage());
        Path through = Files.createSymbolicLink(dir.resolve("parent"), dir.resolve("missing"));
        e = assertThrows(InputException.class, () -> StagedDirectory.create(through.resolve("run")));
        assertTrue(e.getMessage().contains("goes through " + through), e.getMessage());
        assertEquals(List.of("out", "parent"), listing(), "nothing created");
    }

    @Test
    void aReadOnlyExistingTargetIsRefusedBeforeTheRun() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            if (Files.isWritable(out)) {
                return; // running as root: nothing is read-only
            }
            InputException e = assertThrows(InputException.class, () -> StagedDirectory.create(out));
            assertTrue(e.getMessage().contains("exists but is not writable"), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertEquals(List.of("out"), listing());
    }

    @Test
    void aDeletedOutputFolderIsNoticedDuringTheRun() throws Exception {
        Path parent = Files.createDirectories(dir.resolve("p"));
        try (StagedDirectory s = StagedDirectory.create(parent.resolve("out"))) {
            for (int i = 0; i < 1000; i++) {
                s.checkStillThere(); // present: never throws
            }
            Files.delete(s.dir());
            Files.delete(parent);
            UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> {
                long end = System.nanoTime() + 3_000_000_000L;
                while (System.nanoTime() < end) {
                    s.checkStillThere();
                }
            });
            assertTrue(e.getCause().getMessage().contains("the output folder was removed during the run"),
                    e.getCause().getMessage());
        }
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
