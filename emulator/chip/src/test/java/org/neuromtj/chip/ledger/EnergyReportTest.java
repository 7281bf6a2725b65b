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
        ledger.add(Action.SPIKE, 2);
        EnergyReport r = EnergyReport.of(ledger, tech);
        double crossbar = 1000 * tech.cost(Action.CELL_READ).energyFj() + 10 * tech.cost(Action.STRING_READ).energyFj();
        assertEquals(crossbar, r.byBlock().get(Block.CROSSBAR), 1e-9);
        assertEquals(3 * 780.0, r.byBlock().get(Block.WRITE_DRIVER), 1e-9);
        double total = crossbar + 3 * 780.0 + 2 * tech.cost(Action.SPIKE).energyFj();
        assertEquals(total, r.totalFj(), 1e-9);
        assertEquals(total / 2, r.perSpikeFj(), 1e-9);
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
