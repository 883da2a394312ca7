package org.stepsizelab.core;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Plain words for file-system errors, for one-line messages (no exception class names). */
public final class IoErrors {
    private IoErrors() {}

    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "directory not empty";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "input/output error" : m.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    /** The reason, preceded by the file it concerns when the error names one. */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException && ((FileSystemException) e).getFile() != null) {
            return ((FileSystemException) e).getFile() + ": " + reason(e);
        }
        return reason(e);
    }
}
