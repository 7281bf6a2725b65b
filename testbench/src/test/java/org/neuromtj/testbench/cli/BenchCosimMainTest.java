package org.neuromtj.testbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code bench cosim} runs both sides and refuses non-positive counts. */
class BenchCosimMainTest {

    private static String run(int expectedStatus, String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(expectedStatus, new CommandLine(new BenchCosimMain()).execute(args));
        } finally {
            System.setOut(out);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void bothSidesRunTheSameStimulusAndTheRatioIsPrinted() {
        String out = run(0, "--cycles", "20000", "--repeats", "1");
        assertTrue(out.contains("through the JNA bridge") && out.contains("native C++ harness")
                && out.contains("bridge / native"), out);
    }

    @Test
    void nonPositiveCountsAreRefused() {
        run(2, "--cycles", "0");
        run(2, "--repeats", "-1");
    }
}
