package org.neuromtj.tools.debug;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.neuromtj.chip.sim.Outcome;
import org.neuromtj.chip.sim.RunResult;
import org.neuromtj.isa.core.Csr;
import org.neuromtj.isa.core.Hart;
import org.neuromtj.isa.core.Ram;

/**
 * GDB's remote serial protocol over a {@link Debugger}: one packet in, one response out. It never
 * throws on a packet: whatever is malformed, unknown or out of range gets an error reply ({@code E01}
 * malformed, {@code E14} memory that is not RAM) or the empty reply of an unsupported packet. Registers
 * follow GDB's RISC-V numbering: x0–x31 are 0–31, pc is 32, CSR n is 65 + n, as {@code target.xml}
 * describes.
 */
public final class GdbSession {
    /** GDB's register number of the first CSR. */
    static final int FIRST_CSR = 65;
    private static final int PC = 32;
    private static final int MAX_MEMORY = 0x2000;
    private static final String[] ABI = {"zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "fp", "s1", "a0", "a1",
        "a2", "a3", "a4", "a5", "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4",
        "t5", "t6"};
    private static final HexFormat HEX = HexFormat.of();

    /** What to do with a packet. */
    public sealed interface Response {
        /** @param payload the reply to send */
        record Reply(String payload) implements Response {
        }

        /** @param step run one instruction only, or until something stops the core */
        record Resume(boolean step) implements Response {
        }

        /** @param payload a last reply, or null for none; then the connection ends */
        record Close(String payload) implements Response {
        }
    }

    private final Debugger debugger;
    private final Monitor monitor;
    private final String targetXml = targetXml();
    private String lastStop = "S05";
    private boolean noAck;

    /** @param debugger the target */
    public GdbSession(Debugger debugger) {
        this.debugger = debugger;
        this.monitor = new Monitor(debugger);
    }

    /** @return whether the debugger asked for acknowledgements to stop (QStartNoAckMode) */
    public boolean noAck() {
        return noAck;
    }

    /**
     * @param packet a packet's payload, bytes as ISO-8859-1 characters
     * @return what to do
     */
    public Response handle(String packet) {
        try {
            return dispatch(packet);
        } catch (RuntimeException e) {
            // A packet that does not parse (bad hex, missing fields, numbers too large) is malformed.
            return new Response.Reply("E01");
        }
    }

    private Response dispatch(String p) {
        if (p.isEmpty()) {
            return reply("");
        }
        Hart hart = debugger.machine().hart();
        switch (p.charAt(0)) {
            case '?':
                return reply(lastStop);
            case 'g':
                return reply(p.length() == 1 ? generalRegisters(hart) : "E01");
            case 'G':
                return reply(setGeneralRegisters(hart, p.substring(1)));
            case 'p':
                return reply(readRegister(hart, Integer.parseInt(p.substring(1), 16)));
            case 'P': {
                int eq = p.indexOf('=');
                return reply(writeRegister(hart, Integer.parseInt(p.substring(1, eq), 16), le(p.substring(eq + 1))));
            }
            case 'm':
                return reply(readMemory(p.substring(1)));
            case 'M':
                return reply(writeMemory(p.substring(1), false));
            case 'X':
                return reply(writeMemory(p.substring(1), true));
            case 'Z':
            case 'z':
                return reply(point(p.charAt(0) == 'Z', p.substring(1)));
            case 'c':
            case 's':
                if (p.length() > 1) {
                    hart.setPc((int) Long.parseLong(p.substring(1), 16));
                }
                return new Response.Resume(p.charAt(0) == 's');
            case 'H':
                return reply("OK");
            case 'T':
                return reply("OK");
            case 'k':
                return new Response.Close(null);
            case 'D':
                return new Response.Close("OK");
            case 'v':
                return v(p);
            case 'q':
            case 'Q':
                return reply(query(p));
            default:
                return reply("");
        }
    }

    private static Response reply(String payload) {
        return new Response.Reply(payload);
    }

    private Response v(String p) {
        if (p.equals("vCont?")) {
            return reply("vCont;c;C;s;S");
        }
        if (p.startsWith("vCont;")) {
            char action = Character.toLowerCase(p.charAt(6));
            if (action == 'c' || action == 's') {
                return new Response.Resume(action == 's');
            }
            return reply("E01");
        }
        if (p.equals("vMustReplyEmpty")) {
            return reply("");
        }
        if (p.startsWith("vKill")) {
            return new Response.Close("OK");
        }
        return reply("");
    }

    private String query(String p) {
        if (p.startsWith("qSupported")) {
            return "PacketSize=" + Integer.toHexString(RspFraming.MAX_PAYLOAD)
                    + ";qXfer:features:read+;swbreak+;hwbreak+;QStartNoAckMode+;vContSupported+";
        }
        if (p.equals("QStartNoAckMode")) {
            noAck = true;
            return "OK";
        }
        if (p.startsWith("qXfer:features:read:")) {
            String[] parts = p.substring("qXfer:features:read:".length()).split(":");
            if (!parts[0].equals("target.xml") || parts.length != 2) {
                return "E00";
            }
            String[] range = parts[1].split(",");
            int offset = Integer.parseInt(range[0], 16);
            int length = Integer.parseInt(range[1], 16);
            if (offset >= targetXml.length()) {
                return "l";
            }
            int end = (int) Math.min(targetXml.length(), (long) offset + Math.min(length, RspFraming.MAX_PAYLOAD - 2));
            return (end == targetXml.length() ? "l" : "m") + escapeBinary(targetXml.substring(offset, end));
        }
        if (p.startsWith("qRcmd,")) {
            String command = new String(HEX.parseHex(p.substring(6)), StandardCharsets.ISO_8859_1).trim();
            Monitor.Result r = monitor.run(command);
            if (r.moved()) {
                lastStop = "S05";
            }
            return HEX.formatHex(r.output().getBytes(StandardCharsets.UTF_8));
        }
        return switch (p) {
            case "qAttached" -> "1";
            case "qC" -> "QC1";
            case "qfThreadInfo" -> "m1";
            case "qsThreadInfo" -> "l";
            case "qSymbol::" -> "OK";
            default -> "";
        };
    }

    /**
     * @param stop why the core stopped
     * @return the stop reply, which {@code ?} also answers until the next stop
     */
    public String stopReply(Debugger.Stop stop) {
        lastStop = switch (stop.reason()) {
            case STEPPED -> "S05";
            case SOFTWARE_BREAKPOINT -> "T05swbreak:;";
            case HARDWARE_BREAKPOINT -> "T05hwbreak:;";
            case WATCH_WRITE -> "T05watch:" + Long.toHexString(stop.address()) + ";";
            case WATCH_READ -> "T05rwatch:" + Long.toHexString(stop.address()) + ";";
            case WATCH_ACCESS -> "T05awatch:" + Long.toHexString(stop.address()) + ";";
            case INTERRUPTED -> "S02";
            case ENDED -> ended(stop.end().orElseThrow());
        };
        return lastStop;
    }

    /** The firmware's exit ends the process; a halted core is a fault to inspect; a budget is a CPU limit. */
    private static String ended(RunResult r) {
        return switch (r.outcome()) {
            case EXITED -> String.format("W%02x", r.exitStatus() & 0xFF);
            case TRAPPED -> "S0b";
            case MAX_CYCLES -> "S18";
            case ASLEEP -> "S05";
        };
    }

    private static String generalRegisters(Hart hart) {
        StringBuilder s = new StringBuilder();
        for (int r = 0; r < 32; r++) {
            s.append(le(hart.register(r)));
        }
        return s.append(le(hart.pc())).toString();
    }

    private static String setGeneralRegisters(Hart hart, String hex) {
        if (hex.length() != 33 * 8) {
            return "E01";
        }
        int[] values = new int[33];
        for (int r = 0; r < 33; r++) {
            values[r] = le(hex.substring(8 * r, 8 * r + 8));
        }
        for (int r = 1; r < 32; r++) {
            hart.setRegister(r, values[r]);
        }
        hart.setPc(values[PC]);
        return "OK";
    }

    private static String readRegister(Hart hart, int n) {
        if (n < 32) {
            return le(hart.register(n));
        }
        if (n == PC) {
            return le(hart.pc());
        }
        int csr = n - FIRST_CSR;
        return csr >= 0 && csr < 4096 && Csr.exists(csr) ? le(hart.csr(csr)) : "E01";
    }

    private static String writeRegister(Hart hart, int n, int value) {
        if (n < 32) {
            hart.setRegister(n, value);
        } else if (n == PC) {
            hart.setPc(value);
        } else if (n - FIRST_CSR >= 0 && n - FIRST_CSR < 4096 && Csr.exists(n - FIRST_CSR)) {
            hart.setCsr(n - FIRST_CSR, value);
        } else {
            return "E01";
        }
        return "OK";
    }

    private String readMemory(String args) {
        String[] a = args.split(",");
        long address = Long.parseLong(a[0], 16);
        int length = Integer.parseInt(a[1], 16);
        if (a.length != 2 || length < 0 || length > MAX_MEMORY) {
            return "E01";
        }
        Ram ram = debugger.machine().ram();
        if (!ram.contains(address, length)) {
            return "E14";
        }
        return HEX.formatHex(ram.read((int) address, length));
    }

    private String writeMemory(String args, boolean binary) {
        int colon = args.indexOf(':');
        String[] a = args.substring(0, colon).split(",");
        long address = Long.parseLong(a[0], 16);
        int length = Integer.parseInt(a[1], 16);
        String data = args.substring(colon + 1);
        byte[] bytes = binary ? unescapeBinary(data) : HEX.parseHex(data);
        if (a.length != 2 || length < 0 || bytes.length != length) {
            return "E01";
        }
        Ram ram = debugger.machine().ram();
        if (!ram.contains(address, length)) {
            return "E14";
        }
        ram.write((int) address, bytes, 0, length);
        return "OK";
    }

    private String point(boolean set, String args) {
        String[] a = args.split(",");
        if (a.length != 3) {
            return "E01";
        }
        int type = Integer.parseInt(a[0]);
        long address = Long.parseLong(a[1], 16);
        int kind = Integer.parseInt(a[2], 16);
        if (address < 0 || address > 0xFFFF_FFFFL || kind < 0) {
            return "E01";
        }
        switch (type) {
            case 0, 1 -> debugger.breakpoint((int) address, type == 1, set);
            case 2 -> debugger.watch(address, kind, Debugger.Watch.WRITE, set);
            case 3 -> debugger.watch(address, kind, Debugger.Watch.READ, set);
            case 4 -> debugger.watch(address, kind, Debugger.Watch.ACCESS, set);
            default -> {
                return "";
            }
        }
        return "OK";
    }

    /** A little-endian 32-bit register as 8 hex digits. */
    private static String le(int v) {
        return HEX.formatHex(new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)});
    }

    private static int le(String hex) {
        if (hex.length() != 8) {
            throw new IllegalArgumentException("a register is 8 hex digits");
        }
        byte[] b = HEX.parseHex(hex);
        return (b[0] & 0xFF) | (b[1] & 0xFF) << 8 | (b[2] & 0xFF) << 16 | b[3] << 24;
    }

    private static byte[] unescapeBinary(String data) {
        byte[] out = new byte[data.length()];
        int n = 0;
        for (int k = 0; k < data.length(); k++) {
            char c = data.charAt(k);
            out[n++] = (byte) (c == '}' && k + 1 < data.length() ? data.charAt(++k) ^ 0x20 : c);
        }
        return Arrays.copyOf(out, n);
    }

    private static String escapeBinary(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '$' || c == '#' || c == '}' || c == '*') {
                b.append('}').append((char) (c ^ 0x20));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** GDB's description of the target: RV32 with its general registers, pc and the CSRs it has. */
    private static String targetXml() {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE target SYSTEM \"gdb-target.dtd\">\n"
                + "<target version=\"1.0\">\n<architecture>riscv:rv32</architecture>\n"
                + "<feature name=\"org.gnu.gdb.riscv.cpu\">\n");
        for (int r = 0; r < 32; r++) {
            x.append("  <reg name=\"").append(ABI[r]).append("\" bitsize=\"32\" regnum=\"").append(r)
                    .append(r == 2 ? "\" type=\"data_ptr\"/>\n" : "\" type=\"int\"/>\n");
        }
        x.append("  <reg name=\"pc\" bitsize=\"32\" regnum=\"32\" type=\"code_ptr\"/>\n</feature>\n"
                + "<feature name=\"org.gnu.gdb.riscv.csr\">\n");
        List<Integer> csrs = new ArrayList<>();
        for (int c = 0; c < 4096; c++) {
            if (Csr.exists(c)) {
                csrs.add(c);
            }
        }
        for (int c : csrs) {
            x.append("  <reg name=\"").append(Csr.name(c)).append("\" bitsize=\"32\" regnum=\"").append(FIRST_CSR + c)
                    .append("\" group=\"csr\"/>\n");
        }
        return x.append("</feature>\n</target>\n").toString();
    }

    /** @return whether the run is over and the stop reply said so: W ends the debugger's process */
    public boolean exited() {
        return debugger.ended().map(r -> r.outcome() == Outcome.EXITED).orElse(false);
    }
}
