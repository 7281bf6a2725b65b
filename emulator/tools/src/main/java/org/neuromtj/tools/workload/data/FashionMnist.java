package org.neuromtj.tools.workload.data;

import java.nio.file.Files;
import java.nio.file.Path;
import org.neuromtj.tools.workload.files.WorkloadFileException;

/**
 * A split of Fashion-MNIST: 28×28 grey images, one byte a pixel, each with a label 0–9 (T-shirt,
 * trouser, pullover, dress, coat, sandal, shirt, sneaker, bag, ankle boot). Read from the IDX files of
 * Debian's {@code dataset-fashion-mnist}.
 */
public final class FashionMnist {
    /** Where Debian's package installs the files. */
    public static final Path DEFAULT_DIRECTORY = Path.of("/usr/share/datasets/fashion-mnist");
    /** Image side, pixels. */
    public static final int SIDE = 28;
    /** Pixels per image. */
    public static final int PIXELS = SIDE * SIDE;
    /** Classes. */
    public static final int CLASSES = 10;
    /** The class names, by label. */
    public static final String[] NAMES = {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt",
        "Sneaker", "Bag", "Ankle boot"};

    /** The two splits and their files' stems. */
    public enum Split {
        /** The 60 000 training images. */
        TRAIN("train"),
        /** The 10 000 test images. */
        TEST("t10k");

        private final String stem;

        Split(String stem) {
            this.stem = stem;
        }
    }

    private FashionMnist() {
    }

    /**
     * @param directory where the IDX files are (gzip-compressed or not)
     * @param split     which split
     * @return the split's images and labels
     * @throws WorkloadFileException naming the file, if one is missing or corrupt, or images and labels disagree
     */
    public static ImageSet load(Path directory, Split split) {
        Idx images = Idx.read(file(directory, split.stem + "-images-idx3-ubyte"), 3);
        int[] d = images.dimensions();
        if (d[1] != SIDE || d[2] != SIDE) {
            throw new WorkloadFileException(images.file() + ": images are " + d[1] + "×" + d[2] + ", expected " + SIDE + "×"
                    + SIDE);
        }
        Idx labels = Idx.read(file(directory, split.stem + "-labels-idx1-ubyte"), 1);
        if (labels.dimensions()[0] != d[0]) {
            throw new WorkloadFileException(labels.file() + ": " + labels.dimensions()[0] + " labels for the "
                    + d[0] + " images of " + images.file());
        }
        byte[] l = labels.data();
        for (int k = 0; k < l.length; k++) {
            if ((l[k] & 0xFF) >= CLASSES) {
                throw new WorkloadFileException(labels.file() + ": label " + (l[k] & 0xFF) + " of image " + k
                        + " is not a class 0-" + (CLASSES - 1));
            }
        }
        return new ImageSet(SIDE, SIDE, CLASSES, images.data(), l);
    }

    /** The file, compressed if that is what is there. */
    private static Path file(Path directory, String name) {
        Path plain = directory.resolve(name);
        Path gz = directory.resolve(name + ".gz");
        return Files.exists(plain) || !Files.exists(gz) ? plain : gz;
    }
}
