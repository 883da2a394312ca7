package org.stepsizelab.core.data;

/**
 * A decoded image file as it sits on disk: {@code count} records of {@code features} unsigned bytes
 * each (starting at {@code offset} in {@code bytes}) and one class index per record. Immutable once
 * built, so the bundled files can be decoded once and shared between threads.
 *
 * @param source how messages name the file
 * @param recordWord "image" or "record", as messages call one item
 */
record LabeledImages(String source, String recordWord, int count, int features, byte[] bytes, int offset,
        int[] labels) {

    /** Which class indices occur at least once. */
    boolean[] classesPresent() {
        boolean[] present = new boolean[256];
        for (int c : labels) {
            present[c] = true;
        }
        return present;
    }

    /** The chosen records' pixels divided by 255 (so in [0, 1]), row-major. */
    double[] pixels(int[] rows) {
        double[] x = new double[rows.length * features];
        for (int i = 0; i < rows.length; i++) {
            int from = offset + rows[i] * features;
            int to = i * features;
            for (int k = 0; k < features; k++) {
                x[to + k] = (bytes[from + k] & 0xff) / 255.0;
            }
        }
        return x;
    }
}
