package org.neuromtj.tools.workload.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.neuromtj.foundation.random.Seeds;
import org.neuromtj.tools.workload.files.WorkloadFileException;

/**
 * The UCI optical recognition of handwritten digits (Alpaydin and Kaynak, 1998): 1 797 images of 8×8
 * pixels in 17 grey levels (0–16), labels 0–9, as Debian's {@code python3-sklearn} ships them in
 * {@code sklearn/datasets/data/digits.csv.gz}, one image a line (64 pixels, then the label). A pixel of
 * grey level g becomes {@code round(g·255/16)}, so that a network coding 16 levels gives it exactly g
 * spikes.
 *
 * <p>The file has no split: a held-out test set of 450 images (a quarter, as scikit-learn's
 * {@code train_test_split} takes by default) is drawn by a permutation of fixed seed, the rest train.
 */
public final class Digits {
    /** Where Debian's package installs the file. */
    public static final Path DEFAULT_FILE = Path.of("/usr/lib/python3/dist-packages/sklearn/datasets/data/digits.csv.gz");
    /** Image side, pixels. */
    public static final int SIDE = 8;
    /** Classes. */
    public static final int CLASSES = 10;
    /** Images in the file. */
    public static final int IMAGES = 1797;
    /** Images held out for testing. */
    public static final int TEST_IMAGES = 450;
    private static final int GREY_LEVELS = 16;
    /** The split's permutation seed: fixed, so every run and every user tests on the same images. */
    private static final long SPLIT_SEED = 1998;

    private Digits() {
    }

    /** The two parts of the fixed split. */
    public enum Split {
        /** The 1 347 training images. */
        TRAIN,
        /** The 450 held-out test images. */
        TEST
    }

    /**
     * @param file  the CSV file, gzip-compressed or not
     * @param split which part
     * @return its images
     * @throws WorkloadFileException naming the file and the line, if it is missing or malformed
     */
    public static ImageSet load(Path file, Split split) {
        ImageSet all = loadAll(file);
        int[] order = PermutationSampler.natural(all.size());
        PermutationSampler.shuffle(Seeds.generator(SPLIT_SEED, "digits.split"), order);
        int train = all.size() - TEST_IMAGES;
        int[] part = split == Split.TRAIN ? Arrays.copyOf(order, train)
                : Arrays.copyOfRange(order, train, all.size());
        return all.select(part);
    }

    private static ImageSet loadAll(Path file) {
        int pixels = SIDE * SIDE;
        byte[] p = new byte[IMAGES * pixels];
        byte[] l = new byte[IMAGES];
        int n = 0;
        try (var in = Files.newInputStream(file);
             BufferedReader r = new BufferedReader(new InputStreamReader(
                     file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in, StandardCharsets.US_ASCII))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                if (n == IMAGES) {
                    throw new WorkloadFileException(file + ": more than the " + IMAGES + " images of the digits set");
                }
                String[] f = line.split(",");
                if (f.length != pixels + 1) {
                    throw new WorkloadFileException(file + ": line " + (n + 1) + " has " + f.length + " fields, expected "
                            + (pixels + 1) + " (64 pixels and a label)");
                }
                for (int k = 0; k <= pixels; k++) {
                    int v = number(file, n, f[k], k < pixels ? GREY_LEVELS : CLASSES - 1);
                    if (k < pixels) {
                        p[n * pixels + k] = (byte) Math.round(v * 255.0 / GREY_LEVELS);
                    } else {
                        l[n] = (byte) v;
                    }
                }
                n++;
            }
        } catch (NoSuchFileException e) {
            throw new WorkloadFileException(file + ": no such file (Debian's python3-sklearn installs it; ./neuromtj"
                    + " setup does)", e);
        } catch (IOException e) {
            throw new WorkloadFileException(file + ": " + e.getMessage(), e);
        }
        if (n != IMAGES) {
            throw new WorkloadFileException(file + ": " + n + " images, the digits set has " + IMAGES);
        }
        return new ImageSet(SIDE, SIDE, CLASSES, p, l);
    }

    /** A field as an integer 0–max; the file writes them as integers or as floats with a zero fraction. */
    private static int number(Path file, int line, String field, int max) {
        double v;
        try {
            v = Double.parseDouble(field.trim());
        } catch (NumberFormatException e) {
            throw new WorkloadFileException(file + ": line " + (line + 1) + ": '" + field + "' is not a number");
        }
        if (v != Math.rint(v) || v < 0 || v > max) {
            throw new WorkloadFileException(file + ": line " + (line + 1) + ": " + field + " is not an integer 0-" + max);
        }
        return (int) v;
    }
}
