package org.neuromtj.firmware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuromtj.chip.Machine;
import org.neuromtj.chip.sim.RunResult;
import org.neuromtj.tools.debug.Debugger;
import org.neuromtj.tools.debug.GdbServer;

/**
 * Debian's gdb-multiarch, in batch mode, against the stub with the timer-irq sample: a breakpoint in
 * main, registers and memory, a watchpoint on the tick counter that the interrupt handler trips, a CSR,
 * a single step, monitor commands; after it detaches the firmware runs on to its own end.
 */
class GdbMultiarchTest {

    @Test
    void gdbDebugsASampleThroughTheStub(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream uart = new ByteArrayOutputStream();
        Machine machine = new Machine(uart, 1);
        machine.load(Firmware.image("timer-irq"));
        Debugger debugger = new Debugger(machine, Firmware.MAX_CYCLES);
        try (GdbServer server = new GdbServer(debugger)) {
            int port = server.start(InetAddress.getLoopbackAddress(), 0);
            Path script = Files.writeString(dir.resolve("session.gdb"), String.join("\n",
                    "set architecture riscv:rv32",
                    "set confirm off",
                    "target remote 127.0.0.1:" + port,
                    "break main",
                    "continue",
                    "printf \"PC=%x MAIN=%x\\n\", $pc, &main",
                    "printf \"WORD=%x\\n\", *(unsigned int *)main",
                    "watch ticks",
                    "continue",
                    "printf \"TICKS=%d\\n\", ticks",
                    "printf \"MCAUSE=%x\\n\", $mcause",
                    "printf \"BEFORE=%x\\n\", $pc",
                    "stepi",
                    "printf \"AFTER=%x\\n\", $pc",
                    "delete",
                    "monitor cycles",
                    "detach", ""));
            Process gdb = new ProcessBuilder("gdb-multiarch", "-nx", "-batch", "-x", script.toString(),
                    Firmware.elf("timer-irq").toString()).redirectErrorStream(true).start();
            gdb.getOutputStream().close();
            String out = new String(gdb.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(gdb.waitFor(2, TimeUnit.MINUTES), out);
            assertEquals(GdbServer.Ending.DETACHED, server.ending().get(1, TimeUnit.MINUTES), out);

            assertTrue(out.contains("Breakpoint 1, main ()"), out);
            Matcher pc = Pattern.compile("PC=([0-9a-f]+) MAIN=([0-9a-f]+)").matcher(out);
            assertTrue(pc.find(), out);
            assertEquals(pc.group(2), pc.group(1), "stopped at main");
            int main = Integer.parseUnsignedInt(pc.group(2), 16);
            byte[] code = machine.ram().read(main, 4);
            int word = (code[0] & 0xFF) | (code[1] & 0xFF) << 8 | (code[2] & 0xFF) << 16 | code[3] << 24;
            assertTrue(out.contains("WORD=" + Integer.toHexString(word)), "memory as loaded: " + out);
            assertTrue(out.contains("Old value = 0") && out.contains("New value = 1"), out);
            assertTrue(out.contains("TICKS=1"), out);
            assertTrue(out.contains("MCAUSE=80000007"), "the machine timer interrupt: " + out);
            Matcher step = Pattern.compile("BEFORE=([0-9a-f]+)[\\s\\S]*AFTER=([0-9a-f]+)").matcher(out);
            assertTrue(step.find(), out);
            assertEquals(Long.parseLong(step.group(1), 16) + 4, Long.parseLong(step.group(2), 16), "one instruction");
            assertTrue(out.contains("instructions retired, pc 0x" + step.group(2)), out);
            assertTrue(out.contains("[Inferior 1 (Remote target) detached]"), out);
        }
        RunResult end = machine.run(Firmware.MAX_CYCLES);
        assertEquals(0, end.exitStatus(), uart.toString(StandardCharsets.UTF_8));
        assertTrue(uart.toString(StandardCharsets.UTF_8).contains("timer-irq: 10 ticks"));
    }
}
