package org.neuromtj.chip.npu.tile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.device.Variation;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Ledger;
import org.neuromtj.chip.npu.geometry.CrossbarGeometry;
import org.neuromtj.chip.npu.geometry.SynapseLayout;

class TileTest {

    /** Programs signed {@code bits}-bit weights through the write driver, sliced and paired as the layout says. */
    private static int[][] programRandomWeights(Tile tile, SplittableRandom rnd) {
        CrossbarGeometry g = tile.config().geometry();
        SynapseLayout layout = tile.config().synapses();
        int neurons = layout.neurons(g.columns());
        int max = layout.maxWeight(tile.crossbar().cells().topLevel());
        int[][] w = new int[g.rows()][neurons];
        for (int r = 0; r < g.rows(); r++) {
            int[] levels = new int[g.columns()];
            for (int n = 0; n < neurons; n++) {
                w[r][n] = rnd.nextInt(2 * max + 1) - max;
                int magnitude = Math.abs(w[r][n]);
                int group = w[r][n] < 0 ? layout.weightBits() : 0;
                for (int b = 0; b < layout.weightBits(); b++) {
                    levels[n * layout.columnsPerNeuron() + group + b] = magnitude >> b & 1;
                }
            }
            WriteReport report = tile.writeDriver().programRow(r, levels);
            assertTrue(report.failedCells().isEmpty() || !tile.technology().variation().isIdeal());
        }
        return w;
    }

    @Test
    void withIdealDevicesNeuronInputsAreTheExactSignedBitSlicedDotProducts() {
        ConfigNode n = ConfigNode.resource(TileConfig.class, "default-tile.yaml")
                .with("crossbar.rows", 128).with("crossbar.columns", 48).with("crossbar.segment", 32)
                .with("synapses.weight_bits", 3);
        Tile tile = new Tile("t", TileConfig.read(n), TileFixtures.technology(Variation.ideal(), 2), 7);
        SplittableRandom rnd = new SplittableRandom(7);
        int[][] w = programRandomWeights(tile, rnd);
        for (int trial = 0; trial < 30; trial++) {
            int[] driven = new int[128];
            int count = 0;
            for (int r = 0; r < 128; r++) {
                if (rnd.nextInt(4) == 0) {
                    driven[count++] = r;
                }
            }
            int[] expected = new int[w[0].length];
            for (int k = 0; k < count; k++) {
                for (int j = 0; j < expected.length; j++) {
                    expected[j] += w[driven[k]][j];
                }
            }
            TileStep step = tile.step(trial, driven, count);
            assertArrayEquals(expected, step.input(), "trial " + trial);
            assertTrue(step.readCycles() > 0);
        }
    }

    @Test
    void aTimestepClosesTheLedgerWithItsActionsAndCycles() {
        Tile tile = new Tile("t", TileConfig.defaults(), TileFixtures.technology(Variation.ideal(), 2), 1);
        TileStep step = tile.step(0, new int[] {0, 1, 2}, 3);
        Ledger.Timestep t = tile.ledger().timesteps().get(0);
        assertEquals(step.cycles(), t.cycles());
        assertEquals(3 * 64, t.count(Action.CELL_READ));
        assertEquals(64, t.count(Action.STRING_READ));
        assertEquals(64, t.count(Action.TDC_CONVERSION));
        // An unprogrammed crossbar gives every neuron no input: all updates are clock-gated.
        assertEquals(0, t.count(Action.NEURON_UPDATE));
        assertEquals(0, t.count(Action.NEURON_BIT_OP));
    }

    @Test
    void sharingMoreStringsPerTdcLengthensTheRead() {
        Tile fast = new Tile("t", TileFixtures.config(64, 64, 64, 10), TileFixtures.technology(Variation.ideal(), 2), 1);
        TileConfig shared = TileConfig.read(ConfigNode.resource(TileConfig.class, "default-tile.yaml")
                .with("tdc.sharing", 32));
        Tile slow = new Tile("t", shared, TileFixtures.technology(Variation.ideal(), 2), 1);
        int[] rows = {1, 5, 9, 40};
        long f = fast.step(0, rows, 4).readCycles();
        long s = slow.step(0, rows, 4).readCycles();
        assertTrue(s >= 3.5 * f && s <= 4.5 * f, "8 -> 32 strings per TDC: " + f + " -> " + s + " cycles");
    }

    @Test
    void theSameSeedGivesTheSameRunBitForBit() {
        int[] a = run(42);
        assertArrayEquals(a, run(42));
        assertTrue(!java.util.Arrays.equals(a, run(43)), "another seed draws other devices");
    }

    private static int[] run(long seed) {
        Tile tile = new Tile("t", TileConfig.defaults(), TileFixtures.technology(
                new Variation(0.1, 0.1, 0.02, 1e-4, 1e12), 2), seed);
        SplittableRandom rnd = new SplittableRandom(1);
        programRandomWeights(tile, rnd);
        int[] inputs = new int[32 * 20];
        for (int t = 0; t < 20; t++) {
            int[] driven = new int[64];
            int c = 0;
            for (int r = 0; r < 64; r++) {
                if (rnd.nextBoolean()) {
                    driven[c++] = r;
                }
            }
            System.arraycopy(tile.step(t, driven, c).input(), 0, inputs, 32 * t, 32);
        }
        return inputs;
    }
}
