package org.neuromtj.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.tools.workload.net.ModelFile;

/** {@code neuromtj train}: a small run writes a model file that reads back; bad settings and data are refused. */
class TrainCommandTest {
    @TempDir
    Path dir;

    private static CliRun train(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "train";
        System.arraycopy(args, 0, all, 1, args.length);
        return CliRun.of(all);
    }

    @Test
    void aSmallRunWritesAModelWithItsSettingsAndAccuracy() {
        Path file = dir.resolve("small.json");
        CliRun r = train("--hidden", "16", "--epochs", "1", "--images", "3000", "--test-images", "500", "--seed", "4",
                "--out", file.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("epoch   1/1") && r.out().contains("software accuracy (spiking, 500 test images)"),
                r.out());
        ModelFile.Model m = ModelFile.read(file);
        assertEquals(16, m.network().hidden());
        assertEquals(4, m.settings().seed());
        assertEquals(500, m.tested());
        assertTrue(r.out().contains(String.format(java.util.Locale.ROOT, "%.2f %%", 100 * m.accuracy())), r.out());
    }

    @Test
    void badSettingsAndAMissingDatasetAreRefusedWithStatus2() {
        CliRun r = train("--hidden", "0", "--out", dir.resolve("x.json").toString());
        assertEquals(UsageFailure.BAD_INPUT, r.status());
        assertEquals("neuromtj: hidden must be 1-4096, not 0", r.err().strip());
        r = train("--data", dir.toString(), "--out", dir.resolve("x.json").toString());
        assertEquals(UsageFailure.BAD_INPUT, r.status());
        assertTrue(r.err().startsWith("neuromtj: " + dir.resolve("train-images-idx3-ubyte") + ": no such file"),
                r.err());
    }
}
