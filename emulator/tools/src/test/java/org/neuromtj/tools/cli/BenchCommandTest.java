package org.neuromtj.tools.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad options of {@code neuromtj bench} end with status 2 and one line, before any benchmark runs; help
 * texts render as written.
 */
class BenchCommandTest {

    @ParameterizedTest
    @CsvSource({"tile, --seconds, 0, '--seconds must be positive, not 0'",
        "npu, --seconds, -1, '--seconds must be positive, not -1'",
        "core, --runs, 0, '--runs must be positive, not 0'",
        "snn, --images, 0, '--images must be 1-10000, not 0'",
        "snn, --threads, 0, '--threads must be at least 1, not 0'"})
    void nonPositiveRepetitionsAreRejected(String bench, String option, String value, String message) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertEquals(UsageFailure.BAD_INPUT, Main.execute("bench", bench, option, value));
        } finally {
            System.setErr(original);
        }
        assertEquals("neuromtj: " + message, err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void npuHelpFormatsWithoutAWarning() {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        String usage;
        try {
            usage = new picocli.CommandLine(new NpuBench()).getUsageMessage();
        } finally {
            System.setErr(original);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8), "picocli could not format the description");
        assertTrue(usage.replaceAll("\\s+", " ").contains("5% and 20% input spike density"), usage);
    }
}
