package org.stepsizelab.core.dataview;

/**
 * How a feature vector of length d is an image: {@code width × height} pixels of {@code channels}
 * planes, each plane row-major, the planes one after another (CIFAR-10's layout: 1,024 red, then
 * green, then blue). MNIST and Fashion-MNIST (and IDX files of 28×28) are 28×28×1, CIFAR 32×32×3;
 * any square grey (d = s²) or square RGB image (d = 3s²) of at least 8×8 is recognised.
 */
public record ImageShape(int width, int height, int channels) {

    public ImageShape {
        if (width < 1 || height < 1 || (channels != 1 && channels != 3)) {
            throw new IllegalArgumentException("an image is at least 1×1 with 1 or 3 channels");
        }
    }

    /** The image shape of features of length d, or null when d is no image. */
    public static ImageShape of(int d) {
        int s = side(d);
        if (s >= 8) {
            return new ImageShape(s, s, 1);
        }
        if (d % 3 == 0) {
            int c = side(d / 3);
            if (c >= 8) {
                return new ImageShape(c, c, 3);
            }
        }
        return null;
    }

    /** s with s² = n, or −1. */
    private static int side(int n) {
        int s = (int) Math.round(Math.sqrt(n));
        return s * s == n ? s : -1;
    }

    /** Pixels per plane. */
    public int plane() {
        return width * height;
    }

    /** Features of one image: width · height · channels. */
    public int features() {
        return plane() * channels;
    }

    @Override
    public String toString() {
        return width + "×" + height + (channels == 3 ? "×3" : "");
    }
}
