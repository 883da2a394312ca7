package org.stepsizelab.core.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The NPY header (format version 1.0, numpy's own): the magic "\x93NUMPY", the version, a
 * little-endian header length and a Python dict literal padded with spaces and a newline so that
 * the data start on a 64-byte boundary. The data follow in C order, little-endian.
 */
final class Npy {
    private Npy() {}

    /** '<f8' (float64) or '<i8' (int64). */
    static void header(OutputStream out, String descr, long... shape) throws IOException {
        StringBuilder dims = new StringBuilder();
        for (long s : shape) {
            dims.append(s).append(", ");
        }
        String shapeText = shape.length == 1 ? "(" + shape[0] + ",)"
                : "(" + dims.substring(0, dims.length() - 2) + ")";
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shapeText + ", }";
        int unpadded = 10 + dict.length() + 1;
        int padded = (unpadded + 63) / 64 * 64;
        StringBuilder h = new StringBuilder(dict);
        while (10 + h.length() + 1 < padded) {
            h.append(' ');
        }
        h.append('\n');
        byte[] text = h.toString().getBytes(StandardCharsets.US_ASCII);
        out.write(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        out.write(text.length & 0xff);
        out.write((text.length >>> 8) & 0xff);
        out.write(text);
    }

    /** One 8-byte value, little-endian, into buf at offset. */
    static void putLong(byte[] buf, int offset, long v) {
        for (int b = 0; b < 8; b++) {
            buf[offset + b] = (byte) (v >>> (8 * b));
        }
    }
}
