package org.neuromtj.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.tools.cli.Main;

/**
 * {@code neuromtj bench snn} on a few images with Brian2's numpy target (no compilation, so the test stays
 * short): Brian2 gives the software network's answers image by image, and both runs are timed.
 */
class SnnBenchTest {

    private static String[] run(String... args) {
        PrintStream o = System.out;
        PrintStream e = System.err;
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        ByteArrayOutputStream be = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bo, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(be, true, StandardCharsets.UTF_8));
        try {
            int status = Main.execute(args);
            return new String[] {Integer.toString(status), bo.toString(StandardCharsets.UTF_8),
                be.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(o);
            System.setErr(e);
        }
    }

    @Test
    void brian2GivesTheSoftwareNetworksAnswersAndBothAreTimed(@TempDir Path dir) throws Exception {
        String[] r = run("bench", "snn", "--images", "12", "--targets", "numpy", "--threads", "2", "--work",
                dir.toString(), "--firmware", Firmware.elf("fmnist").toString(), "--model", "fmnist/fmnist-model.json",
                "--npu", "fmnist/fmnist-npu.yaml", "--tile", "fmnist/fmnist-tile.yaml");
        assertEquals("0", r[0], r[1] + r[2]);
        assertTrue(r[1].contains("Brian2 gave the software network's answers on every image; the chip with ideal devices its accuracy"), r[1]);
        assertTrue(r[1].matches("(?s).*Brian2, numpy\\s+\\d+\\.\\d+.*NeuroMTJ run, default devices\\s+\\d+\\.\\d+.*"), r[1]);
        List<String> answers = Files.readAllLines(dir.resolve("answers-numpy.txt"));
        assertEquals(12, answers.size());
        // The chip answered too, through its own firmware.
        assertTrue(Files.readString(dir.resolve("log-chip.txt")).contains("accuracy "), "the chip's run printed its accuracy");
    }

    @Test
    void anUnknownTargetIsRefusedByName(@TempDir Path dir) {
        String[] r = run("bench", "snn", "--targets", "java", "--work", dir.toString());
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("--targets: java is not numpy, cython or cpp_standalone"), r[2]);
    }
}
