package org.neuromtj.testbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyMainTest {

    private record Run(int status, String out, String err) {
    }

    private static Run verify(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            return new Run(VerifyMain.execute(args), o.toString(StandardCharsets.UTF_8),
                    e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void aSeedRunPrintsTheBlockLineAndWritesBothReports(@TempDir Path dir) throws Exception {
        Run r = verify("lif", "--seed", "2", "--report", dir.toString());
        // One seed alone need not close the goal; the block fails then, naming its holes.
        boolean holes = r.out().contains("  hole: ");
        assertEquals(holes ? 1 : 0, r.status(), r.out() + r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("lif\\s+1\\s+1\\s+300000\\s+\\d+/\\d+\\s+"
                + (holes ? "FAIL" : "") + "\\s+-\\s+.*s")), r.out());
        String json = Files.readString(dir.resolve("verify.json"));
        assertTrue(json.contains("\"block\" : \"lif\"") && json.contains("\"seeds\" : [ 2 ]"), json);
        assertTrue(Files.readString(dir.resolve("verify.html")).contains("<h2>lif</h2>"));
    }

    @Test
    void anUnknownBlockIsRefusedNamingTheBlocksThatHaveTestbenches(@TempDir Path dir) {
        Run r = verify("crossbar", "--report", dir.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("no testbench for block 'crossbar' (blocks: lif"), r.err());
    }

    @Test
    void zeroSeedsIsRefused(@TempDir Path dir) {
        Run r = verify("--seeds", "0", "--report", dir.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("--seeds must be at least 1, not 0"), r.err());
    }
}
