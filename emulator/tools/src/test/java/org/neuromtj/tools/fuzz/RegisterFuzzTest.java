package org.neuromtj.tools.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neuromtj.chip.Machine;
import org.neuromtj.chip.elf.ElfImage;
import org.neuromtj.chip.elf.Segment;
import org.neuromtj.chip.sim.Outcome;
import org.neuromtj.chip.sim.RunResult;
import org.neuromtj.isa.regs.Device;
import org.neuromtj.isa.regs.Register;
import org.neuromtj.isa.regs.RegisterMap;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;

/**
 * Firmware that writes anything to any register in any order: a coverage-guided fuzz target that turns its input
 * into an RV32 program of register reads and writes (every device's registers from the register description,
 * the NPU's DMA descriptors, routing tables, input maps, learning and write-driver registers included, at any
 * element of an array, in bytes, halves and words, some outside any register) with NPU timesteps run between
 * them, and boots it on a fresh machine. A trap handler steps over each faulting access, so bus faults are
 * architectural outcomes and the program goes on. The property: the run ends as a run may (exit, trap, cycle
 * budget, asleep) with no Java exception, and the whole chip's state saves, restores into a fresh machine and
 * saves again to the same bytes.
 */
class RegisterFuzzTest {
    private static final int RAM = 0x8000_0000;
    private static final long MAX_CYCLES = 400_000;
    private static final int MAX_OPERATIONS = 64;
    private static final RegisterMap MAP = RegisterMap.load();
    private static final int T0 = 5;
    private static final int T1 = 6;
    private static final int T2 = 7;

    @FuzzTest(maxDuration = "10s")
    void registers(FuzzedDataProvider in) {
        ElfImage program = program(in);
        Machine machine = new Machine(OutputStream.nullOutputStream(), 1);
        machine.load(program);
        RunResult r = machine.run(MAX_CYCLES);
        assertNotEquals(null, r.outcome());
        if (r.outcome() == Outcome.EXITED && machine.hart().halted().isEmpty()) {
            return;
        }
        StateWriter saved = new StateWriter();
        machine.save(saved);
        Machine again = new Machine(OutputStream.nullOutputStream(), 1);
        again.load(program);
        again.restore(new StateReader(saved.toByteArray()));
        StateWriter resaved = new StateWriter();
        again.save(resaved);
        assertArrayEquals(saved.toByteArray(), resaved.toByteArray(), "the chip's state restores whole");
    }

    /** The program: a trap handler that steps over a fault, then the input's accesses, then a spin. */
    private static ElfImage program(FuzzedDataProvider in) {
        List<Integer> code = new ArrayList<>();
        // mtvec ← the handler at the end; its address is patched in once known.
        int patch = code.size();
        constant(code, T0, 0);
        code.add(csr(0x305, T0, 1, 0));
        List<Device> devices = MAP.devices();
        int operations = in.consumeInt(0, MAX_OPERATIONS);
        for (int k = 0; k < operations && in.remainingBytes() > 0; k++) {
            Device d = devices.get(in.consumeInt(0, devices.size() - 1));
            long offset;
            int size;
            if (d.registers().isEmpty() || in.consumeInt(0, 15) == 0) {
                offset = in.consumeLong(0, d.size() - 1);
                size = 1 << in.consumeInt(0, 2);
            } else {
                Register reg = d.registers().get(in.consumeInt(0, d.registers().size() - 1));
                offset = reg.offset() + (long) in.consumeInt(0, reg.count() - 1) * reg.stride();
                size = in.consumeInt(0, 7) == 0 ? 1 << in.consumeInt(0, 1) : reg.bytes();
            }
            int address = (int) (d.base() + offset);
            constant(code, T0, address);
            switch (in.consumeInt(0, 3)) {
                case 0 -> code.add(load(T1, T0, size));
                case 1, 2 -> {
                    constant(code, T1, in.consumeInt());
                    code.add(store(T1, T0, size));
                }
                default -> runTimesteps(code, in.consumeInt(1, 4));
            }
        }
        // Spin: the cycle budget ends the run.
        code.add(jal(0, 0));
        int handler = code.size();
        code.add(csr(0x341, 0, 2, T2));
        code.add(addi(T2, T2, 4));
        code.add(csr(0x341, T2, 1, 0));
        code.add(0x3020_0073);
        List<Integer> head = new ArrayList<>();
        constant(head, T0, RAM + 4 * handler);
        for (int k = 0; k < head.size(); k++) {
            code.set(patch + k, head.get(k));
        }
        ByteBuffer b = ByteBuffer.allocate(4 * code.size()).order(ByteOrder.LITTLE_ENDIAN);
        code.forEach(b::putInt);
        return new ElfImage("fuzz", RAM, List.of(new Segment(RAM, b.array(), b.capacity())), Map.of());
    }

    /** Writes N to the NPU's RUN register and waits while STATUS.BUSY, as firmware does. */
    private static void runTimesteps(List<Integer> code, int n) {
        Device npu = MAP.device("NPU");
        constant(code, T0, (int) (npu.base() + npu.register("RUN").orElseThrow().offset()));
        constant(code, T1, n);
        code.add(store(T1, T0, 4));
        constant(code, T0, (int) (npu.base() + npu.register("STATUS").orElseThrow().offset()));
        code.add(load(T1, T0, 4));
        code.add(0x13 | T1 << 7 | 7 << 12 | T1 << 15 | 1 << 20);
        code.add(branchBack(T1, 8));
    }

    /** lui and addi: two instructions always, so that the handler's address can be patched in place. */
    private static void constant(List<Integer> code, int rd, int value) {
        int upper = (value + 0x800) >>> 12;
        int lower = value - (upper << 12);
        code.add(upper << 12 | rd << 7 | 0x37);
        code.add(addi(rd, rd, lower));
    }

    private static int addi(int rd, int rs1, int imm) {
        return (imm & 0xFFF) << 20 | rs1 << 15 | rd << 7 | 0x13;
    }

    private static int load(int rd, int rs1, int size) {
        int funct3 = size == 1 ? 4 : size == 2 ? 5 : 2;
        return rs1 << 15 | funct3 << 12 | rd << 7 | 0x03;
    }

    private static int store(int rs2, int rs1, int size) {
        int funct3 = size == 1 ? 0 : size == 2 ? 1 : 2;
        return rs2 << 20 | rs1 << 15 | funct3 << 12 | 0x23;
    }

    private static int csr(int csr, int rs1, int funct3, int rd) {
        return csr << 20 | rs1 << 15 | funct3 << 12 | rd << 7 | 0x73;
    }

    private static int jal(int rd, int offset) {
        int imm = offset & 0x1F_FFFF;
        return (imm >> 20 & 1) << 31 | (imm >> 1 & 0x3FF) << 21 | (imm >> 11 & 1) << 20 | (imm >> 12 & 0xFF) << 12
                | rd << 7 | 0x6F;
    }

    /** bne rs1, x0, −back. */
    private static int branchBack(int rs1, int back) {
        int imm = -back & 0x1FFF;
        return (imm >> 12 & 1) << 31 | (imm >> 5 & 0x3F) << 25 | rs1 << 15 | 1 << 12 | (imm >> 1 & 0xF) << 8
                | (imm >> 11 & 1) << 7 | 0x63;
    }
}
