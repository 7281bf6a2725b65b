package org.neuromtj.chip.npu.tile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.neuromtj.chip.config.ConfigException;
import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.device.MtjCells;
import org.neuromtj.chip.device.Variation;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.geometry.CrossbarGeometry;
import org.neuromtj.chip.npu.geometry.SynapseLayout;

class XnorCellTest {

    /** The default tile with XNOR cells, a given TDC width and crossbar shape. */
    static TileConfig xnorTile(int rows, int columns, int segment, int tdcBits) {
        String yaml = defaultTile().replace("  weight_bits: 1\n", "  cell: xnor\n  weight_bits: 1\n");
        ConfigNode n = ConfigNode.parse("xnor-tile.yaml", yaml.getBytes(StandardCharsets.UTF_8))
                .with("crossbar.rows", rows).with("crossbar.columns", columns)
                .with("crossbar.segment", segment).with("tdc.bits", tdcBits);
        return TileConfig.read(n);
    }

    private static String defaultTile() {
        try (var in = TileConfig.class.getResourceAsStream("default-tile.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Property(tries = 20)
    void anIdealXnorTileSumsTheProductsOfPlusMinusOneInputsAndWeights(@ForAll @IntRange(min = 0, max = 1 << 20) int seed,
                                                                      @ForAll @IntRange(min = 0, max = 100) int percentOn) {
        Tile tile = new Tile("t", xnorTile(128, 16, 64, 10), TileFixtures.technology(Variation.ideal(), 2), seed);
        SplittableRandom rnd = new SplittableRandom(seed);
        MtjCells cells = tile.crossbar().cells();
        int[] weight = new int[128 * 16];
        for (int i = 0; i < weight.length; i++) {
            int level = rnd.nextInt(2);
            cells.setLevel(i, level);
            weight[i] = 2 * level - 1;
        }
        int[] driven = new int[128];
        int count = 0;
        int[] input = new int[128];
        for (int r = 0; r < 128; r++) {
            boolean on = rnd.nextInt(100) < percentOn;
            input[r] = on ? 1 : -1;
            if (on) {
                driven[count++] = r;
            }
        }
        int[] expected = new int[16];
        for (int r = 0; r < 128; r++) {
            for (int c = 0; c < 16; c++) {
                expected[c] += input[r] * weight[r * 16 + c];
            }
        }
        assertArrayEquals(expected, tile.neuronInput(tile.read(driven, count)));
    }

    @Test
    void aStringSumsTheJunctionAndTransistorOfEachCellsSelectedPath() {
        Technology base = TileFixtures.technology(new Variation(0.1, 0.1, 0, 0, 1e12), 2);
        Technology tech = base.withReadPath(base.readPath().withTransistorSigmaOhm(300));
        CrossbarGeometry g = new CrossbarGeometry(64, 8, 32);
        Crossbar x = Crossbar.fabricate(g, SynapseLayout.Cell.XNOR, tech, 7, "x", new Ledger());
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < g.cells(); i++) {
            x.cells().setLevel(i, rnd.nextInt(2));
        }
        int[] rows = {0, 5, 40, 41, 63};
        double[] r = x.read(rows, rows.length).resistanceOhm();
        // Path resistances from the populations: the undriven path is the cell's own junction, the driven one
        // its complement mirrored; each with its own transistor, so subtracting the junctions leaves them.
        double transistors = 0;
        double junctions = 0;
        int string = g.string(1, 3);
        for (int row = 32; row < 64; row++) {
            int cell = g.cell(row, 3);
            boolean driven = row == 40 || row == 41 || row == 63;
            int level = x.cells().level(cell);
            junctions += driven ? x.complement().resistanceOhm(cell, 1 - level) : x.cells().resistanceOhm(cell);
        }
        transistors = r[string] - junctions;
        assertEquals(32 * tech.readPath().transistorOnOhm(), transistors, 6 * Math.sqrt(32) * 300,
                "32 drawn transistors around their nominal");
        assertTrue(Math.abs(transistors - 32 * tech.readPath().transistorOnOhm()) > 1e-6, "the transistors were drawn");
        // The same fabrication seed draws the same array.
        Crossbar again = Crossbar.fabricate(g, SynapseLayout.Cell.XNOR, tech, 7, "x", new Ledger());
        for (int i = 0; i < g.cells(); i++) {
            again.cells().setLevel(i, x.cells().level(i));
        }
        assertArrayEquals(r, again.read(rows, rows.length).resistanceOhm().clone());
    }

    @Test
    void everyRowOfAnXnorArrayIsReadEvenWithoutSpikes() {
        Ledger ledger = new Ledger();
        Crossbar x = Crossbar.fabricate(new CrossbarGeometry(128, 16, 64), SynapseLayout.Cell.XNOR,
                TileFixtures.technology(Variation.ideal(), 2), 1, "x", ledger);
        StringRead read = x.read(new int[0], 0);
        assertEquals(128 * 16, ledger.total(Action.CELL_READ));
        assertEquals(2 * 16, ledger.total(Action.STRING_READ));
        assertArrayEquals(new int[] {64, 64}, read.drivenRows());
    }

    @Test
    void aGatedTileReadsNothing() {
        Tile tile = new Tile("t", xnorTile(64, 16, 64, 10), TileFixtures.technology(Variation.ideal(), 2), 1);
        tile.gate(0);
        Conversion c = tile.read(new int[0], 0);
        assertEquals(0, tile.ledger().total(Action.CELL_READ));
        assertArrayEquals(new int[16], tile.neuronInput(c));
    }

    @Test
    void aFewTdcBitsGroupNeighbouringCounts() {
        // 4 bits over 65 possible counts: a code stands for about four, so sums come out in coarse steps.
        Tile tile = new Tile("t", xnorTile(64, 8, 64, 4), TileFixtures.technology(Variation.ideal(), 2), 1);
        assertTrue(!tile.calibration().resolvesCounts());
        int[] driven = new int[64];
        for (int r = 0; r < 64; r++) {
            driven[r] = r;
        }
        java.util.Set<Integer> seen = new java.util.TreeSet<>();
        for (int ones = 0; ones <= 64; ones++) {
            for (int i = 0; i < 64 * 8; i++) {
                tile.crossbar().cells().setLevel(i, i / 8 < ones ? 1 : 0);
            }
            int sum = tile.neuronInput(tile.read(driven, 64))[0];
            assertEquals(2 * ones - 64, sum, 10, "within a code's width of the product sum");
            seen.add(sum);
        }
        assertTrue(seen.size() <= 16, "at most 16 distinct sums: " + seen);
    }

    @Test
    void xnorCellsMustBeSignedAndBinary() {
        String yaml = "  cell: xnor\n  weight_bits: 1\n";
        ConfigException e = assertThrows(ConfigException.class, () -> TileConfig.read(ConfigNode.parse("t.yaml",
                defaultTile().replace("  weight_bits: 1\n", yaml)
                        .replace("signed: true", "signed: false").getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("synapses.signed") && e.getMessage().contains("xnor cells hold ±1 weights"),
                e.getMessage());
        IllegalArgumentException levels = assertThrows(IllegalArgumentException.class, () -> new Tile("t",
                xnorTile(64, 16, 64, 10), TileFixtures.technology(Variation.ideal(), 4), 1));
        assertEquals("XNOR cells pair two binary junctions; the technology's junctions hold 4 levels", levels.getMessage());
    }
}
