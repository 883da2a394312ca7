package org.stepsizelab.core.data;

/**
 * Decodes CIFAR-10 binary batches ({@code data_batch_N.bin}): records of 3,073 bytes, one label byte
 * (class 0–9) then 1,024 red, 1,024 green and 1,024 blue bytes, each plane row-major 32×32.
 */
final class CifarFiles {
    private CifarFiles() {}

    static final int PIXELS = 3 * 32 * 32;
    static final int RECORD = 1 + PIXELS;
    static final String[] CLASS_NAMES = {"airplane", "automobile", "bird", "cat", "deer", "dog", "frog",
        "horse", "ship", "truck"};

    static LabeledImages read(String path) {
        return decode(FileBytes.read(path), path);
    }

    static LabeledImages decode(byte[] b, String name) {
        if (b.length == 0) {
            throw new DataException(name + " is empty; expected CIFAR-10 records of 3,073 bytes");
        }
        if (b.length % RECORD != 0) {
            throw new DataException(name + " is truncated: its " + b.length
                    + " bytes are not a whole number of 3,073-byte CIFAR-10 records (record " + b.length / RECORD
                    + ", counting from 0, has only " + b.length % RECORD + " bytes)");
        }
        int count = b.length / RECORD;
        // Repack without the label bytes so every record's pixels are contiguous.
        byte[] pixels = new byte[count * PIXELS];
        int[] labels = new int[count];
        for (int r = 0; r < count; r++) {
            int label = b[r * RECORD] & 0xff;
            if (label > 9) {
                throw new DataException(name + ": record " + r + " (byte " + (long) r * RECORD + ") has label "
                        + label + "; expected a CIFAR-10 class 0–9");
            }
            labels[r] = label;
            System.arraycopy(b, r * RECORD + 1, pixels, r * PIXELS, PIXELS);
        }
        return new LabeledImages(name, "record", count, PIXELS, pixels, 0, labels);
    }
}
