package org.neuromtj.testbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The short form of {@code soak rtl}: every block opened, run and closed two hundred times in this JVM
 * (whose heap is not fixed, so resident memory goes unjudged; the long form's command fixes it).
 */
class SoakRtlMainTest {

    private static String run(int expectedStatus, String... args) {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertEquals(expectedStatus, new CommandLine(new SoakRtlMain()).execute(args));
        } finally {
            System.setOut(out);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyBlockOpensRunsAndClosesAgainAndAgainWithoutGrowing() {
        String out = run(0, "--opens", "200", "--rounds", "4", "--cycles", "32");
        assertTrue(out.contains("200 opens of each of 6 blocks"), out);
        assertEquals(4, out.lines().filter(l -> l.contains("every run agreed with its model")).count(), out);
        assertTrue(out.contains("held: figures identical in every round"), out);
    }

    @Test
    void badCountsAreRefused() {
        run(2, "--rounds", "1");
        run(2, "--opens", "3", "--rounds", "4");
        run(2, "--cycles", "0");
    }
}
