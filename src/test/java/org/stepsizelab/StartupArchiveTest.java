package org.stepsizelab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's class archive: one per jar build and JVM, only for one-jar class paths. */
class StartupArchiveTest {
    @TempDir
    Path dir;

    @Test
    void oneArchivePerJarBuildAndJvm() throws Exception {
        Path jar = Files.writeString(dir.resolve("stepsize-lab.jar"), "jar");
        Path a = StartupArchive.archiveFor(jar.toString());
        assertTrue(a.getFileName().toString().startsWith("cds-") && a.toString().endsWith(".jsa"), a.toString());
        assertTrue(a.getFileName().toString().contains(System.getProperty("java.vm.version")));
        assertEquals(a, StartupArchive.archiveFor(jar.toString()), "the same jar, the same archive");
        Files.writeString(jar, "a rebuilt jar"); // another size
        assertNotEquals(a, StartupArchive.archiveFor(jar.toString()));
    }

    @Test
    void noArchiveForClassDirectoriesOrSeveralJars() {
        assertNull(StartupArchive.archiveFor("target/classes"));
        assertNull(StartupArchive.archiveFor("a.jar" + java.io.File.pathSeparator + "b.jar"));
        assertNull(StartupArchive.archiveFor(dir.resolve("missing.jar").toString()));
        assertNull(StartupArchive.archiveFor(null));
    }

    @Test
    void commandsGetNoArchiveOnlyTheWindowDoes() {
        assertEquals(java.util.List.of(), StartupArchive.jvmOptions(new String[] {"run", "--out", "x"}));
    }

    @Test
    void theWrittenArchiveIsKeptAfterANormalEndAndDroppedAfterAKill() throws Exception {
        Path archive = dir.resolve("cds-x.jsa");
        Path part = dir.resolve("cds-x.jsa.part-42");
        Files.writeString(part, "archive");
        StartupArchive.pendingForTest(part);
        StartupArchive.childEnded(0);
        assertTrue(Files.exists(archive) && !Files.exists(part));
        Files.delete(archive);
        Files.writeString(part, "half an archive");
        StartupArchive.pendingForTest(part);
        StartupArchive.childEnded(137);
        assertFalse(Files.exists(archive) || Files.exists(part));
    }

    @Test
    void theSweepDropsDeadLaunchersPartsAndAllButTheNewestArchives() throws Exception {
        long now = System.currentTimeMillis();
        for (int i = 0; i < 5; i++) {
            Path a = Files.writeString(dir.resolve("cds-" + i + ".jsa"), "archive " + i);
            Files.setLastModifiedTime(a, java.nio.file.attribute.FileTime.fromMillis(now - 60_000L * (5 - i)));
        }
        Path dead = Files.writeString(dir.resolve("cds-9.jsa.part-" + Long.MAX_VALUE), "cut short");
        Path writing = Files.writeString(dir.resolve("cds-8.jsa.part-" + ProcessHandle.current().pid()), "writing");
        Path other = Files.writeString(dir.resolve("notes.txt"), "not ours");
        StartupArchive.sweep(dir);
        assertFalse(Files.exists(dead), "a part whose launcher is gone");
        assertTrue(Files.exists(writing), "a live launcher's part stays");
        assertTrue(Files.exists(other));
        for (int i = 0; i < 5; i++) {
            assertEquals(i >= 5 - StartupArchive.KEEP, Files.exists(dir.resolve("cds-" + i + ".jsa")), "archive " + i);
        }
    }

    @Test
    void theArchiveIsMovedInOnceWhenBothTheMainThreadAndTheHookReport() throws Exception {
        Path part = Files.writeString(dir.resolve("cds-y.jsa.part-7"), "archive");
        StartupArchive.pendingForTest(part);
        StartupArchive.childEnded(143); // the hook, after SIGTERM
        StartupArchive.childEnded(137); // the main thread, later: nothing left to do
        assertEquals("archive", Files.readString(dir.resolve("cds-y.jsa")));
    }
}
