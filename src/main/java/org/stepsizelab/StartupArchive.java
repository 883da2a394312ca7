package org.stepsizelab;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A class-data-sharing archive for the window started by {@code java -jar} (JDK 17's dynamic
 * AppCDS): the first window the Launcher starts writes the classes it loaded to an archive in the
 * user's cache when it ends; every later one maps them instead of loading, verifying and linking
 * about 9,000 classes again — about a third of the start-up's CPU time (see README, *Start-up*).
 *
 * <p>The archive's name carries the jar's size and time and the Java version, so a rebuilt jar or
 * another JDK writes a new one; a stale or damaged archive is refused by the JVM, which then starts
 * without it (its CDS messages are turned off). Set {@value #OPT_OUT}=1 to use none.
 */
final class StartupArchive {
    static final String OPT_OUT = "STEPSIZE_LAB_NO_CDS";
    private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    private static Path pending; // written by the child at its exit, moved into place after it

    private StartupArchive() {}

    /** The JVM options for the child that opens the window: use the archive, or write it. */
    static List<String> jvmOptions(String[] args) {
        if (!DesktopCheck.opensWindow(args) || System.getenv(OPT_OUT) != null) {
            return List.of();
        }
        Path archive = archiveFor(System.getProperty("java.class.path"));
        if (archive == null) {
            return List.of();
        }
        if (Files.isRegularFile(archive)) {
            return concat("-XX:SharedArchiveFile=" + archive);
        }
        try {
            Files.createDirectories(archive.getParent());
        } catch (IOException | SecurityException e) {
            return List.of();
        }
        pending = archive.resolveSibling(archive.getFileName() + ".part-" + ProcessHandle.current().pid());
        return concat("-XX:ArchiveClassesAtExit=" + pending);
    }

    /**
     * After the child ended: the archive it wrote becomes the one to use. The JVM writes it whole at
     * its exit, also when it ends on SIGTERM or SIGINT (143, 130); after SIGKILL (137) or a crash it
     * may be cut short, and is dropped.
     */
    static void childEnded(int exitCode) {
        Path part = pending;
        pending = null;
        if (part == null) {
            return;
        }
        try {
            Path archive = Path.of(part.toString().replaceFirst("\\.part-\\d+$", ""));
            if ((exitCode == 0 || exitCode == 130 || exitCode == 143) && Files.size(part) > 0) {
                Files.move(part, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.deleteIfExists(part);
            }
        } catch (IOException | RuntimeException e) {
            // no archive this time; the next window tries again
        }
    }

    static void pendingForTest(Path part) {
        pending = part;
    }

    /** The archive for this jar and JVM, or null when the class path is not one jar. */
    static Path archiveFor(String classPath) {
        if (classPath == null || classPath.contains(File.pathSeparator) || !classPath.endsWith(".jar")) {
            return null;
        }
        File jar = new File(classPath);
        if (!jar.isFile()) {
            return null;
        }
        String cache = System.getenv("XDG_CACHE_HOME");
        Path dir = cache != null && !cache.isBlank() ? Path.of(cache)
                : Path.of(System.getProperty("user.home"), ".cache");
        String key = Long.toHexString(jar.length()) + "-" + Long.toHexString(jar.lastModified()) + "-"
                + Integer.toHexString(jar.getAbsolutePath().hashCode()) + "-"
                + System.getProperty("java.vm.version").replaceAll("[^A-Za-z0-9.+-]", "_");
        return dir.resolve("stepsize-lab").resolve("cds-" + key + ".jsa");
    }

    private static List<String> concat(String option) {
        return List.of(option, QUIET.get(0), QUIET.get(1));
    }
}
