package org.stepsizelab.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** A test's own reader of {@code .npz} files (zip of NPY v1 arrays): names, dtypes, shapes and data. */
public final class NpzFiles {
    private NpzFiles() {}

    /** One array: its dtype descriptor ("&lt;f8"), shape and little-endian data. */
    public record Array(String dtype, long[] shape, ByteBuffer data) {
        public double getDouble(long index) {
            return data.getDouble(Math.toIntExact(8 * index));
        }

        public long getLong(long index) {
            return data.getLong(Math.toIntExact(8 * index));
        }
    }

    /** Every array of the file by name (without ".npy"), in file order; checks the NPY magic and alignment. */
    public static Map<String, Array> read(Path file) throws IOException {
        Map<String, Array> out = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                byte[] bytes = zip.readAllBytes();
                assertEquals((byte) 0x93, bytes[0]);
                assertEquals("NUMPY", new String(bytes, 1, 5, StandardCharsets.US_ASCII));
                int hlen = (bytes[8] & 0xff) | (bytes[9] & 0xff) << 8;
                assertEquals(0, (10 + hlen) % 64, "data aligned to 64 bytes");
                String header = new String(bytes, 10, hlen, StandardCharsets.US_ASCII);
                String descr = header.substring(header.indexOf("'descr': '") + 10);
                descr = descr.substring(0, descr.indexOf('\''));
                String shape = header.substring(header.indexOf("'shape': (") + 10, header.indexOf(')'));
                long[] dims = Arrays.stream(shape.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .mapToLong(Long::parseLong).toArray();
                long count = Arrays.stream(dims).reduce(1, (a, b) -> a * b);
                assertEquals(8 * count, bytes.length - 10 - hlen, e.getName() + ": data length matches the shape");
                out.put(e.getName().replace(".npy", ""), new Array(descr, dims,
                        ByteBuffer.wrap(bytes, 10 + hlen, bytes.length - 10 - hlen).slice().order(ByteOrder.LITTLE_ENDIAN)));
            }
        }
        return out;
    }
}
