package org.stepsizelab.core.preset;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * A PNG's international text chunk (iTXt, PNG 1.2 §4.2.3.3): one uncompressed UTF-8 text under a
 * keyword, inserted right after the header chunk so readers find it without decoding pixels. Done on
 * the encoded bytes rather than through ImageIO's metadata tree, whose PNG node names differ between
 * runtimes, and so that reading a recipe never decodes the image.
 */
final class PngText {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] ITXT = "iTXt".getBytes(StandardCharsets.US_ASCII);

    private PngText() {}

    static boolean isPng(byte[] bytes) {
        return bytes.length >= SIGNATURE.length && Arrays.equals(bytes, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length);
    }

    /** The PNG with an iTXt chunk {@code keyword → text} after IHDR. */
    static byte[] withText(byte[] png, String keyword, String text) {
        if (!isPng(png)) {
            throw new IllegalArgumentException("not a PNG");
        }
        int afterHeader = SIGNATURE.length + 12 + chunkLength(png, SIGNATURE.length);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(keyword.getBytes(StandardCharsets.ISO_8859_1));
        data.write(0); // keyword terminator
        data.write(0); // compression flag: uncompressed
        data.write(0); // compression method
        data.write(0); // empty language tag
        data.write(0); // empty translated keyword
        data.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        byte[] body = data.toByteArray();

        ByteBuffer chunk = ByteBuffer.allocate(12 + body.length);
        chunk.putInt(body.length).put(ITXT).put(body);
        CRC32 crc = new CRC32();
        crc.update(ITXT);
        crc.update(body);
        chunk.putInt((int) crc.getValue());

        byte[] out = new byte[png.length + chunk.capacity()];
        System.arraycopy(png, 0, out, 0, afterHeader);
        System.arraycopy(chunk.array(), 0, out, afterHeader, chunk.capacity());
        System.arraycopy(png, afterHeader, out, afterHeader + chunk.capacity(), png.length - afterHeader);
        return out;
    }

    /** The text of the first uncompressed iTXt chunk with this keyword, or null if there is none. */
    static String text(byte[] png, String keyword) {
        if (!isPng(png)) {
            return null;
        }
        byte[] key = keyword.getBytes(StandardCharsets.ISO_8859_1);
        int at = SIGNATURE.length;
        while (at + 12 <= png.length) {
            long length = chunkLength(png, at) & 0xffffffffL;
            if (at + 12 + length > png.length) {
                return null; // truncated file: no chunk past this point can be trusted
            }
            int data = at + 8;
            if (Arrays.equals(png, at + 4, at + 8, ITXT, 0, 4) && length > key.length + 4
                    && Arrays.equals(png, data, data + key.length, key, 0, key.length) && png[data + key.length] == 0
                    && png[data + key.length + 1] == 0) {
                int p = data + key.length + 3; // keyword, NUL, compression flag and method
                int end = data + (int) length;
                p = skipNulTerminated(png, p, end); // language tag
                p = skipNulTerminated(png, p, end); // translated keyword
                return p < 0 ? null : new String(png, p, end - p, StandardCharsets.UTF_8);
            }
            at += 12 + (int) length;
        }
        return null;
    }

    private static int skipNulTerminated(byte[] b, int p, int end) {
        if (p < 0) {
            return -1;
        }
        while (p < end && b[p] != 0) {
            p++;
        }
        return p < end ? p + 1 : -1;
    }

    private static int chunkLength(byte[] png, int at) {
        return ByteBuffer.wrap(png, at, 4).getInt();
    }
}
