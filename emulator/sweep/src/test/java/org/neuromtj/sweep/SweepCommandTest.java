package org.neuromtj.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: a bad spec or folder is one clear line and exit status 2. */
class SweepCommandTest {
    @TempDir
    Path dir;

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = SweepCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(status), out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void aMissingSpecOrAFileForAFolderIsOneLineAndStatusTwo() throws Exception {
        Path missing = dir.resolve("missing.yaml");
        String[] r = run(missing.toString());
        assertEquals("2", r[0]);
        assertEquals("neuromtj sweep: " + missing + ": no such sweep spec", r[2].strip());
        Path spec = dir.resolve("s.yaml");
        Files.writeString(spec, """
                version: 1
                name: s
                workload: {kind: fmnist, images: 2, shard: 2}
                seed: 1
                design: grid
                parameters:
                  - {path: tile.tdc.bits, values: [10]}
                """);
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        r = run(spec.toString(), "--out", file.toString());
        assertEquals("2", r[0], r[1] + r[2]);
        assertTrue(r[2].contains(file + " is a file, not a folder for the sweep's results"), r[2]);
        assertEquals("x", Files.readString(file), "nothing overwritten");
    }

    @Test
    void helpNamesTheOptions() {
        String[] r = run("--help");
        assertEquals("0", r[0]);
        assertTrue(r[1].contains("--master") && r[1].contains("--out"), r[1]);
    }
}
