package org.neuromtj.chip.soc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuromtj.chip.regs.ChipRegisters.Clint;
import org.neuromtj.chip.regs.ChipRegisters.Npu;
import org.neuromtj.chip.regs.ChipRegisters.Plic;
import org.neuromtj.chip.regs.ChipRegisters.Uart0;
import org.neuromtj.isa.core.BusFault;
import org.neuromtj.isa.regs.Access;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;

/** The register description's access rules, interpreted once for every device. */
class RegisterFrontTest {

    @Test
    void resetValuesComeFromTheDescriptionMaskedToTheFields() {
        RegisterFront npu = new RegisterFront("NPU", RegisterFront.Miss.FAULT);
        assertEquals(1, npu.read(Npu.MAP_FANOUT, 4));
        RegisterFront clint = new RegisterFront("CLINT", RegisterFront.Miss.IGNORE);
        assertEquals(-1, clint.read(Clint.MTIMECMP, 4));
        assertEquals(-1, clint.read(Clint.MTIMECMP + 4, 4));
    }

    @Test
    void writesKeepOnlyTheFieldsBits() {
        RegisterFront plic = new RegisterFront("PLIC", RegisterFront.Miss.IGNORE);
        plic.write(Plic.THRESHOLD, 4, 0xFF);
        assertEquals(Plic.THRESHOLD_THRESHOLD, plic.read(Plic.THRESHOLD, 4));
        plic.write(Plic.PRIORITY + 3 * Plic.PRIORITY_STRIDE, 4, 0x1F);
        assertEquals(Plic.PRIORITY_PRIO, plic.get("PRIORITY", 3));
    }

    @Test
    void writeOneToClearClearsOnlyTheBitsWritten() {
        RegisterFront npu = new RegisterFront("NPU", RegisterFront.Miss.FAULT);
        npu.set("IRQ_PENDING", Npu.IRQ_PENDING_ERROR | Npu.IRQ_PENDING_RUN_DONE);
        List<long[]> seen = new ArrayList<>();
        npu.onWrite("IRQ_PENDING", (e, before, after) -> seen.add(new long[] {before, after}));
        npu.write(Npu.IRQ_PENDING, 4, Npu.IRQ_PENDING_ERROR);
        assertEquals(Npu.IRQ_PENDING_RUN_DONE, npu.read(Npu.IRQ_PENDING, 4));
        assertEquals(Npu.IRQ_PENDING_ERROR | Npu.IRQ_PENDING_RUN_DONE, seen.get(0)[0]);
        assertEquals(Npu.IRQ_PENDING_RUN_DONE, seen.get(0)[1]);
    }

    @Test
    void theAccessRuleOfEveryTypeIsTheOneTheDescriptionStates() {
        assertEquals(0b0110, Access.RW.afterWrite(0b1010, 0b0110));
        assertEquals(0b1000, Access.W1C.afterWrite(0b1010, 0b0110));
        assertEquals(0b1110, Access.W1S.afterWrite(0b1010, 0b0110));
        assertEquals(0b1010, Access.RO.afterWrite(0b1010, 0b0110));
    }

    @Test
    void readOnlyRegistersIgnoreWritesAndReadWhatTheHardwareSupplies() {
        RegisterFront npu = new RegisterFront("NPU", RegisterFront.Miss.FAULT);
        List<Long> written = new ArrayList<>();
        npu.onRead("TIMESTEPS_DONE", e -> 42).onWrite("TIMESTEPS_DONE", (e, b, v) -> written.add(v));
        npu.write(Npu.TIMESTEPS_DONE, 4, 7);
        assertEquals(42, npu.read(Npu.TIMESTEPS_DONE, 4));
        assertEquals(List.of(), written);
        assertEquals(0, npu.read(Npu.RUN, 4), "a write-only register reads 0");
    }

    @Test
    void sixtyFourBitRegistersAreReachedAsTwoHalves() {
        RegisterFront clint = new RegisterFront("CLINT", RegisterFront.Miss.IGNORE);
        List<Long> seen = new ArrayList<>();
        clint.onWrite("MTIMECMP", (e, before, after) -> seen.add(after));
        clint.write(Clint.MTIMECMP, 4, 0x1234);
        clint.write(Clint.MTIMECMP + 4, 4, 0x5);
        assertEquals(0x5_0000_1234L, clint.get("MTIMECMP"));
        assertEquals(List.of(0xFFFF_FFFF_0000_1234L, 0x5_0000_1234L), seen);
    }

    @Test
    void aBankSelectsWhichRegisterSharesAnOffset() {
        RegisterFront uart = new RegisterFront("UART0", RegisterFront.Miss.IGNORE);
        List<Long> sent = new ArrayList<>();
        uart.onWrite("THR", (e, b, v) -> sent.add(v));
        uart.write(Uart0.THR, 1, 'A');
        uart.write(Uart0.LCR, 1, Uart0.LCR_DLAB);
        uart.write(Uart0.DLL, 1, 0x1B);
        assertEquals(0x1B, uart.read(Uart0.DLL, 1));
        uart.write(Uart0.LCR, 1, 0);
        assertEquals(List.of((long) 'A'), sent);
        assertEquals(0x1B, uart.get("DLL"));
    }

    @Test
    void anAccessThatHitsNoRegisterFollowsTheDevicesPolicy() {
        assertSame(BusFault.INSTANCE, assertThrows(BusFault.class,
                () -> new RegisterFront("NPU", RegisterFront.Miss.FAULT).read(0xFFC, 4)));
        assertThrows(BusFault.class, () -> new RegisterFront("NPU", RegisterFront.Miss.FAULT).write(Npu.RUN, 1, 1));
        RegisterFront clint = new RegisterFront("CLINT", RegisterFront.Miss.IGNORE);
        assertEquals(0, clint.read(0x10, 4));
        clint.write(Clint.MSIP, 2, 1);
        assertEquals(0, clint.get("MSIP"), "a write of the wrong size is ignored");
    }

    @Test
    void storedRegistersSaveAndRestoreByName() {
        RegisterFront a = new RegisterFront("PLIC", RegisterFront.Miss.IGNORE);
        a.write(Plic.ENABLE, 4, 0xF0);
        a.write(Plic.PRIORITY + 4, 4, 5);
        StateWriter out = new StateWriter();
        a.save(out);
        RegisterFront b = new RegisterFront("PLIC", RegisterFront.Miss.IGNORE);
        b.restore(new StateReader(out.toByteArray()));
        assertEquals(0xF0, b.get("ENABLE"));
        assertEquals(5, b.get("PRIORITY", 1));
    }

    @Test
    void unknownDevicesAndRegistersAreNamed() {
        assertEquals("the register description has no device NOPE",
                assertThrows(IllegalArgumentException.class, () -> new RegisterFront("NOPE", RegisterFront.Miss.FAULT))
                        .getMessage());
        assertEquals("the register description has no register PLIC.NOPE", assertThrows(
                IllegalArgumentException.class,
                () -> new RegisterFront("PLIC", RegisterFront.Miss.IGNORE).onRead("NOPE", e -> 0)).getMessage());
    }
}
