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
 * The snn-patterns sample traced: instructions with the registers they wrote, device accesses by
 * register and field name, the NPU's events, the model's waveforms, all within the window asked for.
 */
class TracesTest {

    private static int run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            return Main.execute(args);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static long cycleOf(String line) {
        return Long.parseLong(line.strip().split("\\s+")[0]);
    }

    @Test
    void everyTraceAndTheWaveformsOfARun(@TempDir Path dir) throws Exception {
        assertEquals(0, run("run", "--trace", "insn,bus,npu", "--trace-out", dir.toString(), "--vcd",
                dir.resolve("model.vcd").toString(), Firmware.elf("snn-patterns").toString()));
        List<String> insn = Files.readAllLines(dir.resolve("insn.trace"));
        assertTrue(insn.get(0).matches("\\s+0 80000000: [0-9a-f]{8}  \\S.*"), insn.get(0));
        assertTrue(insn.stream().anyMatch(l -> l.matches(".* a0=0x[0-9a-f]{8}")), "registers written are shown");
        List<String> bus = Files.readAllLines(dir.resolve("bus.trace"));
        assertTrue(bus.stream().anyMatch(l -> l.contains(" W 40000030 NPU.IN_SPIKE") && l.contains("ROW=0x")
                && l.contains("TILE=0x0")), "spikes written by name and field");
        assertTrue(bus.stream().anyMatch(l -> l.contains(" R ") && l.contains("NPU.OUT_SPIKE")), "and read");
        List<String> npu = Files.readAllLines(dir.resolve("npu.trace"));
        for (String kind : List.of("spike ", "inject ", "hop ", "deliver ", "tdc ", "sot-pulse ", "timestep ")) {
            assertTrue(npu.stream().anyMatch(l -> l.contains(" " + kind)), "the NPU trace has " + kind.strip());
        }
        String vcd = Files.readString(dir.resolve("model.vcd"));
        assertTrue(vcd.contains("$var wire 8 ") && vcd.contains(" fifo_east $end") && vcd.contains(" membrane0 $end")
                && vcd.contains(" tdc_conversions $end") && vcd.contains(" tdc_code0 $end")
                && vcd.contains("$enddefinitions $end"), vcd.substring(0, 400));
        long last = -1;
        int times = 0;
        for (String l : vcd.lines().filter(l -> l.startsWith("#")).toList()) {
            long t = Long.parseLong(l.substring(1));
            assertTrue(t >= last, "time never goes back: " + t + " after " + last);
            last = t;
            times++;
        }
        assertTrue(times > 10, "many instants: " + times);
    }

    @Test
    void aWindowKeepsOnlyItsCycles(@TempDir Path dir) throws Exception {
        assertEquals(0, run("run", "--trace", "insn,bus,npu", "--trace-out", dir.toString(), "--trace-window",
                "20000:30000", Firmware.elf("snn-patterns").toString()));
        for (String kind : List.of("insn", "bus", "npu")) {
            List<String> lines = Files.readAllLines(dir.resolve(kind + ".trace"));
            assertTrue(!lines.isEmpty(), kind + " has lines in the window");
            for (String l : lines) {
                long c = cycleOf(l);
                assertTrue(c >= 20000 && c < 30000, kind + ": " + l);
            }
        }
        assertEquals(2, run("run", "--trace-window", "30:20", Firmware.elf("snn-patterns").toString()));
    }
}
