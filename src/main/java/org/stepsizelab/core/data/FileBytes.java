package org.stepsizelab.core.data;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Reads a whole data file (or a bundled resource) into memory, un-gzipping it when it starts with gzip's magic bytes. */
final class FileBytes {
    private FileBytes() {}

    /** The bytes of a user's file, gzipped or not. */
    static byte[] read(String path) {
        Path p = Path.of(path);
        if (!Files.exists(p)) {
            throw new DataException("file not found: " + path);
        }
        if (Files.isDirectory(p)) {
            throw new DataException(path + " is a directory; expected a data file");
        }
        byte[] raw;
        try {
            raw = Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            throw new DataException("file not found: " + path);
        } catch (IOException e) {
            throw new DataException("cannot read " + path + ": " + e.getMessage(), e);
        }
        return gunzipIfNeeded(raw, path);
    }

    /**
     * A user's file as a stream of its (un-gzipped) bytes, for readers that parse as they go and so
     * need no copy of the whole file in memory. Read errors are mapped by {@link #readFailed}.
     */
    static InputStream open(String path) {
        Path p = Path.of(path);
        if (!Files.exists(p)) {
            throw new DataException("file not found: " + path);
        }
        if (Files.isDirectory(p)) {
            throw new DataException(path + " is a directory; expected a data file");
        }
        try {
            java.io.BufferedInputStream in = new java.io.BufferedInputStream(Files.newInputStream(p), 1 << 16);
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            if (b0 == 0x1f && b1 == 0x8b) {
                return new java.io.BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
            }
            return in;
        } catch (NoSuchFileException e) {
            throw new DataException("file not found: " + path);
        } catch (IOException e) {
            throw readFailed(e, path);
        }
    }

    /** The sentence for an error while reading {@code source} (a cut-off or corrupt gzip stream included). */
    static DataException readFailed(IOException e, String source) {
        if (e instanceof EOFException) {
            return new DataException(source + ": the gzip data end early (the file is truncated)", e);
        }
        if (e instanceof ZipException) {
            return new DataException(source + ": corrupt gzip data (" + e.getMessage() + ")", e);
        }
        return new DataException("cannot read " + source + ": " + org.stepsizelab.core.IoErrors.reason(e), e);
    }

    /** The bytes of a resource bundled in the jar (under /assets/data/). */
    static byte[] resource(String name) {
        String where = "/assets/data/" + name;
        try (InputStream in = FileBytes.class.getResourceAsStream(where)) {
            if (in == null) {
                throw new DataException("bundled data file " + where + " is missing from the application");
            }
            return gunzipIfNeeded(in.readAllBytes(), "bundled " + name);
        } catch (IOException e) {
            throw new DataException("cannot read bundled data file " + where + ": " + e.getMessage(), e);
        }
    }

    static byte[] gunzipIfNeeded(byte[] raw, String source) {
        if (raw.length < 2 || (raw[0] & 0xff) != 0x1f || (raw[1] & 0xff) != 0x8b) {
            return raw;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw), 1 << 16)) {
            return in.readAllBytes();
        } catch (EOFException e) {
            throw new DataException(source + ": the gzip data end early (the file is truncated)", e);
        } catch (ZipException e) {
            throw new DataException(source + ": corrupt gzip data (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new DataException("cannot un-gzip " + source + ": " + e.getMessage(), e);
        }
    }
}
