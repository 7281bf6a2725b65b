package org.neuromtj.chip.npu.tile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.neuromtj.chip.device.MtjParameters;
import org.neuromtj.chip.device.Variation;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.ledger.ReadPath;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.geometry.CrossbarGeometry;
import org.neuromtj.chip.npu.geometry.SynapseLayout;

/** TMR(V) = TMR0 / (1 + V²/V_h²): what a junction keeps of its TMR at the bias each read puts on it. */
class TmrBiasTest {

    @Test
    void theTmrHalvesAtTheHalfVoltage() {
        MtjParameters d = Technology.defaults().device();
        assertEquals(0.5, d.tmrHalfVoltageV(), "the compact model's V_h (device-figures)");
        assertEquals(1, d.tmrFactor(0));
        assertEquals(0.5, d.tmrFactor(0.5), 1e-15);
        assertEquals(0.2, d.tmrFactor(1.0), 1e-15);
        assertEquals(d.tmr() / 2, d.atBias(0.5).tmr(), 1e-15);
        assertEquals(1, d.withTmr(1).withLevels(2).withRaOhmUm2(1).tmrFactor(0), "withers keep V_h");
        assertEquals(1, new MtjParameters(6.16, 40, 1, 300, 45, 1, 1200, 776, 2, Double.POSITIVE_INFINITY).tmrFactor(5),
                "an infinite V_h: no bias dependence");
    }

    @Test
    void aCellReadAloneLosesMoreTmrThanOneOfSixtyFourInAString() {
        Technology tech = TileFixtures.technology(Variation.ideal(), 2);
        MtjParameters d = tech.device();
        ReadPath r = tech.readPath();
        CrossbarGeometry g = new CrossbarGeometry(64, 4, 64);
        Crossbar x = Crossbar.fabricate(g, SynapseLayout.Cell.BYPASS, tech, 1, "x", new Ledger());
        // Every cell antiparallel (level 0), every row driven.
        int[] all = java.util.stream.IntStream.range(0, 64).toArray();
        double rP = d.resistancePOhm();
        double rAp = d.resistanceApOhm();
        // Alone, the junction holds the read voltage less the transistor's share.
        double alone = d.tmrFactor(r.readVoltageV() * rAp / (rAp + r.transistorOnOhm()));
        assertEquals(rP + (rAp - rP) * alone, x.senseCell(3, 2), 1e-9);
        assertEquals(rP + (rAp - rP) * alone, x.aloneDevice().resistanceApOhm(), 1e-9);
        // In a string, its share of the mean voltage over the charge, V·θ / ln(1/(1 − θ)), in a nominal string.
        double mean = r.readVoltageV() * r.thresholdRatio() / r.chargingFactor();
        double string = 64 * (r.transistorOnOhm() + (rP + rAp) / 2);
        double inString = d.tmrFactor(mean * rAp / string);
        assertEquals(64 * (r.transistorOnOhm() + rP + (rAp - rP) * inString), x.read(all, 64).resistanceOhm()[0],
                1e-6);
        assertEquals(true, alone < 0.9 && inString > 0.9999, "alone " + alone + ", in a string " + inString);
        // A parallel junction has no TMR to lose.
        for (int i = 0; i < g.cells(); i++) {
            x.cells().setLevel(i, 1);
        }
        assertEquals(rP, x.senseCell(3, 2), 1e-9);
    }
}
