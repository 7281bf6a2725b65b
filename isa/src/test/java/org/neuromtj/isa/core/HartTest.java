package org.neuromtj.isa.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuromtj.isa.core.Op.ADD;
import static org.neuromtj.isa.core.Op.ADDI;
import static org.neuromtj.isa.core.Op.BEQ;
import static org.neuromtj.isa.core.Op.BNE;
import static org.neuromtj.isa.core.Op.CSRRS;
import static org.neuromtj.isa.core.Op.CSRRW;
import static org.neuromtj.isa.core.Op.DIV;
import static org.neuromtj.isa.core.Op.ECALL;
import static org.neuromtj.isa.core.Op.JAL;
import static org.neuromtj.isa.core.Op.LUI;
import static org.neuromtj.isa.core.Op.LW;
import static org.neuromtj.isa.core.Op.MUL;
import static org.neuromtj.isa.core.Op.SW;
import static org.neuromtj.isa.core.Op.WFI;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class HartTest {
    private static final int BASE = 0x80000000;
    private static final int HANDLER = BASE + 0x1000;
    private static final int DEVICE = 0x10000000;

    private final Ram ram = new Ram(BASE, 64 * 1024);
    private int deviceRegister;
    private final Bus bus = new Bus() {
        @Override
        public int load(int address, int size) {
            if (address != DEVICE) {
                throw BusFault.INSTANCE;
            }
            return deviceRegister;
        }

        @Override
        public void store(int address, int size, int value) {
            if (address != DEVICE) {
                throw BusFault.INSTANCE;
            }
            deviceRegister = value;
        }
    };
    private final Hart hart = new Hart(ram, bus);

    private static int i(Op op, int rd, int rs1, int imm) {
        return Encoder.encode(op, rd, rs1, 0, imm);
    }

    private static int r(Op op, int rd, int rs1, int rs2) {
        return Encoder.encode(op, rd, rs1, rs2, 0);
    }

    private static int s(Op op, int rs1, int rs2, int imm) {
        return Encoder.encode(op, 0, rs1, rs2, imm);
    }

    private void load(int address, int... words) {
        ByteBuffer b = ByteBuffer.allocate(words.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int w : words) {
            b.putInt(w);
        }
        ram.write(address, b.array(), 0, b.capacity());
    }

    /** Loads a program whose last instruction jumps to itself, and a handler that does the same. */
    private void boot(int... program) {
        load(BASE, program);
        load(BASE + program.length * 4, i(JAL, 0, 0, 0));
        load(HANDLER, i(JAL, 0, 0, 0));
        hart.reset(BASE);
    }

    private void setHandler() {
        hart.setRegister(31, HANDLER);
    }

    @Test
    void registerZeroStaysZeroAndArithmeticWraps() {
        boot(i(ADDI, 0, 0, 5), i(LUI, 1, 0, 0x7FFFF000), i(ADDI, 1, 1, 0x7FF), r(ADD, 2, 1, 1), r(MUL, 3, 1, 1));
        hart.run(100);
        assertEquals(0, hart.register(0));
        assertEquals(0x7FFFF7FF * 2, hart.register(2));
        assertEquals(0x7FFFF7FF * 0x7FFFF7FF, hart.register(3));
    }

    @Test
    void timingTableDrivesTheCycleCount() {
        // addi (1) + mul (3) + div (34), then lui (1) + lw (2) + sw (1) + taken beq (3); then jal loops.
        boot(i(ADDI, 1, 0, 1), r(MUL, 2, 1, 1), r(DIV, 3, 2, 1), i(LUI, 6, 0, BASE), i(LW, 4, 6, 0x100),
                s(SW, 6, 0, 0x100), s(BEQ, 0, 0, 4));
        int jalAt = BASE + 7 * 4;
        hart.run(1 + 3 + 34);
        assertEquals(1 + 3 + 34, hart.cycle());
        assertEquals(3, hart.instret());
        hart.run(1 + 3 + 34 + 1 + 2 + 1 + 3);
        assertEquals(1 + 3 + 34 + 1 + 2 + 1 + 3, hart.cycle());
        assertEquals(7, hart.instret());
        assertEquals(jalAt, hart.pc());
    }

    @Test
    void misalignedLoadTrapsWithTheAddressInMtvalWhenSoConfigured() {
        boot(i(CSRRW, 0, 31, Csr.MTVEC), i(LUI, 1, 0, 0x80000000), i(LW, 2, 1, 2));
        setHandler();
        hart.setMisalignedTraps(true);
        hart.run(Timing.CSR.cycles() + Timing.ALU.cycles() + Timing.LOAD.cycles() + Timing.TRAP_ENTRY);
        assertEquals(HANDLER, hart.pc());
        assertEquals(TrapCause.LOAD_MISALIGNED, hart.csr(Csr.MCAUSE));
        assertEquals(BASE + 2, hart.csr(Csr.MTVAL));
        assertEquals(BASE + 8, hart.csr(Csr.MEPC));
        assertEquals(2, hart.instret(), "the trapping load does not retire");
    }

    @Test
    void misalignedLoadsAndStoresArePerformedWithOneExtraCycleEach() {
        load(BASE + 0x100, 0x44332211, 0x88776655);
        boot(i(LUI, 1, 0, 0x80000000), i(LW, 2, 1, 0x101), i(Op.LH, 3, 1, 0x103), i(Op.LHU, 4, 1, 0x103),
                s(SW, 1, 2, 0x202), s(Op.SH, 1, 3, 0x209));
        int cycles = Timing.ALU.cycles() + 3 * (Timing.LOAD.cycles() + Timing.MISALIGNED_EXTRA)
                + 2 * (Timing.STORE.cycles() + Timing.MISALIGNED_EXTRA);
        hart.run(cycles);
        assertEquals(cycles, hart.cycle());
        assertEquals(6, hart.instret());
        assertEquals(0x55443322, hart.register(2));
        assertEquals((short) 0x5544, hart.register(3));
        assertEquals(0x5544, hart.register(4));
        assertEquals(0x33220000, ram.readWord(BASE + 0x200));
        assertEquals(0x00005544, ram.readWord(BASE + 0x204));
        assertEquals(0x00554400, ram.readWord(BASE + 0x208));
        assertEquals(3, hart.mix().loads());
        assertEquals(2, hart.mix().stores());
    }

    @Test
    void aMisalignedAccessThatLeavesRamOrReachesADeviceIsAnAccessFault() {
        boot(i(CSRRW, 0, 31, Csr.MTVEC), i(LUI, 1, 0, 0x80010000), i(LW, 2, 1, -2));
        setHandler();
        hart.run(Timing.CSR.cycles() + Timing.ALU.cycles() + Timing.LOAD.cycles() + Timing.TRAP_ENTRY);
        assertEquals(TrapCause.LOAD_ACCESS_FAULT, hart.csr(Csr.MCAUSE));
        assertEquals(BASE + 64 * 1024 - 2, hart.csr(Csr.MTVAL));

        boot(i(CSRRW, 0, 31, Csr.MTVEC), i(LUI, 1, 0, DEVICE), s(SW, 1, 0, 1));
        setHandler();
        hart.run(Timing.CSR.cycles() + Timing.ALU.cycles() + Timing.STORE.cycles() + Timing.TRAP_ENTRY);
        assertEquals(TrapCause.STORE_ACCESS_FAULT, hart.csr(Csr.MCAUSE));
        assertEquals(DEVICE + 1, hart.csr(Csr.MTVAL));
        assertEquals(0, deviceRegister);
    }

    @Test
    void accessToAnUnmappedAddressIsAnAccessFault() {
        boot(i(CSRRW, 0, 31, Csr.MTVEC), i(LUI, 1, 0, 0x20000000), s(SW, 1, 0, 0));
        setHandler();
        hart.run(50);
        assertEquals(TrapCause.STORE_ACCESS_FAULT, hart.csr(Csr.MCAUSE));
        assertEquals(0x20000000, hart.csr(Csr.MTVAL));
    }

    @Test
    void devicesAreReachedThroughTheBus() {
        boot(i(LUI, 1, 0, DEVICE), i(ADDI, 2, 0, 77), s(SW, 1, 2, 0), i(LW, 3, 1, 0));
        hart.run(50);
        assertEquals(77, deviceRegister);
        assertEquals(77, hart.register(3));
    }

    @Test
    void unimplementedCsrIsIllegal() {
        int word = i(CSRRS, 5, 0, 0x7C0);
        boot(i(CSRRW, 0, 31, Csr.MTVEC), word);
        setHandler();
        hart.run(50);
        assertEquals(TrapCause.ILLEGAL_INSTRUCTION, hart.csr(Csr.MCAUSE));
        assertEquals(word, hart.csr(Csr.MTVAL));
    }

    @Test
    void trapWithoutHandlerHaltsWithPcCauseAndTval() {
        boot(i(ADDI, 1, 0, 1), i(ECALL, 0, 0, 0));
        hart.run(1000);
        TrapReport report = hart.halted().orElseThrow();
        assertEquals(BASE + 4, report.pc());
        assertEquals(TrapCause.ECALL_M, report.mcause());
        assertTrue(report.toString().contains("environment call from M-mode"), report.toString());
        assertTrue(report.toString().contains("0x80000004"), report.toString());
    }

    @Test
    void wfiWaitsUntilAnEnabledInterruptIsPending() {
        boot(i(CSRRW, 0, 31, Csr.MTVEC), i(ADDI, 1, 0, 1 << Csr.MTI), i(CSRRW, 0, 1, Csr.MIE),
                i(ADDI, 1, 0, Csr.MSTATUS_MIE), i(CSRRW, 0, 1, Csr.MSTATUS), i(WFI, 0, 0, 0));
        setHandler();
        hart.run(1000);
        assertTrue(hart.isWaiting());
        long asleepAt = hart.cycle();
        hart.idleUntil(5000);
        hart.setInterruptPending(Csr.MSI, true); // not enabled in mie: keeps sleeping
        assertTrue(hart.isWaiting());
        hart.setInterruptPending(Csr.MTI, true);
        assertFalse(hart.isWaiting());
        hart.run(6000);
        assertTrue(asleepAt < 100);
        assertEquals(TrapCause.INTERRUPT | Csr.MTI, hart.csr(Csr.MCAUSE));
        assertEquals(BASE + 6 * 4, hart.csr(Csr.MEPC), "mepc is the instruction after wfi");
    }

    @Test
    void externalInterruptWinsOverSoftwareAndTimerAndVectoredModeJumpsToItsSlot() {
        boot(i(ADDI, 1, 0, 0x7FF), i(ADDI, 1, 1, 1), i(CSRRW, 0, 1, Csr.MIE), // MSIE|MTIE|MEIE (0x888)
                i(CSRRW, 0, 31, Csr.MTVEC), i(ADDI, 1, 0, Csr.MSTATUS_MIE), i(CSRRW, 0, 1, Csr.MSTATUS));
        hart.setRegister(31, HANDLER | 1);
        load(HANDLER + 4 * Csr.MEI, i(JAL, 0, 0, 0));
        hart.setInterruptPending(Csr.MTI, true);
        hart.setInterruptPending(Csr.MSI, true);
        hart.setInterruptPending(Csr.MEI, true);
        hart.run(200);
        assertEquals(TrapCause.INTERRUPT | Csr.MEI, hart.csr(Csr.MCAUSE));
        assertEquals(HANDLER + 4 * Csr.MEI, hart.pc());
        assertEquals(0, hart.csr(Csr.MSTATUS) & Csr.MSTATUS_MIE, "MIE is cleared on trap entry");
        assertEquals(Csr.MSTATUS_MPIE, hart.csr(Csr.MSTATUS) & Csr.MSTATUS_MPIE);
    }

    @Test
    void codeWrittenAtRunTimeIsDecodedAfresh() {
        // Overwrites the instruction at BASE+16 (addi x5,x0,1) with addi x5,x0,2 before reaching it.
        int replacement = i(ADDI, 5, 0, 2);
        boot(i(LUI, 1, 0, replacement & 0xFFFFF000 + ((replacement & 0x800) << 1)),
                i(ADDI, 1, 1, (replacement << 20) >> 20), i(LUI, 2, 0, BASE), s(SW, 2, 1, 16), i(ADDI, 5, 0, 1));
        hart.run(3);
        hart.reset(BASE);
        hart.run(100);
        assertEquals(2, hart.register(5));
    }

    @Test
    void branchToMisalignedTargetTrapsOnTheBranch() {
        boot(i(CSRRW, 0, 31, Csr.MTVEC), s(BNE, 31, 0, 6));
        setHandler();
        hart.run(50);
        assertEquals(TrapCause.INSTRUCTION_MISALIGNED, hart.csr(Csr.MCAUSE));
        assertEquals(BASE + 4, hart.csr(Csr.MEPC));
        assertEquals(BASE + 10, hart.csr(Csr.MTVAL));
    }

    @Test
    void mcycleAndMinstretAreWritable() {
        boot(i(ADDI, 1, 0, 1000), i(CSRRW, 0, 1, Csr.MINSTRET), i(CSRRS, 2, 0, Csr.MINSTRET),
                i(CSRRW, 0, 1, Csr.MCYCLE), i(CSRRS, 3, 0, Csr.MCYCLE));
        hart.run(50);
        assertEquals(1000, hart.register(2), "the written value replaces the writing instruction's own count");
        assertEquals(1000 + Timing.CSR.cycles(), hart.register(3));
        assertEquals(Csr.MISA_VALUE, hart.csr(Csr.MISA));
    }
}
