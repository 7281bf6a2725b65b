package org.neuromtj.chip.npu.tile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuromtj.isa.core.Encoder.encode;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.neuromtj.chip.Machine;
import org.neuromtj.chip.TestElf;
import org.neuromtj.chip.elf.ElfReader;
import org.neuromtj.chip.regs.ChipRegisters.NpuTile;
import org.neuromtj.chip.sim.Outcome;
import org.neuromtj.chip.sim.RunResult;
import org.neuromtj.isa.core.BusFault;
import org.neuromtj.isa.core.Op;
import org.neuromtj.isa.core.TrapCause;

class TileRegistersTest {
    private final Machine machine = new Machine(new ByteArrayOutputStream(), 1);
    private long stalled;
    private final TileRegisters regs = new TileRegisters(machine.npu().tiles(), cycles -> stalled += cycles, () -> 0L);

    @Test
    void geometryRegistersDescribeTheTileAsBuilt() {
        assertEquals(64, regs.read(NpuTile.ROWS, 4));
        assertEquals(64, regs.read(NpuTile.COLUMNS, 4));
        assertEquals(64, regs.read(NpuTile.SEGMENT, 4));
        assertEquals(2, regs.read(NpuTile.LEVELS, 4));
        assertEquals(8, regs.read(NpuTile.TDC_COUNT, 4));
        assertEquals(NpuTile.STATUS_CALIBRATED, regs.read(NpuTile.STATUS, 4));
    }

    @Test
    void weightWindowProgramsAndSensesCellsThroughTheWriteDriver() {
        regs.write(NpuTile.WEIGHT + 5 * 64 + 3, 1, 1);
        assertEquals(1, machine.npu().tile(0).crossbar().cells().level(5 * 64 + 3));
        assertEquals(1, regs.read(NpuTile.WEIGHT + 5 * 64 + 3, 1));
        regs.write(NpuTile.WEIGHT + 8, 4, 0x01000101);
        assertEquals(0x01000101, regs.read(NpuTile.WEIGHT + 8, 4));
        assertEquals(0, regs.read(NpuTile.WRITE_FAILS, 4));
        assertTrue(stalled > 0, "weight accesses hold the bus");
    }

    @Test
    void accessesPastTheArrayOrTheConvertersAreBusErrors() {
        assertSame(BusFault.INSTANCE, assertThrows(BusFault.class, () -> regs.read(NpuTile.WEIGHT + 64 * 64, 1)));
        assertThrows(BusFault.class, () -> regs.write(NpuTile.WEIGHT + 64 * 64 - 2, 4, 0));
        assertEquals(0, machine.npu().tile(0).crossbar().cells().level(64 * 64 - 1), "a faulting write changes nothing");
        assertThrows(BusFault.class, () -> regs.read(NpuTile.TDC_GAIN + 8 * 4, 4));
        assertThrows(BusFault.class, () -> regs.read(NpuTile.ROWS, 1));
        assertThrows(BusFault.class, () -> regs.write(NpuTile.SELECT, 4, 4), "the default mesh has tiles 0-3");
        assertEquals(0, regs.read(NpuTile.SELECT, 4));
    }

    @Test
    void firmwareStoreOutsideTheWeightWindowIsAnAccessFaultNotAnEmulatorError() throws Exception {
        int base = (int) (NpuTile.BASE + NpuTile.WEIGHT);
        machine.load(ElfReader.forChip().read("t.elf", TestElf.of(
                encode(Op.LUI, 1, 0, 0, base + 0x1000), encode(Op.SB, 0, 1, 0, 0),
                encode(Op.JAL, 0, 0, 0, 0)).bytes()));
        RunResult r = machine.run(1000);
        assertEquals(Outcome.TRAPPED, r.outcome());
        assertEquals(TrapCause.STORE_ACCESS_FAULT, r.trap().orElseThrow().mcause());
        assertEquals(base + 0x1000, r.trap().orElseThrow().mtval());
    }

    @Test
    void theRegisterDescriptionNamesEveryLedgerActionByItsIndex() throws Exception {
        for (org.neuromtj.chip.ledger.Action a : org.neuromtj.chip.ledger.Action.values()) {
            assertEquals(a.ordinal(), NpuTile.class.getField("ACTION_" + a.name()).getInt(null), a.name());
        }
    }

    @Test
    void ledgerCountsAreReadableThroughTheRegisters() {
        regs.write(NpuTile.WEIGHT + 3, 1, 1);
        regs.write(NpuTile.LEDGER_ACTION, 4, NpuTile.ACTION_SOT_PULSE);
        long pulses = machine.npu().tile(0).ledger().total(org.neuromtj.chip.ledger.Action.SOT_PULSE);
        assertTrue(pulses > 0);
        assertEquals(pulses, Integer.toUnsignedLong(regs.read(NpuTile.LEDGER_COUNT_LO, 4)));
        assertEquals(0, regs.read(NpuTile.LEDGER_COUNT_HI, 4));
        assertThrows(BusFault.class, () -> regs.write(NpuTile.LEDGER_ACTION, 4,
                org.neuromtj.chip.ledger.Action.values().length));
        // The write line's heat, in mV^2 ps, outgrows 32 bits in a few pulses: read as two halves.
        regs.write(NpuTile.LEDGER_ACTION, 4, NpuTile.ACTION_SOT_HEAT);
        long heat = machine.npu().tile(0).ledger().total(org.neuromtj.chip.ledger.Action.SOT_HEAT);
        long lo = Integer.toUnsignedLong(regs.read(NpuTile.LEDGER_COUNT_LO, 4));
        assertEquals(heat, lo | (long) regs.read(NpuTile.LEDGER_COUNT_HI, 4) << 32);
        assertTrue(heat >= pulses * org.neuromtj.chip.ledger.Action.sotHeat(1, 1), "heat counted with the pulses");
    }

    @Test
    void calibrationAndGainRegistersAreReachable() {
        regs.write(NpuTile.TDC_GAIN + 4, 4, 300);
        assertEquals(300, machine.npu().tile(0).tdc().gain(1));
        regs.write(NpuTile.CMD, 4, NpuTile.CMD_CALIBRATE);
        assertEquals(machine.npu().tile(0).tdc().gain(0), regs.read(NpuTile.TDC_GAIN + 4, 4));
    }

    @Test
    void theLearningRegistersSetTheSelectedTilesRuleAndOjasDepressingAmplitudeDefaultsToTheLearningPulses() {
        regs.write(NpuTile.SELECT, 4, 2);
        regs.write(NpuTile.LEARN_PULSE, 4, 84);
        regs.write(NpuTile.LEARN_CTRL, 4, NpuTile.LEARN_OJA | 1 << NpuTile.LEARN_CTRL_WINDOW_LSB);
        regs.write(NpuTile.LEARN_ROWS, 4, 70 << NpuTile.LEARN_ROWS_COUNT_LSB);
        var rule = machine.npu().tile(2).learning().config();
        assertEquals(org.neuromtj.chip.npu.learning.LearningConfig.Mode.OJA, rule.mode());
        assertEquals(70, rule.rows());
        assertEquals(84, rule.depressingMv(), "no depressing amplitude of its own: the learning pulse's");
        regs.write(NpuTile.LEARN_DEPRESS, 4, 0xFFFF0000 | 96);
        assertEquals(96, machine.npu().tile(2).learning().config().depressingMv(), "the field is 16 bits");
        assertEquals(96, regs.read(NpuTile.LEARN_DEPRESS, 4) & 0xFFFF);
        assertEquals(0, machine.npu().tile(0).learning().config().depressMv(), "another tile keeps its own");
    }
}
