package org.neuromtj.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.neuromtj.tools.cli.Main;

/**
 * The short forms of {@code neuromtj soak}, each in its own JVM with the fixed, pre-touched heap the
 * command runs in, so that resident memory is judged as in the long form: the Fashion-MNIST chip run
 * three times, and the GDB stub through a hundred sessions.
 */
class SoakTest {

    private static String soak(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms768m", "-Xmx768m", "-XX:+AlwaysPreTouch", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "soak"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the soak did not end");
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("held: figures identical in every round, footprint flat after the first"), out);
        assertTrue(!out.contains("resident memory not judged"), out);
        return out;
    }

    @Test
    void theFashionMnistRunRepeatsItselfPassAfterPassWithoutGrowing() throws Exception {
        String out = soak("fmnist", "--images", "60", "--passes", "3", "--firmware", Firmware.elf("fmnist").toString(),
                "--model", "fmnist/fmnist-model.json", "--npu", "fmnist/fmnist-npu.yaml", "--tile", "fmnist/fmnist-tile.yaml");
        List<String> passes = out.lines().filter(l -> l.trim().startsWith("pass ")).collect(Collectors.toList());
        assertEquals(3, passes.size(), out);
        Set<String> figures = passes.stream().map(l -> l.substring(l.indexOf("accuracy"))).collect(Collectors.toSet());
        assertEquals(1, figures.size(), out);
    }

    @Test
    void theGdbStubServesSessionAfterSessionWithoutGrowing() throws Exception {
        String out = soak("gdb", "--sessions", "100", "--rounds", "4", Firmware.elf("hello").toString());
        assertEquals(4, out.lines().filter(l -> l.contains("each session answered as the first")).count(), out);
    }
}
