package org.stepsizelab.core.data;

/**
 * Decodes IDX files (the MNIST format: big-endian header, then unsigned bytes): an image file
 * (magic 2051 = 0x00000803, count × rows × columns) with its label file (magic 2049 = 0x00000801).
 */
final class IdxFiles {
    private IdxFiles() {}

    static final int IMAGE_MAGIC = 0x00000803;
    static final int LABEL_MAGIC = 0x00000801;

    /** Reads a pair of user files, gzipped or not. */
    static LabeledImages read(String imagesPath, String labelsPath) {
        return decode(FileBytes.read(imagesPath), imagesPath, FileBytes.read(labelsPath), labelsPath);
    }

    static LabeledImages decode(byte[] images, String imagesName, byte[] labels, String labelsName) {
        int[] dims = header(images, imagesName, IMAGE_MAGIC, "an IDX image file (unsigned bytes, count × rows × columns)");
        int count = dims[0];
        long features = (long) dims[1] * dims[2];
        if (features == 0) {
            throw new DataException(imagesName + ": its header describes images of " + dims[1] + "×" + dims[2]
                    + " pixels; expected at least one pixel per image");
        }
        if (features > Integer.MAX_VALUE - 8) {
            throw new DataException(imagesName + ": its header describes images of " + dims[1] + "×" + dims[2]
                    + " pixels, more than one array holds (2^31 - 1)");
        }
        int headerBytes = 16;
        long need = headerBytes + (long) count * features;
        if (images.length < need) {
            long have = Math.max(0, images.length - headerBytes);
            throw new DataException(imagesName + " is truncated: its header promises " + count + " images of "
                    + dims[1] + "×" + dims[2] + " = " + (need - headerBytes) + " bytes after the 16-byte header,"
                    + " but only " + have + " follow (image " + (features == 0 ? 0 : have / features)
                    + ", counting from 0, is incomplete)");
        }
        if (images.length > need) {
            throw new DataException(imagesName + " has " + (images.length - need) + " bytes after its "
                    + count + " images of " + dims[1] + "×" + dims[2] + "; expected the file to end there");
        }
        int[] ldims = header(labels, labelsName, LABEL_MAGIC, "an IDX label file (unsigned bytes, one per image)");
        int labelCount = ldims[0];
        if (labels.length != 8 + (long) labelCount) {
            throw new DataException(labelsName + (labels.length < 8 + (long) labelCount ? " is truncated" : " is too long")
                    + ": its header promises " + labelCount + " labels after the 8-byte header, but "
                    + (labels.length - 8) + " bytes follow");
        }
        if (labelCount != count) {
            throw new DataException(imagesName + " has " + count + " images but " + labelsName + " has "
                    + labelCount + " labels; the two files must have the same count");
        }
        int[] cls = new int[count];
        for (int i = 0; i < count; i++) {
            cls[i] = labels[8 + i] & 0xff;
        }
        return new LabeledImages(imagesName, "image", count, (int) features, images, headerBytes, cls);
    }

    /** Checks the magic number and returns the dimension sizes. */
    private static int[] header(byte[] b, String name, int magic, String what) {
        if (b.length < 4) {
            throw new DataException(name + " is truncated: it has " + b.length
                    + " bytes, fewer than the 4-byte magic number of " + what);
        }
        int got = readInt(b, 0);
        if (got != magic) {
            throw new DataException(name + ": magic number " + got + String.format(" (0x%08X)", got)
                    + " in bytes 0–3 is not that of " + what + "; expected " + magic
                    + String.format(" (0x%08X)", magic));
        }
        int ndims = magic & 0xff;
        int headerBytes = 4 + 4 * ndims;
        if (b.length < headerBytes) {
            throw new DataException(name + " is truncated: it has " + b.length + " bytes, fewer than its "
                    + headerBytes + "-byte header");
        }
        int[] dims = new int[ndims];
        for (int k = 0; k < ndims; k++) {
            dims[k] = readInt(b, 4 + 4 * k);
            if (dims[k] < 0) {
                throw new DataException(name + ": dimension " + k + " of the header is " + dims[k]
                        + "; expected a size ≥ 0");
            }
        }
        return dims;
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }
}
