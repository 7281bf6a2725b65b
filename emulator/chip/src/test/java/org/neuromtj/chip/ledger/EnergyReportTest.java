package org.neuromtj.chip.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EnergyReportTest {

    @Test
    void energyIsCountsTimesTheTechnologyCostSummedPerBlock() {
        Technology tech = Technology.defaults();
        Ledger ledger = new Ledger();
        ledger.add(Action.CELL_READ, 1000);
        ledger.add(Action.STRING_READ, 10);
        ledger.add(Action.SOT_PULSE, 3);
        ledger.add(Action.SOT_HEAT, 3 * Action.sotHeat(1000, 750));
        ledger.add(Action.SPIKE, 2);
        EnergyReport r = EnergyReport.of(ledger, tech);
        double crossbar = 1000 * tech.cost(Action.CELL_READ).energyFj() + 10 * tech.cost(Action.STRING_READ).energyFj();
        assertEquals(crossbar, r.byBlock().get(Block.CROSSBAR), 1e-9);
        // Three 1 V, 0.75 ns pulses heat the 776 Ohm write line with 3 x 0.97 pJ, beside their drivers.
        double writes = 3 * (1.0 * 1.0 / 776 * 0.75e-9 * 1e15 + tech.cost(Action.SOT_PULSE).energyFj());
        assertEquals(writes, r.byBlock().get(Block.WRITE_DRIVER), 1e-6);
        double total = crossbar + writes + 2 * tech.cost(Action.SPIKE).energyFj();
        assertEquals(total, r.totalFj(), 1e-6);
        assertEquals(total / 2, r.perSpikeFj(), 1e-6);
        assertEquals(total / 1000, r.perSynapticOpFj(), 1e-9);
    }

    @Test
    void aTimestepReportCostsOnlyThatTimestepsActions() {
        Technology tech = Technology.defaults();
        Ledger ledger = new Ledger();
        ledger.add(Action.SPIKE, 5);
        ledger.closeTimestep(10);
        ledger.add(Action.SPIKE, 1);
        Ledger.Timestep second = ledger.closeTimestep(7);
        assertEquals(tech.cost(Action.SPIKE).energyFj(), EnergyReport.of(second, tech).totalFj(), 1e-9);
        assertEquals(7, second.cycles());
        assertEquals(6 * tech.cost(Action.SPIKE).energyFj(), EnergyReport.of(ledger, tech).totalFj(), 1e-9);
    }
}
