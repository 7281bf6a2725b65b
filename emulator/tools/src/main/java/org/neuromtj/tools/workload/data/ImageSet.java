package org.neuromtj.tools.workload.data;

import java.nio.ByteBuffer;

/**
 * Labelled grey images of one size, one byte a pixel (0–255), as a classification workload uses them:
 * for training, for the software reference, and offered to firmware as IDX files.
 */
public final class ImageSet {
    private final int width;
    private final int height;
    private final int classes;
    private final byte[] pixels;
    private final byte[] labels;

    /**
     * @param width   image width, pixels
     * @param height  image height, pixels
     * @param classes labels run from 0 to {@code classes − 1}
     * @param pixels  every image's pixels, row-major, image after image
     * @param labels  every image's label
     * @throws IllegalArgumentException if the sizes disagree or a label is not a class
     */
    public ImageSet(int width, int height, int classes, byte[] pixels, byte[] labels) {
        if (width < 1 || height < 1 || classes < 1 || pixels.length != (long) width * height * labels.length) {
            throw new IllegalArgumentException(pixels.length + " pixels for " + labels.length + " images of " + width
                    + "×" + height);
        }
        for (int k = 0; k < labels.length; k++) {
            if ((labels[k] & 0xFF) >= classes) {
                throw new IllegalArgumentException("label " + (labels[k] & 0xFF) + " of image " + k + " is not a class 0-"
                        + (classes - 1));
            }
        }
        this.width = width;
        this.height = height;
        this.classes = classes;
        this.pixels = pixels;
        this.labels = labels;
    }

    /** @return image width */
    public int width() {
        return width;
    }

    /** @return image height */
    public int height() {
        return height;
    }

    /** @return pixels per image */
    public int pixels() {
        return width * height;
    }

    /** @return how many classes the labels name */
    public int classes() {
        return classes;
    }

    /** @return how many images */
    public int size() {
        return labels.length;
    }

    /** @return image {@code k}'s label */
    public int label(int k) {
        return labels[k];
    }

    /** @return pixel {@code p} (row-major) of image {@code k}, 0–255 */
    public int pixel(int k, int p) {
        return pixels[k * pixels() + p] & 0xFF;
    }

    /**
     * @param k    an image
     * @param into receives its pixels, 0–255
     */
    public void image(int k, int[] into) {
        int n = pixels();
        for (int p = 0; p < n; p++) {
            into[p] = pixels[k * n + p] & 0xFF;
        }
    }

    /**
     * @param indices images of this set, in the order wanted
     * @return those images as a set of their own
     */
    public ImageSet select(int[] indices) {
        int n = pixels();
        byte[] p = new byte[indices.length * n];
        byte[] l = new byte[indices.length];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(pixels, indices[i] * n, p, i * n, n);
            l[i] = labels[indices[i]];
        }
        return new ImageSet(width, height, classes, p, l);
    }

    /**
     * @param count how many images, from the first
     * @return them as an IDX file of images, as the host offers them to firmware
     */
    public byte[] imagesIdx(int count) {
        ByteBuffer b = ByteBuffer.allocate(16 + checked(count) * pixels());
        b.putInt(0x803).putInt(count).putInt(height).putInt(width).put(pixels, 0, count * pixels());
        return b.array();
    }

    /**
     * @param count how many labels, from the first
     * @return them as an IDX file of labels
     */
    public byte[] labelsIdx(int count) {
        ByteBuffer b = ByteBuffer.allocate(8 + checked(count));
        b.putInt(0x801).putInt(count).put(labels, 0, count);
        return b.array();
    }

    private int checked(int count) {
        if (count < 0 || count > size()) {
            throw new IllegalArgumentException("the set holds " + size() + " images, not " + count);
        }
        return count;
    }
}
