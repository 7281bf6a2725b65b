package org.neuromtj.chip.npu.tile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuromtj.chip.config.ConfigException;
import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.device.Direction;
import org.neuromtj.chip.device.SwitchingLaw;
import org.neuromtj.chip.device.Variation;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.npu.geometry.CrossbarGeometry;
import org.neuromtj.chip.npu.geometry.SynapseLayout;

/** Write disturb: the cells sharing a written cell's row and column see a weaker pulse and may switch. */
class WriteDisturbTest {
    private static final CrossbarGeometry G = new CrossbarGeometry(64, 32, 64);

    private static Crossbar crossbar() {
        return Crossbar.fabricate(G, SynapseLayout.Cell.BYPASS, TileFixtures.technology(Variation.ideal(), 2), 1, "x",
                new Ledger());
    }

    @Test
    void onlyTheWrittenCellsRowAndColumnAreHalfSelected() {
        Crossbar x = crossbar();
        SwitchingLaw certain = (a, w, d, junction) -> 1.0;
        assertEquals(63 + 31, x.halfSelect(5, 7, 0.5, 0.75, Direction.TO_PARALLEL, certain));
        for (int r = 0; r < G.rows(); r++) {
            for (int c = 0; c < G.columns(); c++) {
                boolean shared = (r == 5) != (c == 7);
                assertEquals(shared ? 1 : 0, x.cells().level(G.cell(r, c)), "cell " + r + "," + c);
            }
        }
        assertEquals(0, x.halfSelect(5, 7, 0.5, 0.75, Direction.TO_PARALLEL, certain), "none can go further");
        assertEquals(0, x.halfSelect(5, 7, 0.5, 0.75, Direction.TO_ANTIPARALLEL, (a, w, d, junction) -> 0.0));
    }

    @Test
    void eachHalfSelectedCellSwitchesWithTheProbabilityOfWhatItSees() {
        Crossbar x = crossbar();
        double p = 0.004;
        SwitchingLaw weak = (a, w, d, junction) -> a == 0.45 ? p : 1.0;
        long moved = 0;
        long trials = 0;
        for (int k = 0; k < 400; k++) {
            for (int i = 0; i < G.cells(); i++) {
                x.cells().setLevel(i, 0);
            }
            moved += x.halfSelect(k % 64, k % 32, 0.45, 0.75, Direction.TO_PARALLEL, weak);
            trials += 63 + 31;
        }
        double expected = trials * p;
        assertEquals(expected, moved, 4 * Math.sqrt(expected), moved + " of " + trials);
    }

    @Test
    void aTileWritesWithItsConfiguredHalfSelectRatio() {
        ConfigNode n = ConfigNode.resource(TileConfig.class, "default-tile.yaml");
        assertEquals(0, TileConfig.read(n).halfSelect(), "the default cells are isolated by their transistors");
        TileConfig exposed = TileConfig.read(n.with("crossbar.rows", 64).with("write_driver.half_select_ratio", 1));
        Tile tile = new Tile("t", exposed, TileFixtures.technology(Variation.ideal(), 2), 1);
        tile.writeDriver().configure(new WriteDriverConfig(1.2, 0.75, true, 16));
        int[] ones = new int[64];
        java.util.Arrays.fill(ones, 1);
        tile.writeDriver().programRow(0, ones);
        int disturbed = 0;
        for (int i = 64; i < 64 * 64; i++) {
            disturbed += tile.crossbar().cells().level(i);
        }
        // The whole pulse on every cell of the written columns: nearly all of them switch with it.
        assertTrue(disturbed > 0.9 * 63 * 64, disturbed + " disturbed");
        ConfigException bad = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
                () -> TileConfig.read(n.with("write_driver.half_select_ratio", 1.5)));
        assertTrue(bad.getMessage().contains("write_driver.half_select_ratio"), bad.getMessage());
    }
}
