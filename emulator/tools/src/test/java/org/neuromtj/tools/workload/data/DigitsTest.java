package org.neuromtj.tools.workload.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.tools.workload.files.WorkloadFileException;

/** The UCI digits from Debian's python3-sklearn: a fixed split, grey levels as pixels, bad files refused by line. */
class DigitsTest {

    @Test
    void theSplitHoldsEveryImageOnceAndIsTheSameEachTime() {
        ImageSet train = Digits.load(Digits.DEFAULT_FILE, Digits.Split.TRAIN);
        ImageSet test = Digits.load(Digits.DEFAULT_FILE, Digits.Split.TEST);
        assertEquals(1347, train.size());
        assertEquals(450, test.size());
        assertEquals(64, test.pixels());
        Set<String> images = new HashSet<>();
        int[] perClass = new int[10];
        for (ImageSet s : new ImageSet[] {train, test}) {
            int[] p = new int[64];
            for (int k = 0; k < s.size(); k++) {
                s.image(k, p);
                images.add(java.util.Arrays.toString(p) + s.label(k));
                perClass[s.label(k)]++;
                for (int v : p) {
                    assertEquals(0, Math.round(v * 16 / 255.0 * 255 / 16) - v, "a pixel is a grey level of 16 scaled");
                }
            }
        }
        assertTrue(images.size() > 1780, "the images are (almost all) distinct: " + images.size());
        for (int c : perClass) {
            assertTrue(c > 170 && c < 190, "about 180 of each digit");
        }
        ImageSet again = Digits.load(Digits.DEFAULT_FILE, Digits.Split.TEST);
        assertArrayEquals(test.imagesIdx(450), again.imagesIdx(450));
    }

    @Test
    void badFilesAreRefusedNamingTheLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("digits.csv");
        String good = "0,".repeat(64) + "3\n";
        Files.writeString(file, good + "0,".repeat(63) + "3\n");
        assertEquals(file + ": line 2 has 64 fields, expected 65 (64 pixels and a label)", message(file));
        Files.writeString(file, good + "0,".repeat(63) + "17,3\n");
        assertEquals(file + ": line 2: 17 is not an integer 0-16", message(file));
        Files.writeString(file, good + "0,".repeat(64) + "x\n");
        assertEquals(file + ": line 2: 'x' is not a number", message(file));
        Files.writeString(file, good);
        assertEquals(file + ": 1 images, the digits set has 1797", message(file));
        assertTrue(message(dir.resolve("none.csv.gz")).endsWith("no such file (Debian's python3-sklearn installs it;"
                + " ./neuromtj setup does)"));
    }

    private static String message(Path file) {
        return assertThrows(WorkloadFileException.class, () -> Digits.load(file, Digits.Split.TEST)).getMessage();
    }
}
