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
 */
public final class StagedDirectory implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private final Path createdAncestor;
    private final Thread cleanupHook;
    private boolean finished;

    private StagedDirectory(Path target, Path staging, Path createdAncestor) {
        this.target = target;
        this.staging = staging;
        this.createdAncestor = createdAncestor;
        this.cleanupHook = new Thread(this::deleteQuietly, "stepsize-lab staging cleanup");
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
        Path abs = target.toAbsolutePath().normalize();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new InputException("--out " + target + ": exists and is not a directory");
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
            return new StagedDirectory(abs, createUnique(parent, "." + abs.getFileName() + ".partial-"), firstMissing);
        } catch (IOException e) {
            deleteTree(firstMissing);
            throw new InputException("--out " + target + ": cannot create the output directory ("
                    + IoErrors.reason(e) + ")");
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

    /** Moves every staged file into the target (replacing files of the same name) and cleans up. */
    public void commit() throws IOException {
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
