package org.neuromtj.chip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuromtj.isa.core.Encoder.encode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.neuromtj.chip.elf.ElfReader;
import org.neuromtj.chip.regs.ChipRegisters.Clint;
import org.neuromtj.chip.regs.ChipRegisters.Plic;
import org.neuromtj.chip.regs.ChipRegisters.Uart0;
import org.neuromtj.chip.regs.ChipRegisters;
import org.neuromtj.chip.sim.Outcome;
import org.neuromtj.chip.sim.RunResult;
import org.neuromtj.isa.core.Csr;
import org.neuromtj.isa.core.Op;
import org.neuromtj.isa.core.TrapCause;

class MachineTest {
    private final ByteArrayOutputStream uart = new ByteArrayOutputStream();
    private final Machine machine = new Machine(uart, 1);

    private static int lui(int rd, long value) {
        return encode(Op.LUI, rd, 0, 0, (int) value);
    }

    private static int addi(int rd, int rs1, int imm) {
        return encode(Op.ADDI, rd, rs1, 0, imm);
    }

    private static int sw(int base, int src, int offset) {
        return encode(Op.SW, 0, base, src, offset);
    }

    private static int lw(int rd, int base, int offset) {
        return encode(Op.LW, rd, base, 0, offset);
    }

    private static int csrw(int csr, int rs1) {
        return encode(Op.CSRRW, 0, rs1, 0, csr);
    }

    private static final int WFI = encode(Op.WFI, 0, 0, 0, 0);
    private static final int SPIN = encode(Op.JAL, 0, 0, 0, 0);

    private void boot(int... words) throws Exception {
        machine.load(ElfReader.forChip().read("t.elf", TestElf.of(words).bytes()));
    }

    @Test
    void sleepingCoreJumpsToTheTimerDeadline() throws Exception {
        // mtimecmp = 1_000_000 ticks; enable MTIE; wfi; then the finisher reports pass.
        boot(lui(1, Clint.BASE + Clint.MTIMECMP), lui(2, 1_000_000 & 0xFFFFF000), addi(2, 2, 1_000_000 & 0xFFF),
                sw(1, 0, 4), sw(1, 2, 0),
                addi(3, 0, 1 << Csr.MTI), csrw(Csr.MIE, 3), WFI,
                lui(4, ChipRegisters.Finisher.BASE), lui(5, 0x5000), addi(5, 5, 0x555), sw(4, 5, 0), SPIN);
        RunResult result = machine.run(1L << 40);
        assertEquals(Outcome.EXITED, result.outcome());
        assertEquals(0, result.exitStatus());
        assertTrue(result.cycles() >= 1_000_000L * Machine.CYCLES_PER_TICK, "slept until the deadline");
        assertTrue(result.instret() < 20, "without executing idle instructions: " + result.instret());
    }

    @Test
    void coreAsleepWithNothingScheduledEndsTheRun() throws Exception {
        boot(WFI, SPIN);
        RunResult result = machine.run(1L << 40);
        assertEquals(Outcome.ASLEEP, result.outcome());
        assertEquals(3, result.exitStatus());
    }

    @Test
    void cycleBudgetEndsARunawayProgram() throws Exception {
        boot(SPIN);
        RunResult result = machine.run(10_000);
        assertEquals(Outcome.MAX_CYCLES, result.outcome());
        assertTrue(result.cycles() >= 10_000 && result.cycles() < 10_010);
    }

    @Test
    void finisherFailCodeBecomesTheExitStatus() throws Exception {
        boot(lui(4, ChipRegisters.Finisher.BASE), lui(5, 42 << 16), addi(5, 5, 0x333), lui(6, 0x3000),
                encode(Op.OR, 5, 5, 6, 0), sw(4, 5, 0), SPIN);
        RunResult result = machine.run(1_000_000);
        assertEquals(Outcome.EXITED, result.outcome());
        assertEquals(42, result.exitStatus());
    }

    @Test
    void uartTransmitsAndReceivedByteRaisesExternalInterruptThroughPlic() throws Exception {
        int handler = 0x80001000;
        int[] program = new int[handler / 4 - 0x80000000 / 4 + 4];
        int[] main = {
            lui(1, Uart0.BASE), addi(2, 0, 'O'), encode(Op.SB, 0, 1, 2, Uart0.THR), addi(2, 0, 'K'),
            encode(Op.SB, 0, 1, 2, Uart0.THR),
            addi(2, 0, Uart0.IER_ERBFI), encode(Op.SB, 0, 1, 2, Uart0.IER),
            lui(3, Plic.BASE), addi(2, 0, 1), sw(3, 2, 4 * ChipRegisters.Irq.UART0),
            addi(2, 0, 1 << ChipRegisters.Irq.UART0), lui(4, Plic.BASE + Plic.ENABLE), sw(4, 2, 0),
            lui(2, handler), csrw(Csr.MTVEC, 2), addi(2, 0, 1 << 10), encode(Op.ADD, 2, 2, 2, 0), // MEIE

            csrw(Csr.MIE, 2), addi(2, 0, Csr.MSTATUS_MIE), csrw(Csr.MSTATUS, 2), WFI, SPIN,
        };
        System.arraycopy(main, 0, program, 0, main.length);
        int[] onTrap = {
            lui(3, Plic.BASE + Plic.THRESHOLD), lw(7, 3, Plic.CLAIM - Plic.THRESHOLD),
            encode(Op.LBU, 8, 1, 0, Uart0.RBR), sw(3, 7, Plic.CLAIM - Plic.THRESHOLD),
            encode(Op.SB, 0, 1, 8, Uart0.THR), lui(4, ChipRegisters.Finisher.BASE), lui(5, 0x5000),
            addi(5, 5, 0x555), sw(4, 5, 0),
        };
        int[] full = new int[program.length + onTrap.length];
        System.arraycopy(program, 0, full, 0, program.length);
        System.arraycopy(onTrap, 0, full, (handler - 0x80000000) / 4, onTrap.length);
        boot(full);
        RunResult asleep = machine.run(1_000_000);
        assertEquals(Outcome.ASLEEP, asleep.outcome(), "waits for input");
        machine.uart().receive(new byte[] {'!'});
        RunResult done = machine.run(2_000_000);
        assertEquals(Outcome.EXITED, done.outcome(), () -> done + " " + machine.hart().halted());
        assertEquals("OK!", uart.toString(StandardCharsets.US_ASCII));
        assertEquals(TrapCause.INTERRUPT | Csr.MEI, machine.hart().csr(Csr.MCAUSE));
        assertEquals(ChipRegisters.Irq.UART0, machine.hart().register(7), "claimed the UART source");
    }
}
