package org.neuromtj.firmware;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.tools.cli.CliRun;

/**
 * The same command with the same seed writes byte-identical reports and traces: run twice, and run on from a
 * snapshot taken half-way, whose report and trace are the uninterrupted run's.
 */
class DeterminismTest {
    @TempDir
    Path dir;

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    private static void sameFiles(Path a, Path b) throws IOException {
        List<Path> left = files(a);
        assertFalse(left.isEmpty(), "something was written to " + a);
        assertEquals(left.stream().map(Path::getFileName).toList(), files(b).stream().map(Path::getFileName).toList());
        for (Path f : left) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(f.getFileName())), f.toString());
        }
    }

    private CliRun run(String name, String... more) {
        String elf = Firmware.elf("irq-spikes").toString();
        String[] args = Stream.concat(Stream.of("run", "--trace=bus,npu", "--trace-out", dir.resolve(name + "-trace")
                .toString(), "--report", dir.resolve(name + "-report").toString()), Stream.concat(Stream.of(more),
                Stream.of(elf))).toArray(String[]::new);
        CliRun r = CliRun.of(args);
        assertEquals(0, r.status(), r.err());
        return r;
    }

    @Test
    void aRunWritesTheSameReportAndTracesTwiceAndFromASnapshotTakenHalfWay() throws IOException {
        CliRun first = run("first");
        run("second");
        sameFiles(dir.resolve("first-trace"), dir.resolve("second-trace"));
        sameFiles(dir.resolve("first-report"), dir.resolve("second-report"));

        Matcher m = Pattern.compile("exit 0, (\\d+) cycles").matcher(first.err());
        assertTrue(m.find(), first.err());
        long half = Long.parseLong(m.group(1)) / 2;
        Path snapshot = dir.resolve("half.snapshot");
        CliRun snap = CliRun.of("run", "--snapshot", snapshot.toString(), "--snapshot-at", Long.toString(half),
                Firmware.elf("irq-spikes").toString());
        assertEquals(0, snap.status(), snap.err());
        run("restored", "--restore", snapshot.toString());
        sameFiles(dir.resolve("first-report"), dir.resolve("restored-report"));
        for (String kind : List.of("bus", "npu")) {
            List<String> after = Files.readAllLines(dir.resolve("first-trace").resolve(kind + ".trace")).stream()
                    .filter(l -> Long.parseLong(l.strip().split("\\s+")[0]) >= half).toList();
            assertEquals(after, Files.readAllLines(dir.resolve("restored-trace").resolve(kind + ".trace")),
                    kind + " trace from the snapshot on");
        }
    }

    @Test
    void aReproductionWritesTheSameReportTwice() throws IOException {
        for (String name : List.of("a", "b")) {
            CliRun r = CliRun.of("reproduce", "multilevel", "--quick", "--out", dir.resolve(name).toString());
            assertEquals(0, r.status(), r.err());
        }
        sameFiles(dir.resolve("a"), dir.resolve("b"));
    }
}
