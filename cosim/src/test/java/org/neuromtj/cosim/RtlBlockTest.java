package org.neuromtj.cosim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.cosim.lif.LifPorts;

/** Binding, bad input and teardown of RTL blocks. */
class RtlBlockTest {

    private static List<Signal> replaced(List<Signal> signals, String name, Signal with) {
        List<Signal> out = new ArrayList<>(signals);
        out.replaceAll(s -> s.name().equals(name) ? with : s);
        return out;
    }

    @Test
    void aSignalOfAnotherWidthIsRefusedAtBindTime() {
        RtlException e = assertThrows(RtlException.class, () -> RtlBlock.open("lif",
                replaced(LifPorts.INPUTS, "in_neuron", new Signal("in_neuron", 9)), LifPorts.OUTPUTS));
        assertEquals("block lif: input in_neuron is 9 bits in the model but 8 in the RTL", e.getMessage());
    }

    @Test
    void aSignalNameTheRtlDoesNotHaveIsRefusedAtBindTime() {
        RtlException e = assertThrows(RtlException.class, () -> RtlBlock.open("lif", LifPorts.INPUTS,
                replaced(LifPorts.OUTPUTS, "out_fired", new Signal("out_spike", 1))));
        assertTrue(e.getMessage().startsWith("block lif: output 2 is out_spike in the model but out_fired in the RTL"),
                e.getMessage());
    }

    @Test
    void aMissingSignalOrAnExtraOneIsRefused() {
        RtlException missing = assertThrows(RtlException.class,
                () -> RtlBlock.open("lif", LifPorts.INPUTS.subList(0, 12), LifPorts.OUTPUTS));
        assertEquals("block lif: the RTL has input in_current that the model does not drive", missing.getMessage());
    }

    @Test
    void anUnknownBlockIsNamedWithTheOnesTheLibraryHas() {
        RtlException e = assertThrows(RtlException.class, () -> RtlBlock.open("lfi", LifPorts.INPUTS, LifPorts.OUTPUTS));
        assertTrue(e.getMessage().startsWith("no block named lfi in this library (it has lif,"), e.getMessage());
    }

    @Test
    void aMissingLibraryNamesTheBlockAndTheBuildCommand() {
        RtlException e = assertThrows(RtlException.class,
                () -> RtlLibrary.requireBuilt("router", Path.of("/nonexistent/libnmtj_rtl.so")));
        assertEquals("block router: RTL library /nonexistent/libnmtj_rtl.so is missing; build it with: "
                + RtlLibrary.BUILD_COMMAND, e.getMessage());
    }

    @Test
    void aSourceChangeMakesTheLibraryStale(@TempDir Path dir) throws IOException {
        Path rtl = Path.of(System.getProperty("neuromtj.rtl.sources"));
        try (Stream<Path> files = Files.walk(rtl)) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> !rtl.relativize(p).startsWith("target")).toList()) {
                Path copy = dir.resolve(rtl.relativize(p).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(p, copy);
            }
        }
        String before = RtlLibrary.digest(dir);
        assertEquals(RtlLibrary.digest(rtl), before, "a copy has the same digest");
        Files.writeString(dir.resolve("lif/lif_array.sv"), "\n// edited\n", java.nio.file.StandardOpenOption.APPEND);
        String after = RtlLibrary.digest(dir);
        assertNotEquals(before, after);
        RtlException e = assertThrows(RtlException.class,
                () -> RtlLibrary.requireCurrent("lif", Path.of("lib.so"), before, after));
        assertTrue(e.getMessage().startsWith("block lif: RTL library lib.so is stale"), e.getMessage());
    }

    @Test
    void aFatalErrorInsideTheRtlIsAnExceptionNamingTheBlockNotACrash() {
        int ni = LifPorts.INPUTS.size();
        int[] in = new int[2 * ni];
        in[0] = 1;
        in[2] = 16;
        in[ni + 8] = 1; // threshold_we with threshold_in 0, which the RTL's assertion forbids
        try (RtlBlock b = RtlBlock.open("lif", LifPorts.INPUTS, LifPorts.OUTPUTS)) {
            RtlException e = assertThrows(RtlException.class, () -> b.run(2, in, new int[2 * LifPorts.OUTPUTS.size()]));
            assertTrue(e.getMessage().startsWith("block lif: run: Verilog $stop at lif/lif_array.sv:"), e.getMessage());
        }
        try (RtlBlock again = RtlBlock.open("lif", LifPorts.INPUTS, LifPorts.OUTPUTS)) {
            assertEquals("lif", again.name(), "the library is still usable");
        }
    }

    @Test
    void aCrashInsideNativeCodeFailsTheCallNamingTheBlockAndTheJvmGoesOn() {
        RtlLibrary.bind("lif");
        Pointer handle = RtlLibrary.nmtj_open("lif");
        try (Memory response = new Memory(64L * LifPorts.OUTPUTS.size() * Integer.BYTES)) {
            // A stimulus buffer at an address no process maps: the bridge faults reading it.
            assertEquals(-1, RtlLibrary.nmtj_run(handle, 4, new Pointer(16), response));
            assertEquals("block lif: run: native crash (Segmentation fault) inside the block",
                    RtlLibrary.nmtj_last_error());
            assertEquals(-1, RtlLibrary.nmtj_run(handle, 4, new Pointer(16), response));
            assertTrue(RtlLibrary.nmtj_last_error().contains("crashed earlier"), RtlLibrary.nmtj_last_error());
        } finally {
            RtlLibrary.nmtj_close(handle);
        }
        // Faults the JVM raises on purpose (null checks in compiled code) still reach the JVM.
        int caught = 0;
        for (int i = 0; i < 200_000; i++) {
            try {
                caught += length(i % 2 == 0 ? null : "x");
            } catch (NullPointerException e) {
                caught++;
            }
        }
        assertEquals(200_000, caught);
        try (RtlBlock fresh = RtlBlock.open("lif", LifPorts.INPUTS, LifPorts.OUTPUTS)) {
            int[] in = new int[LifPorts.INPUTS.size()];
            in[0] = 1;
            in[2] = 16;
            fresh.run(1, in, new int[LifPorts.OUTPUTS.size()]);
        }
    }

    private static int length(String s) {
        return s.length();
    }

    @Test
    void aThousandBlocksOpenedAndClosedLeaveMemoryFlat() throws IOException {
        int[] in = new int[100 * LifPorts.INPUTS.size()];
        int[] out = new int[100 * LifPorts.OUTPUTS.size()];
        in[0] = 1;
        in[2] = 16;
        cycleBlocks(300, in, out);
        long before = residentKb();
        cycleBlocks(1000, in, out);
        long grown = residentKb() - before;
        // A block holds about 45 kB of model and 600 kB of buffers, so 1000 leaked would add 45 to 650 MB;
        // the JVM's own compiling and heap growth stay within a few MB.
        assertTrue(grown < 16 * 1024, "resident memory grew by " + grown + " kB over 1000 blocks");
    }

    private static void cycleBlocks(int times, int[] in, int[] out) {
        for (int i = 0; i < times; i++) {
            try (RtlBlock b = RtlBlock.open("lif", LifPorts.INPUTS, LifPorts.OUTPUTS)) {
                b.run(100, in, out);
            }
        }
    }

    private static long residentKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IllegalStateException("no VmRSS in /proc/self/status");
    }
}
