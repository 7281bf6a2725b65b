package org.neuromtj.tools.workload.data;

import org.neuromtj.tools.workload.files.WorkloadFileException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Fashion-MNIST files load whole, and every kind of broken file is refused naming the file and the fault. */
class FashionMnistTest {

    @Test
    void bothDebianSplitsLoadWithTheirSizesAndLabels() {
        ImageSet train = FashionMnist.load(FashionMnist.DEFAULT_DIRECTORY, FashionMnist.Split.TRAIN);
        ImageSet test = FashionMnist.load(FashionMnist.DEFAULT_DIRECTORY, FashionMnist.Split.TEST);
        assertEquals(60_000, train.size());
        assertEquals(10_000, test.size());
        int[] perClass = new int[FashionMnist.CLASSES];
        for (int k = 0; k < test.size(); k++) {
            perClass[test.label(k)]++;
        }
        for (int c : perClass) {
            assertEquals(1000, c, "the test split holds 1000 images of each class");
        }
        // The first test image is an ankle boot (label 9), as in the dataset's documentation.
        assertEquals(9, test.label(0));
    }

    /** An IDX file: magic, dimensions, then {@code bytes} bytes of 1. */
    private static byte[] idx(int magic, int[] dims, int bytes) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(b);
        out.writeInt(magic);
        for (int d : dims) {
            out.writeInt(d);
        }
        for (int k = 0; k < bytes; k++) {
            out.write(1);
        }
        return b.toByteArray();
    }

    private static void gzip(Path file, byte[] bytes) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(bytes);
        }
    }

    private static String refusal(Path dir) {
        return assertThrows(WorkloadFileException.class, () -> FashionMnist.load(dir, FashionMnist.Split.TEST))
                .getMessage();
    }

    @Test
    void aMissingFileIsNamedWithTheCommandThatInstallsIt(@TempDir Path dir) {
        String m = refusal(dir);
        assertTrue(m.contains("t10k-images-idx3-ubyte") && m.contains("no such file") && m.contains("setup"), m);
    }

    @Test
    void aFileThatIsNotIdxIsRefused(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("t10k-images-idx3-ubyte"), idx(0x12345678, new int[] {1, 28, 28}, 784));
        String m = refusal(dir);
        assertTrue(m.contains("t10k-images-idx3-ubyte: not an IDX file") && m.contains("0x12345678"), m);
    }

    @Test
    void aTruncatedFileSaysHowMuchIsMissing(@TempDir Path dir) throws IOException {
        gzip(dir.resolve("t10k-images-idx3-ubyte.gz"), idx(0x803, new int[] {2, 28, 28}, 1000));
        String m = refusal(dir);
        assertTrue(m.contains("t10k-images-idx3-ubyte.gz: truncated") && m.contains("1568") && m.contains("1000"), m);
    }

    @Test
    void extraBytesAreRefused(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("t10k-images-idx3-ubyte"), idx(0x803, new int[] {1, 28, 28}, 785));
        assertTrue(refusal(dir).contains("more bytes than the header"));
    }

    @Test
    void corruptGzipIsRefused(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(b)) {
            out.write(idx(0x803, new int[] {1, 28, 28}, 784));
        }
        byte[] bytes = b.toByteArray();
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(dir.resolve("t10k-images-idx3-ubyte.gz"), bytes);
        String m = refusal(dir);
        assertTrue(m.startsWith(dir.resolve("t10k-images-idx3-ubyte.gz").toString()), m);
    }

    @Test
    void imagesOfAnotherSizeAndLabelsThatDisagreeAreRefused(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("t10k-images-idx3-ubyte"), idx(0x803, new int[] {1, 32, 32}, 1024));
        assertTrue(refusal(dir).contains("images are 32×32, expected 28×28"));
        Files.write(dir.resolve("t10k-images-idx3-ubyte"), idx(0x803, new int[] {2, 28, 28}, 2 * 784));
        Files.write(dir.resolve("t10k-labels-idx1-ubyte"), idx(0x801, new int[] {3}, 3));
        assertTrue(refusal(dir).contains("3 labels for the 2 images"));
        Files.write(dir.resolve("t10k-labels-idx1-ubyte"), new byte[] {0, 0, 8, 1, 0, 0, 0, 2, 4, 10});
        assertTrue(refusal(dir).contains("label 10 of image 1 is not a class 0-9"));
    }
}
