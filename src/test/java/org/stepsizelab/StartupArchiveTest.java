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
}
