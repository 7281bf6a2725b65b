package org.neuromtj.tools.workload.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.EnergyReport;
import org.neuromtj.chip.ledger.Floorplan;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.Npu;
import org.neuromtj.chip.npu.NpuConfig;
import org.neuromtj.chip.npu.tile.TileConfig;

class SensitivityTest {
    private static final long CYCLES = 1_000_000;

    private static Floorplan plan(Technology t) {
        return new Npu(NpuConfig.defaults(), TileConfig.defaults(), t, 1).floorplan();
    }

    private static InferenceFigures figures(long[] counts, Technology t) {
        Floorplan plan = plan(t);
        return new InferenceFigures(counts, EnergyReport.of(counts, t, plan), t, plan, CYCLES, new long[][] {counts},
                new long[0], new long[0][], new double[] {1}, new double[] {1});
    }

    private static long[] counts() {
        long[] c = new long[Action.values().length];
        c[Action.CELL_READ.ordinal()] = 100_000;
        c[Action.TDC_CONVERSION.ordinal()] = 1_000;
        c[Action.TDC_COUNT.ordinal()] = 200_000;
        c[Action.NEURON_BIT_OP.ordinal()] = 50_000;
        c[Action.CORE_ALU.ordinal()] = 20_000;
        c[Action.SPIKE.ordinal()] = 40;
        c[Action.TILE_POWERED_PS.ordinal()] = 4 * CYCLES * 10_000;
        c[Action.ALWAYS_ON_PS.ordinal()] = CYCLES * 10_000;
        return c;
    }

    private static Sensitivity entry(List<Sensitivity> all, String path) {
        return all.stream().filter(s -> s.entry().equals(path)).findFirst().orElseThrow(() -> new AssertionError(path));
    }

    private static void movesAsARecostedRun(Sensitivity s, String path, double value) {
        for (double factor : new double[] {0.5, 2}) {
            Technology changed = Technology.read(ConfigNode.resource(Technology.class, "default-technology.yaml")
                    .with(path, value * factor));
            InferenceFigures again = figures(counts(), changed);
            assertEquals(again.energyPerSpikeFj(), factor < 1 ? s.perSpikeHalvedFj() : s.perSpikeDoubledFj(), 1e-6, path);
            assertEquals(again.topsPerWatt(), factor < 1 ? s.topsPerWattHalved() : s.topsPerWattDoubled(), 1e-9, path);
            assertEquals(again.topsPerMm2(), factor < 1 ? s.topsPerMm2Halved() : s.topsPerMm2Doubled(), 1e-12, path);
        }
    }

    @Test
    void anAssumedEntryMovesTheResultAsARunCostedWithItHalvedOrDoubledDoes() {
        List<Sensitivity> all = Sensitivity.of(figures(counts(), Technology.defaults()));
        movesAsARecostedRun(entry(all, "actions.tdc_conversion.energy_fj"), "actions.tdc_conversion.energy_fj", 50);
    }

    @Test
    void anAssumedInputMovesEveryDerivationThatUsesIt() {
        Technology t = Technology.defaults();
        List<Sensitivity> all = Sensitivity.of(figures(counts(), t));
        Sensitivity overhead = entry(all, "cmos.instruction_overhead_fj");
        movesAsARecostedRun(overhead, "cmos.instruction_overhead_fj", 5000);
        // Doubled, the core's instructions cost (10000 + 100) x 28/45 fJ instead of (5000 + 100) x 28/45.
        double delta = 20_000 * 5000 * 28.0 / 45;
        assertEquals((figures(counts(), t).energy().totalFj() + delta) / 40, overhead.perSpikeDoubledFj(), 1e-6);
    }

    @Test
    void anAssumedAreaMovesTheAreaAndTheLeakageThatFollowsIt() {
        List<Sensitivity> all = Sensitivity.of(figures(counts(), Technology.defaults()));
        Sensitivity gate = entry(all, "area.gate_um2");
        movesAsARecostedRun(gate, "area.gate_um2", 0.5);
        assertTrue(gate.topsPerMm2Halved() > gate.topsPerMm2Doubled());
        assertTrue(gate.perSpikeHalvedFj() < gate.perSpikeDoubledFj(), "leakage follows the logic's area");
    }

    @Test
    void entriesAreListedWeightiestFirstAndThoseThatMoveNothingAreLeftOut() {
        List<Sensitivity> all = Sensitivity.of(figures(counts(), Technology.defaults()));
        for (int k = 1; k < all.size(); k++) {
            assertTrue(all.get(k - 1).weight() >= all.get(k).weight());
        }
        assertTrue(all.stream().allMatch(s -> s.source().startsWith("assumed")));
        // No SOT pulse in the run: its driver's energy moves nothing.
        assertTrue(all.stream().noneMatch(s -> s.entry().equals("actions.sot_pulse.energy_fj")));
    }
}
