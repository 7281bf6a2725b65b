package org.neuromtj.tools.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neuromtj.isa.core.Csr;

/** The remote protocol's packets against a small program: registers, memory, breakpoints, watchpoints, steps. */
class GdbSessionTest {
    private Debugger debugger;
    private GdbSession session;

    @BeforeEach
    void boot() throws Exception {
        debugger = new Debugger(TestTarget.machine(), 1L << 30);
        session = new GdbSession(debugger);
    }

    private String reply(String packet) {
        return assertInstanceOf(GdbSession.Response.Reply.class, session.handle(packet)).payload();
    }

    /** Sends a resume packet and runs it as the server does; returns the stop reply. */
    private String resume(String packet) {
        GdbSession.Response.Resume r = assertInstanceOf(GdbSession.Response.Resume.class, session.handle(packet));
        return session.stopReply(debugger.resume(r.step(), () -> false));
    }

    private static String le(int v) {
        return String.format("%02x%02x%02x%02x", v & 0xFF, v >>> 8 & 0xFF, v >>> 16 & 0xFF, v >>> 24);
    }

    @Test
    void aBreakpointStopsBeforeItsInstructionAndAStepExecutesOne() {
        assertEquals("OK", reply("Z0," + Integer.toHexString(TestTarget.BRANCH) + ",4"));
        assertEquals("T05swbreak:;", resume("c"));
        assertEquals(le(TestTarget.BRANCH), reply("p20"));
        assertEquals(le(4), reply("p1"), "x1 was counted down once");
        assertEquals(33 * 8, reply("g").length());
        assertEquals("S05", resume("s"));
        assertEquals(le(TestTarget.LOOP), reply("p20"), "the branch was taken");
        assertEquals("T05swbreak:;", resume("vCont;c"), "the next lap stops again");
        assertEquals("OK", reply("z0," + Integer.toHexString(TestTarget.BRANCH) + ",4"));
        assertEquals("W00", resume("c"), "the program exits");
        assertEquals("W00", resume("c"), "and stays exited");
        assertEquals("W00", reply("?"));
    }

    @Test
    void watchpointsStopAfterTheAccessTheyWatch() {
        assertEquals("OK", reply("Z2," + Integer.toHexString(TestTarget.DATA) + ",4"));
        assertEquals("T05watch:" + Integer.toHexString(TestTarget.DATA) + ";", resume("c"));
        assertEquals(le(TestTarget.LOAD), reply("p20"), "stopped after the store");
        assertEquals("05000000", reply("m" + Integer.toHexString(TestTarget.DATA) + ",4"));
        assertEquals("OK", reply("z2," + Integer.toHexString(TestTarget.DATA) + ",4"));
        assertEquals("OK", reply("Z3," + Integer.toHexString(TestTarget.DATA + 2) + ",1"));
        assertEquals("T05rwatch:" + Integer.toHexString(TestTarget.DATA + 2) + ";", resume("c"));
        assertEquals(le(TestTarget.LOOP), reply("p20"), "stopped after the load");
        assertEquals(le(5), reply("p3"));
    }

    @Test
    void registersAndMemoryCanBeWrittenAndBadAccessesAreErrors() {
        assertEquals("OK", reply("P1=" + le(0x1234)));
        assertEquals(le(0x1234), reply("p1"));
        assertEquals("OK", reply("P0=" + le(7)));
        assertEquals(le(0), reply("p0"), "x0 stays zero");
        assertEquals(le(debugger.machine().hart().csr(Csr.MISA)), reply("p" + Integer.toHexString(65 + Csr.MISA)));
        assertEquals("E01", reply("p" + Integer.toHexString(65 + 0x7C0)), "no such CSR");
        assertEquals("E01", reply("p21"), "no register 33");
        assertEquals("OK", reply("M80002000,4:deadbeef"));
        assertEquals("deadbeef", reply("m80002000,4"));
        assertEquals("OK", reply("X80002004,2:}]}\u0003"), "binary data with escapes");
        assertEquals("7d23", reply("m80002004,2"));
        assertEquals("E14", reply("m10000000,4"), "not RAM");
        assertEquals("E01", reply("mzz,4"));
        assertEquals("E01", reply("m80000000,100000"), "too long");
        assertEquals("E01", reply("M80002000,4:dead"), "fewer bytes than stated");
        assertEquals("E01", reply("G1234"));
        assertEquals("", reply("Z9,0,0"), "an unsupported point type");
    }

    @Test
    void theTargetDescribesItselfAndAnswersMonitorCommands() {
        assertTrue(reply("qSupported:multiprocess+;swbreak+").contains("PacketSize=4000;qXfer:features:read+"));
        StringBuilder xml = new StringBuilder();
        for (int offset = 0; ; ) {
            String chunk = reply("qXfer:features:read:target.xml:" + Integer.toHexString(offset) + ",200");
            xml.append(chunk.substring(1));
            offset += chunk.length() - 1;
            if (chunk.startsWith("l")) {
                break;
            }
        }
        assertTrue(xml.toString().contains("<architecture>riscv:rv32</architecture>"));
        assertTrue(xml.toString().contains("<reg name=\"mstatus\" bitsize=\"32\" regnum=\"" + (65 + Csr.MSTATUS) + "\""));
        String out = new String(HexFormat.of().parseHex(reply("qRcmd," + HexFormat.of().formatHex(
                "cycles".getBytes(StandardCharsets.US_ASCII)))), StandardCharsets.UTF_8);
        assertTrue(out.startsWith("cycle 0, 0 instructions retired, pc 0x80000000"), out);
        out = new String(HexFormat.of().parseHex(reply("qRcmd," + HexFormat.of().formatHex("bogus".getBytes(
                StandardCharsets.US_ASCII)))), StandardCharsets.UTF_8);
        assertTrue(out.contains("unknown monitor command 'bogus'"), out);
        assertEquals(null, assertInstanceOf(GdbSession.Response.Close.class, session.handle("k")).payload());
        assertEquals("OK", assertInstanceOf(GdbSession.Response.Close.class, session.handle("D")).payload());
    }

    private String monitor(String command) {
        return new String(HexFormat.of().parseHex(reply("qRcmd," + HexFormat.of().formatHex(command.getBytes(
                StandardCharsets.UTF_8)))), StandardCharsets.UTF_8);
    }

    @Test
    void monitorSnapshotAndRestoreGoBackInTime(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        reply("Z0," + Integer.toHexString(TestTarget.BRANCH) + ",4");
        assertEquals("T05swbreak:;", resume("c"));
        String file = dir.resolve("at-branch.snap").toString();
        assertTrue(monitor("snapshot " + file).startsWith("snapshot of cycle "), "saved");
        long cycle = debugger.machine().hart().cycle();
        reply("z0," + Integer.toHexString(TestTarget.BRANCH) + ",4");
        assertEquals("W00", resume("c"));
        long end = debugger.ended().orElseThrow().cycles();
        String restored = monitor("restore " + file);
        assertTrue(restored.startsWith("restored " + file + ": cycle " + cycle + ", pc 0x80000014"), restored);
        assertEquals(le(4), reply("p1"), "x1 as it was at the breakpoint");
        assertEquals("W00", resume("c"), "it runs to its end again");
        assertEquals(end, debugger.ended().orElseThrow().cycles(), "on the same cycle");
        assertTrue(monitor("restore " + dir.resolve("none.snap")).startsWith("cannot restore: "), "a missing file");
    }

    @Test
    void monitorResetStartsTheFirmwareAgain() {
        resume("c");
        assertEquals("W00", reply("?"));
        reply("qRcmd," + HexFormat.of().formatHex("reset".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(le(0x80000000), reply("p20"));
        assertEquals("W00", resume("c"), "it runs to its end again");
    }
}
