package org.neuromtj.chip.npu.tile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neuromtj.chip.device.Variation;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.geometry.CrossbarGeometry;
import org.neuromtj.chip.npu.geometry.SynapseLayout;
import org.neuromtj.foundation.random.Seeds;

class CurrentSummationTest {
    private static final CrossbarGeometry G = new CrossbarGeometry(128, 8, 64);

    @Test
    void idealCellsAndAFineAdcCountTheCellsWhoseInputAndWeightDiffer() {
        Technology tech = TileFixtures.technology(Variation.ideal(), 2);
        Crossbar x = Crossbar.fabricate(G, SynapseLayout.Cell.XNOR, tech, 1, "x", new Ledger());
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < G.cells(); i++) {
            x.cells().setLevel(i, r.nextInt(2));
        }
        int[] driven = new int[G.rows()];
        int count = 0;
        for (int row = 0; row < G.rows(); row++) {
            if (r.nextBoolean()) {
                driven[count++] = row;
            }
        }
        int[] expected = new int[G.strings()];
        boolean[] on = new boolean[G.rows()];
        for (int k = 0; k < count; k++) {
            on[driven[k]] = true;
        }
        double conductance = 0;
        for (int row = 0; row < G.rows(); row++) {
            for (int c = 0; c < G.columns(); c++) {
                boolean weight = x.cells().level(G.cell(row, c)) == 1;
                expected[G.string(row / G.segment(), c)] += on[row] != weight ? 1 : 0;
                conductance += 1 / x.pathOhm(G.cell(row, c), on[row], true);
            }
        }
        CurrentSummation read = new CurrentSummation(x, 16, 10, Seeds.generator(1, "n"));
        int[] counts = new int[G.strings()];
        read.counts(driven, count, counts);
        assertArrayEquals(expected, counts);
        // The read supply gives V·I·t: the read voltage across every cell's conductance for 16 ns.
        double v = tech.readPath().readVoltageV();
        assertEquals(v * v * conductance * 16e-9 * 1e15, read.columnEnergyFj(), 1e-9 * read.columnEnergyFj());
    }

    @Test
    void aFewAdcBitsGroupNeighbouringCountsAndBypassCellsAreRefused() {
        Technology tech = TileFixtures.technology(Variation.ideal(), 2);
        Crossbar x = Crossbar.fabricate(G, SynapseLayout.Cell.XNOR, tech, 1, "x", new Ledger());
        CurrentSummation read = new CurrentSummation(x, 16, 4, Seeds.generator(1, "n"));
        int[] counts = new int[G.strings()];
        java.util.Set<Integer> seen = new java.util.TreeSet<>();
        int[] all = java.util.stream.IntStream.range(0, G.rows()).toArray();
        for (int differ = 0; differ <= 64; differ++) {
            for (int row = 0; row < 64; row++) {
                // Driven rows agree with level 1; a cell at level 0 differs.
                x.cells().setLevel(G.cell(row, 0), row < differ ? 0 : 1);
            }
            read.counts(all, G.rows(), counts);
            assertEquals(differ, counts[0], 5, "within a code's width");
            seen.add(counts[0]);
        }
        assertEquals(true, seen.size() <= 16, "16 codes: " + seen);
        Crossbar bypass = Crossbar.fabricate(G, SynapseLayout.Cell.BYPASS, tech, 1, "b", new Ledger());
        assertThrows(IllegalArgumentException.class, () -> new CurrentSummation(bypass, 16, 4,
                Seeds.generator(1, "n")));
    }
}
