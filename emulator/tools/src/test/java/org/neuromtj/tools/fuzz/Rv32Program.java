package org.neuromtj.tools.fuzz;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neuromtj.chip.elf.ElfImage;
import org.neuromtj.chip.elf.Segment;
import org.neuromtj.isa.regs.Device;
import org.neuromtj.isa.regs.RegisterMap;

/**
 * Firmware for the machine-level fuzz targets, built access by access: a trap handler that steps over each
 * faulting access (so bus faults are architectural outcomes and the program goes on), the accesses, and a sleep
 * at the end, from which the run ends asleep once nothing is pending, or at its cycle budget.
 */
final class Rv32Program {
    /** Where RAM, and so the program, starts. */
    static final int RAM = 0x8000_0000;
    /** The register description the accesses are named in. */
    static final RegisterMap MAP = RegisterMap.load();
    private static final int T0 = 5;
    private static final int T1 = 6;
    private static final int T2 = 7;
    private static final int WFI = 0x1050_0073;
    private static final int MRET = 0x3020_0073;
    private static final int MTVEC = 0x305;
    private static final int MEPC = 0x341;

    private final List<Integer> code = new ArrayList<>();

    /** A program whose first instructions point mtvec at the handler (patched in by {@link #build}). */
    Rv32Program() {
        constant(T0, 0);
        code.add(csr(MTVEC, T0, 1, 0));
    }

    /** @param size 1, 2 or 4 bytes read from {@code address} */
    void load(int address, int size) {
        constant(T0, address);
        int funct3 = size == 1 ? 4 : size == 2 ? 5 : 2;
        code.add(T0 << 15 | funct3 << 12 | T1 << 7 | 0x03);
    }

    /** @param size 1, 2 or 4 bytes of {@code value} written to {@code address} */
    void store(int address, int value, int size) {
        constant(T0, address);
        constant(T1, value);
        int funct3 = size == 1 ? 0 : size == 2 ? 1 : 2;
        code.add(T1 << 20 | T0 << 15 | funct3 << 12 | 0x23);
    }

    /**
     * @param device   a device of the register description
     * @param register one of its registers
     * @param element  the element of an array register (0 for a single one)
     * @param value    the word written
     */
    void write(String device, String register, int element, int value) {
        store(address(device, register, element), value, 4);
    }

    /** @return the address of a register's element */
    static int address(String device, String register, int element) {
        Device d = MAP.device(device);
        var r = d.register(register).orElseThrow(() -> new IllegalArgumentException(device + " has no " + register));
        return (int) (d.base() + r.offset() + (long) element * r.stride());
    }

    /** Writes N to the NPU's RUN register and waits while STATUS.BUSY, as firmware does. */
    void runTimesteps(int n) {
        write("NPU", "RUN", 0, n);
        load(address("NPU", "STATUS", 0), 4);
        code.add(0x13 | T1 << 7 | 7 << 12 | T1 << 15 | 1 << 20);
        code.add(branchBack(T1, 8));
    }

    /**
     * @param name what the image is called
     * @param data segments laid in RAM beside the code (above it)
     * @return the program, ending in its sleep and its handler
     */
    ElfImage build(String name, Segment... data) {
        List<Integer> all = new ArrayList<>(code);
        all.add(WFI);
        all.add(jal(-4));
        int handler = all.size();
        all.add(csr(MEPC, 0, 2, T2));
        all.add(addi(T2, T2, 4));
        all.add(csr(MEPC, T2, 1, 0));
        all.add(MRET);
        int upper = (RAM + 4 * handler + 0x800) >>> 12;
        all.set(0, lui(T0, upper));
        all.set(1, addi(T0, T0, RAM + 4 * handler - (upper << 12)));
        ByteBuffer b = ByteBuffer.allocate(4 * all.size()).order(ByteOrder.LITTLE_ENDIAN);
        all.forEach(b::putInt);
        List<Segment> segments = new ArrayList<>(List.of(new Segment(RAM, b.array(), b.capacity())));
        segments.addAll(List.of(data));
        return new ElfImage(name, RAM, segments, Map.of());
    }

    /** lui and addi: two instructions always, so that the handler's address can be patched in place. */
    private void constant(int rd, int value) {
        int upper = (value + 0x800) >>> 12;
        code.add(lui(rd, upper));
        code.add(addi(rd, rd, value - (upper << 12)));
    }

    private static int lui(int rd, int upper) {
        return upper << 12 | rd << 7 | 0x37;
    }

    private static int addi(int rd, int rs1, int imm) {
        return (imm & 0xFFF) << 20 | rs1 << 15 | rd << 7 | 0x13;
    }

    private static int csr(int csr, int rs1, int funct3, int rd) {
        return csr << 20 | rs1 << 15 | funct3 << 12 | rd << 7 | 0x73;
    }

    /** jal x0, offset. */
    private static int jal(int offset) {
        int imm = offset & 0x1F_FFFF;
        return (imm >> 20 & 1) << 31 | (imm >> 1 & 0x3FF) << 21 | (imm >> 11 & 1) << 20 | (imm >> 12 & 0xFF) << 12
                | 0x6F;
    }

    /** bne rs1, x0, −back. */
    private static int branchBack(int rs1, int back) {
        int imm = -back & 0x1FFF;
        return (imm >> 12 & 1) << 31 | (imm >> 5 & 0x3F) << 25 | rs1 << 15 | 1 << 12 | (imm >> 1 & 0xF) << 8
                | (imm >> 11 & 1) << 7 | 0x63;
    }
}
