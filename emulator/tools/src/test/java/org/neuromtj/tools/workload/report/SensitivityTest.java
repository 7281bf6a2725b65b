package org.neuromtj.tools.workload.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.EnergyReport;
import org.neuromtj.chip.ledger.Technology;

class SensitivityTest {

    private static InferenceFigures figures(long[] counts, Technology technology) {
        return new InferenceFigures(counts, EnergyReport.of(counts, technology), new long[][] {counts}, new long[0],
                new double[] {1}, new double[] {1});
    }

    private static long[] counts() {
        long[] c = new long[Action.values().length];
        c[Action.CELL_READ.ordinal()] = 100_000;
        c[Action.TDC_CONVERSION.ordinal()] = 1_000;
        c[Action.TDC_COUNT.ordinal()] = 200_000;
        c[Action.NEURON_BIT_OP.ordinal()] = 50_000;
        c[Action.SPIKE.ordinal()] = 40;
        return c;
    }

    @Test
    void halvingOrDoublingAnAssumedEntryMovesTheResultAsARecostedRunDoes() {
        Technology t = Technology.defaults();
        List<Sensitivity> all = Sensitivity.of(figures(counts(), t), t);
        Sensitivity tdc = all.stream().filter(s -> s.action() == Action.TDC_COUNT).findFirst().orElseThrow();
        double each = t.cost(Action.TDC_COUNT).energyFj();
        for (double factor : new double[] {0.5, 2}) {
            Technology changed = Technology.read(ConfigNode.resource(Technology.class, "default-technology.yaml")
                    .with("actions.tdc_count.energy_fj.value", each * factor));
            InferenceFigures again = figures(counts(), changed);
            assertEquals(again.energyPerSpikeFj(), factor < 1 ? tdc.perSpikeHalvedFj() : tdc.perSpikeDoubledFj(), 1e-6);
            assertEquals(again.topsPerWatt(), factor < 1 ? tdc.topsPerWattHalved() : tdc.topsPerWattDoubled(), 1e-9);
        }
    }

    @Test
    void onlyAssumedEntriesThatCostSomethingAreListedHeaviestFirst() {
        Technology t = Technology.defaults();
        List<Sensitivity> all = Sensitivity.of(figures(counts(), t), t);
        assertFalse(all.isEmpty());
        for (int k = 1; k < all.size(); k++) {
            assertTrue(all.get(k - 1).shareOfEnergy() >= all.get(k).shareOfEnergy());
        }
        assertTrue(all.stream().allMatch(s -> t.cost(s.action()).assumed()));
        // The neuron's bit operation is derived, but from an assumed node: it is listed, naming the input.
        Sensitivity bitOp = all.stream().filter(s -> s.action() == Action.NEURON_BIT_OP).findFirst().orElseThrow();
        assertTrue(bitOp.source().endsWith("[assumed inputs: node_nm]"), bitOp.source());
        // An entry that cost nothing in the run moves nothing and is left out.
        assertTrue(all.stream().noneMatch(s -> s.action() == Action.SOT_PULSE || s.action() == Action.VERIFY_READ));
        // A derivation from sourced inputs is no assumption.
        assertFalse(t.cost(Action.SOT_HEAT).assumed());
    }
}
