package org.neuromtj.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.tools.cli.CliRun;

/**
 * {@code neuromtj bench snn} on a few images with Brian2's numpy target (no compilation, so the test stays
 * short): Brian2 gives the software network's answers image by image, and both runs are timed.
 */
class SnnBenchTest {

    @Test
    void brian2GivesTheSoftwareNetworksAnswersAndBothAreTimed(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("bench", "snn", "--images", "12", "--targets", "numpy", "--threads", "2", "--runs", "2", "--work",
                dir.toString(), "--firmware", Firmware.elf("fmnist").toString(), "--model", "fmnist/fmnist-model.json",
                "--npu", "fmnist/fmnist-npu.yaml", "--tile", "fmnist/fmnist-tile.yaml");
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().contains("Brian2 gave the software network's answers on every image; the chip with ideal devices its accuracy"), r.out());
        assertTrue(r.out().contains("2 rounds of one after another"), r.out());
        assertTrue(r.out().matches("(?s).*Brian2, numpy\\s+\\d+\\.\\d+\\s+\\d+\\.\\d+-\\d+\\.\\d+.*"
                + "NeuroMTJ run, default devices\\s+\\d+\\.\\d+\\s+\\d+\\.\\d+-\\d+\\.\\d+.*"), r.out());
        assertTrue(r.out().matches("(?s).*NeuroMTJ, default devices, once started: \\d+\\.\\d+ ms an image \\(the run on 12"
                + " images less the run on the first 1, \\d+\\.\\d+ s, over the 11 between.*"), r.out());
        assertTrue(Files.readString(dir.resolve("log-chip-head.txt")).contains("accuracy "), "the run on the first image");
        List<String> answers = Files.readAllLines(dir.resolve("answers-numpy.txt"));
        assertEquals(12, answers.size());
        // The chip answered too, through its own firmware.
        assertTrue(Files.readString(dir.resolve("log-chip.txt")).contains("accuracy "), "the chip's run printed its accuracy");
    }

    @Test
    void anUnknownTargetOrNoRoundIsRefusedByName(@TempDir Path dir) {
        CliRun r = CliRun.of("bench", "snn", "--targets", "java", "--work", dir.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("--targets: java is not numpy, cython or cpp_standalone"), r.err());
        CliRun none = CliRun.of("bench", "snn", "--runs", "0", "--work", dir.toString());
        assertEquals(2, none.status());
        assertTrue(none.err().contains("--runs must be at least 1, not 0"), none.err());
    }
}
