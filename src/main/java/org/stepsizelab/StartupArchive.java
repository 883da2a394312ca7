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
    /** How many archives (other jar builds or JVMs) the cache keeps: the newest ones. */
    static final int KEEP = 3;
    // written by the child at its exit, moved into place after it: by the launcher's main thread
    // when the window was closed, by its shutdown hook when the launcher was signalled
    private static final java.util.concurrent.atomic.AtomicReference<Path> PENDING =
            new java.util.concurrent.atomic.AtomicReference<>();

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
        sweep(archive.getParent());
        Path part = archive.resolveSibling(archive.getFileName() + ".part-" + ProcessHandle.current().pid());
        PENDING.set(part);
        return concat("-XX:ArchiveClassesAtExit=" + part);
    }

    /**
     * After the child ended: the archive it wrote becomes the one to use. The JVM writes it whole at
     * its exit, also when it ends on SIGTERM or SIGINT (143, 130); after SIGKILL (137) or a crash it
     * may be cut short, and is dropped. Called twice (main thread and shutdown hook), it acts once;
     * synchronized, so that the hook waits for a move the main thread has begun (the JVM halts when
     * the hooks are done, and would cut the main thread's move short).
     */
    static synchronized void childEnded(int exitCode) {
        Path part = PENDING.getAndSet(null);
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
        PENDING.set(part);
    }

    /**
     * Keeps the cache from growing with every jar build (an archive is about 35 MB): removes the
     * unfinished archives of launchers that are gone and all but the {@value #KEEP} newest archives.
     */
    static void sweep(Path dir) {
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            List<Path> archives = new java.util.ArrayList<>();
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (!name.startsWith("cds-")) {
                    continue;
                }
                java.util.regex.Matcher m = PART.matcher(name);
                if (m.find()) {
                    long pid = Long.parseLong(m.group(1));
                    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                        continue; // another launcher is writing it
                    }
                    Files.deleteIfExists(f);
                } else if (name.endsWith(".jsa")) {
                    archives.add(f);
                }
            }
            archives.sort(java.util.Comparator.comparingLong(StartupArchive::modified).reversed());
            for (Path old : archives.subList(Math.min(KEEP, archives.size()), archives.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException | RuntimeException e) {
            // housekeeping only: the cache stays as it is
        }
    }

    private static final java.util.regex.Pattern PART = java.util.regex.Pattern.compile("\\.part-(\\d+)$");

    private static long modified(Path f) {
        try {
            return Files.getLastModifiedTime(f).toMillis();
        } catch (IOException e) {
            return 0;
        }
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
