package org.neuromtj.chip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuromtj.isa.core.Encoder.encode;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuromtj.chip.elf.ElfReader;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Block;
import org.neuromtj.chip.ledger.EnergyReport;
import org.neuromtj.chip.ledger.Floorplan;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.ledger.Silicon;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.tile.Tile;
import org.neuromtj.chip.npu.tile.TileConfig;
import org.neuromtj.chip.npu.tile.TileRegisters;
import org.neuromtj.chip.regs.ChipRegisters;
import org.neuromtj.chip.regs.ChipRegisters.NpuTile;
import org.neuromtj.chip.sim.ClockDomain;
import org.neuromtj.chip.sim.RunResult;
import org.neuromtj.isa.core.Csr;
import org.neuromtj.isa.core.Op;

/** The whole chip charged from what it did: the core by instruction class, RAM, bus and devices, tiles' power. */
class EnergyAccountingTest {
    private static final long PS_PER_CYCLE = Math.round(ClockDomain.CORE.nanoseconds(1) * 1000);

    private static int lui(int rd, long value) {
        return encode(Op.LUI, rd, 0, 0, (int) value);
    }

    private static int addi(int rd, int rs1, int imm) {
        return encode(Op.ADDI, rd, rs1, 0, imm);
    }

    private static long count(Machine m, Action a) {
        return m.ledgers().stream().mapToLong(l -> l.total(a)).sum();
    }

    @Test
    void theCoreIsChargedByInstructionClassAndEveryFetchAndDataAccessReachesRamOrTheBus() throws Exception {
        Machine m = new Machine(new ByteArrayOutputStream(), 1);
        long data = ChipRegisters.RAM_BASE + 0x10000;
        m.load(ElfReader.forChip().read("t.elf", TestElf.of(
                lui(1, data), addi(2, 0, 7),
                encode(Op.SW, 0, 1, 2, 0), encode(Op.LW, 3, 1, 0, 0),
                encode(Op.MUL, 4, 3, 2, 0), encode(Op.DIV, 5, 4, 2, 0),
                encode(Op.CSRRS, 6, 0, 0, Csr.MCYCLE),
                lui(7, ChipRegisters.Uart0.BASE), encode(Op.SB, 0, 7, 2, 0),
                lui(8, ChipRegisters.Finisher.BASE), lui(9, 0x5000), addi(9, 9, 0x555), encode(Op.SW, 0, 8, 9, 0),
                encode(Op.JAL, 0, 0, 0, 0)).bytes()));
        RunResult r = m.run(1_000_000);
        m.settle();
        assertEquals(4, count(m, Action.CORE_MEMORY), "sw, lw, the UART's sb and the finisher's sw");
        assertEquals(1, count(m, Action.CORE_MUL));
        assertEquals(1, count(m, Action.CORE_DIV));
        assertEquals(1, count(m, Action.CORE_SYSTEM));
        assertEquals(r.instret() - 7, count(m, Action.CORE_ALU));
        assertEquals(r.instret() + 1, count(m, Action.RAM_READ), "every fetch, and the one load from RAM");
        assertEquals(1, count(m, Action.RAM_WRITE));
        assertEquals(2, count(m, Action.BUS_TRANSFER));
        assertEquals(2, count(m, Action.PERIPHERAL_ACCESS));
        assertEquals(r.cycles() * PS_PER_CYCLE, count(m, Action.ALWAYS_ON_PS));
        // The program's bank and the data's: two 32 KB banks hold something; the rest hold zeros and are gated.
        assertEquals(2 * r.cycles() * PS_PER_CYCLE, count(m, Action.RAM_BANK_PS));
        // Settling again at the same cycle adds nothing.
        m.settle();
        assertEquals(r.instret() + 1, count(m, Action.RAM_READ));
        EnergyReport e = EnergyReport.of(m.ledgers(), m.technology(), m.floorplan());
        for (Block b : List.of(Block.CORE, Block.RAM, Block.BUS, Block.PERIPHERALS)) {
            assertTrue(e.byBlock().get(b) > 0 && e.staticByBlock().get(b) > 0, b.name());
        }
        assertEquals(0, e.staticByBlock().get(Block.NEURONS), "no tile was used: every tile stayed gated");
    }

    @Test
    void aTileIsGatedUntilFirstUsedAndWakingCostsItsEnergyAndLatency() {
        Machine m = new Machine(new ByteArrayOutputStream(), 1);
        long[] now = {1000};
        long[] stalled = {0};
        TileRegisters regs = new TileRegisters(m.npu().tiles(), c -> stalled[0] += c, () -> now[0]);
        Tile t1 = m.npu().tile(1);
        assertFalse(t1.powered());
        regs.write(NpuTile.SELECT, 4, 1);
        assertFalse(t1.powered(), "selecting a tile is the block's business, not the tile's");
        regs.write(NpuTile.THRESHOLD, 4, 5);
        assertTrue(t1.powered());
        assertEquals(1, t1.ledger().total(Action.TILE_WAKE));
        long wake = ClockDomain.CORE.cyclesForNs(m.technology().cost(Action.TILE_WAKE).latencyNs());
        assertTrue(wake > 0);
        assertEquals(wake, stalled[0], "the access waited for the wake-up");
        regs.write(NpuTile.THRESHOLD, 4, 6);
        assertEquals(wake, stalled[0], "a powered tile wakes no more");
        now[0] = 5000;
        m.npu().settle(now[0]);
        assertEquals((5000 - 1000) * PS_PER_CYCLE, t1.ledger().total(Action.TILE_POWERED_PS));
        assertEquals(0, m.npu().tile(0).ledger().total(Action.TILE_POWERED_PS), "never used, never powered");

        Machine always = new Machine(new ByteArrayOutputStream(), 1, new NpuConfig(NpuConfig.defaults().mesh(), 256,
                256, 16, NpuConfig.PowerGating.NONE), TileConfig.defaults(), Technology.defaults());
        assertTrue(always.npu().tiles().stream().allMatch(Tile::powered));
    }

    @Test
    void aCommandedCalibrationConvertsItsReferencesAndTakesTheirTime() {
        Machine m = new Machine(new ByteArrayOutputStream(), 1);
        long[] stalled = {0};
        TileRegisters regs = new TileRegisters(m.npu().tiles(), c -> stalled[0] += c, () -> 0L);
        Tile t0 = m.npu().tile(0);
        regs.write(NpuTile.THRESHOLD, 4, 5);
        long before = stalled[0];
        regs.write(NpuTile.CMD, 4, NpuTile.CMD_CALIBRATE);
        int converters = t0.tdc().converters();
        Ledger l = t0.ledger();
        assertEquals(2L * converters, l.total(Action.TDC_CONVERSION));
        assertEquals(2L * converters, l.total(Action.STRING_READ));
        assertEquals(t0.calibration().referenceCounts() * converters, l.total(Action.TDC_COUNT));
        assertTrue(t0.calibration().cycles() > 0);
        assertEquals(ClockDomain.CORE.cyclesFor(t0.calibration().cycles(), t0.config().npuClock()), stalled[0] - before);
        assertTrue(l.total(Action.READ_PATH_PS) > 0, "the read path was powered while it calibrated");
    }

    @Test
    void theFloorplanFollowsTheTechnologysAreasAndLeakage() {
        Machine m = new Machine(new ByteArrayOutputStream(), 1);
        Floorplan f = m.floorplan();
        Silicon s = m.technology().silicon();
        TileConfig tile = TileConfig.defaults();
        double f2 = Math.pow(s.featureNm() / 1000, 2);
        assertEquals(tile.geometry().rows() * tile.geometry().columns() * s.bitcellF2() * f2,
                f.unitUm2().get(Block.CROSSBAR), 1e-9);
        assertEquals(s.coreKge() * 1000 * s.gateUm2(), f.unitUm2().get(Block.CORE), 1e-9);
        assertEquals(8.0 * s.ramBankBytes() * s.sramBitUm2(), f.unitUm2().get(Block.RAM), 1e-9);
        assertEquals(ChipRegisters.RAM_SIZE / s.ramBankBytes(), f.ramBanks());
        assertEquals(f.unitUm2().get(Block.CORE) * s.logicNwPerUm2(), f.leakNw().get(Block.CORE), 1e-9);
        assertEquals(8.0 * s.ramBankBytes() * s.sramPwPerBit() * 1e-3, f.leakNw().get(Block.RAM), 1e-9);
        double total = f.totalUm2().values().stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(total * 1e-6, f.chipMm2(), 1e-12);
        assertTrue(f.npuMm2() < f.chipMm2());
        // The pitch is the side of a tile with its router and FIFO share; a hop crosses it.
        double tileUm2 = 0;
        for (Block b : Block.values()) {
            if (b.domain() == Block.Domain.TILE || b.domain() == Block.Domain.READ_PATH) {
                tileUm2 += f.unitUm2().get(b);
            }
        }
        tileUm2 += (f.unitUm2().get(Block.ROUTER) + f.unitUm2().get(Block.SPIKE_FIFOS)) / f.layout().tiles();
        assertEquals(Math.sqrt(tileUm2), f.tilePitchUm(), 1e-9);
        // Twice the gate's area: twice the logic's area and leakage.
        Technology.Assumption gate = m.technology().assumptions().stream()
                .filter(a -> a.path().equals("area.gate_um2")).findFirst().orElseThrow();
        Floorplan doubled = Floorplan.of(f.layout(), m.technology().scaled(gate, 2).silicon());
        assertEquals(2 * f.unitUm2().get(Block.CORE), doubled.unitUm2().get(Block.CORE), 1e-9);
        assertEquals(2 * f.leakNw().get(Block.CORE), doubled.leakNw().get(Block.CORE), 1e-9);
    }
}
