package org.stepsizelab.core.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.stepsizelab.core.InputException;
import org.stepsizelab.core.IoErrors;

/**
 * Writes a run's files whole or not at all: they go into a hidden temporary directory beside the
 * target and move into it only on {@link #commit()}. The target may already exist; files in it that
 * the run does not write are left alone. {@link #abort()} (also run on Ctrl-C by a shutdown hook)
 * removes the temporary directory and any parent directories this class created.
 *
 * <p>The temporary directory's name records its owner ({@link PartialOwner}); one left behind by a
 * process that was killed outright is removed by the next run to the same target. Once the JVM
 * has begun to shut down (Ctrl-C, SIGTERM, the launcher gone) no commit starts any more: the caller
 * is being told that the run failed, so no output may appear afterwards.
 */
public final class StagedDirectory implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private final Path createdAncestor;
    private final Thread cleanupHook;
    private boolean finished;
    private int calls;
    private long nextCheck = System.nanoTime() + CHECK_PERIOD_NANOS;

    /** Held by a commit and by the clean-up hooks, so that a shutdown never races a commit. */
    private static final Object COMMIT_LOCK = new Object();
    private static volatile boolean shuttingDown;
    private static final long CHECK_PERIOD_NANOS = 1_000_000_000L;

    private StagedDirectory(Path target, Path staging, Path createdAncestor) {
        this.target = target;
        this.staging = staging;
        this.createdAncestor = createdAncestor;
        this.cleanupHook = new Thread(() -> {
            shuttingDown = true;
            synchronized (COMMIT_LOCK) {
                deleteQuietly();
            }
        }, "stepsize-lab staging cleanup");
        Runtime.getRuntime().addShutdownHook(cleanupHook);
    }

    /**
     * Creates the staging directory for {@code target}. A target that is an existing file, or a place
     * that cannot be written, is an {@link InputException} naming the directory.
     */
    public static StagedDirectory create(Path target) {
        if (target.toString().isBlank()) {
            // Path.of("") is the working directory: a run would scatter its files there
            throw new InputException("--out '" + target + "': an empty path; expected a directory name");
        }
        Path abs = absolute(target);
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new InputException("--out " + target + ": exists and is not a directory");
        }
        refuseDanglingLink(target, abs);
        if (Files.isDirectory(abs) && !Files.isWritable(abs)) {
            throw new InputException("--out " + target + ": the directory exists but is not writable (permission denied)");
        }
        Path parent = abs.getParent();
        if (parent == null) {
            throw new InputException("--out " + target + ": cannot write into the file-system root");
        }
        Path firstMissing = null;
        for (Path p = parent; p != null && !Files.exists(p); p = p.getParent()) {
            firstMissing = p;
        }
        try {
            Files.createDirectories(parent);
            removeStalePartials(parent, abs.getFileName().toString());
            return new StagedDirectory(abs, createUnique(parent, PartialOwner.prefix(abs.getFileName().toString())),
                    firstMissing);
        } catch (IOException e) {
            deleteTree(firstMissing);
            throw new InputException("--out " + target + ": cannot create the output directory ("
                    + IoErrors.reason(e) + ")");
        }
    }

    /**
     * The absolute target. A relative one is resolved against the working directory, which must still
     * exist: if it was deleted, the run would recreate it where the user no longer looks.
     */
    private static Path absolute(Path target) {
        if (!target.isAbsolute()) {
            Path cwd = Path.of("").toAbsolutePath();
            if (!Files.isDirectory(cwd)) {
                throw new InputException("--out " + target + ": the working directory " + cwd
                        + " no longer exists (give an absolute path or change to an existing directory)");
            }
        }
        return target.toAbsolutePath().normalize();
    }

    /** A symbolic link to nothing, as the target or on its way, would only fail at the commit. */
    private static void refuseDanglingLink(Path shown, Path abs) {
        for (Path p = abs; p != null; p = p.getParent()) {
            if (Files.isSymbolicLink(p) && !Files.exists(p)) {
                String to;
                try {
                    to = Files.readSymbolicLink(p).toString();
                } catch (IOException e) {
                    to = "?";
                }
                throw new InputException("--out " + shown + ": " + (p.equals(abs) ? "is" : "goes through " + p + ",")
                        + " a symbolic link to " + to + ", which does not exist");
            }
        }
    }

    /** Staging directories of this target left by processes that were killed outright. */
    private static void removeStalePartials(Path parent, String name) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent, p -> PartialOwner.isStale(p, name))) {
            for (Path stale : s) {
                deleteTree(stale);
            }
        } catch (IOException | UncheckedIOException ignored) {
            // unreadable parent: the creation below reports it
        }
    }

    /**
     * A fresh directory with a random suffix. Unlike Files.createTempDirectory (mode 0700) it gets
     * the user's usual permissions, which it keeps when it is renamed into place.
     */
    private static Path createUnique(Path parent, String prefix) throws IOException {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; ; attempt++) {
            Path p = parent.resolve(prefix + Long.toUnsignedString(random.nextLong(), 36));
            try {
                return Files.createDirectory(p);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** Where to write the files now; they appear in the target on {@link #commit()}. */
    public Path dir() {
        return staging;
    }

    public Path target() {
        return target;
    }

    /**
     * Fails, at most once a second (cheap enough to call at every step), if the staging directory
     * has gone, e.g. because its parent folder was deleted during the run: writes into unlinked
     * files succeed silently, so without this the loss would show only at the commit.
     */
    public void checkStillThere() {
        if ((++calls & 63) != 0 || System.nanoTime() < nextCheck) {
            return;
        }
        nextCheck = System.nanoTime() + CHECK_PERIOD_NANOS;
        if (!Files.isDirectory(staging)) {
            throw new UncheckedIOException(new java.nio.file.NoSuchFileException(target.getParent().toString(), null,
                    "the output folder was removed during the run"));
        }
    }

    /** Moves every staged file into the target (replacing files of the same name) and cleans up. */
    public void commit() throws IOException {
        synchronized (COMMIT_LOCK) {
            if (shuttingDown) {
                throw new IOException("the run was stopped before its files were moved into place");
            }
            commitLocked();
        }
    }

    private void commitLocked() throws IOException {
        if (finished) {
            throw new IllegalStateException("already finished");
        }
        if (!Files.exists(target)) {
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                finish();
                return;
            } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                // fall through: create the directory and move file by file
            }
            Files.createDirectories(target);
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(staging)) {
            for (Path f : files) {
                Path dest = target.resolve(f.getFileName().toString());
                try {
                    Files.move(f, dest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(f, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.delete(staging);
        finish();
    }

    /** Discards the staged files (and parent directories created for the target). */
    public void abort() {
        if (!finished) {
            deleteQuietly();
            finish();
        }
    }

    /** Aborts unless committed: use in try-with-resources so that every failure leaves nothing. */
    @Override
    public void close() {
        abort();
    }

    private void finish() {
        finished = true;
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running or has run
        }
    }

    private void deleteQuietly() {
        deleteTree(staging);
        deleteTree(createdAncestor);
    }

    /**
     * Best-effort recursive delete. On Ctrl-C several cleanup hooks run at once (a sweep's directory
     * and each kept run's directory inside it) while worker threads may still be writing, so files
     * can vanish or appear during the walk: vanished ones are skipped and the walk is repeated.
     */
    private static void deleteTree(Path root) {
        for (int attempt = 0; attempt < 5 && root != null && Files.exists(root, LinkOption.NOFOLLOW_LINKS); attempt++) {
            try {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        deleteIfExists(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                        deleteIfExists(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException | UncheckedIOException ignored) {
                // retried above; a leftover hidden temporary directory is harmless
            }
        }
    }

    private static void deleteIfExists(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a directory another thread is still filling: the next walk takes it
        }
    }

}
