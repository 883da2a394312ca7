package org.stepsizelab.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import org.stepsizelab.core.InputException;
import org.stepsizelab.core.IoErrors;

/**
 * Writes a file whole or not at all: the bytes go to a temporary file in the target's own folder
 * (so the final rename never crosses file systems), which is then moved over the target in one
 * step. If writing fails, the temporary file is deleted and an existing target is left untouched.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Produces a file's content into a stream; may throw to abandon the write. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code target} atomically.
     *
     * @throws InputException if the target cannot be written (missing or unwritable folder, the
     *     target is a folder, disk full, ...): one sentence naming the file and the reason
     */
    public static void write(Path target, Writer writer) {
        Path absolute = target.toAbsolutePath().normalize();
        Path dir = absolute.getParent();
        checkWritable(target, absolute, dir);
        Path tmp = null;
        try {
            // not Files.createTempFile: its owner-only permissions would stick to the exported file
            tmp = dir.resolve("." + absolute.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW))) {
                writer.writeTo(out);
            }
            move(tmp, absolute);
            tmp = null;
        } catch (IOException e) {
            throw new InputException("Cannot write " + target + ": " + reason(e, dir) + ".", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the original error is the one worth reporting
                }
            }
        }
    }

    /** Convenience for content already in memory. */
    public static void write(Path target, byte[] bytes) {
        write(target, out -> out.write(bytes));
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // same folder, so this only happens on exotic file systems; a plain replace is the best left
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Checks that {@code target} could be written now (its folder exists and is writable, it is not
     * a folder), so a command can refuse a bad path before it spends minutes computing the content.
     */
    public static void checkWritable(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        checkWritable(target, absolute, absolute.getParent());
    }

    /** Up-front checks give the clearest message for the common mistakes. */
    private static void checkWritable(Path shown, Path absolute, Path dir) {
        if (dir == null) {
            throw new InputException("Cannot write " + shown + ": it is not a file path.");
        }
        if (!Files.exists(dir)) {
            throw new InputException("Cannot write " + shown + ": the folder " + dir + " does not exist.");
        }
        if (!Files.isDirectory(dir)) {
            throw new InputException("Cannot write " + shown + ": " + dir + " is not a folder.");
        }
        if (Files.isDirectory(absolute)) {
            throw new InputException("Cannot write " + shown + ": it is a folder; give a file name.");
        }
        if (!Files.isWritable(dir)) {
            throw new InputException("Cannot write " + shown + ": the folder " + dir + " is not writable.");
        }
    }

    private static String reason(IOException e, Path dir) {
        if (e instanceof AccessDeniedException) {
            return "permission denied in " + dir;
        }
        if (e instanceof NoSuchFileException) {
            return "the folder " + dir + " does not exist";
        }
        return IoErrors.reason(e); // the folder-specific words above, the common ones there
    }
}
