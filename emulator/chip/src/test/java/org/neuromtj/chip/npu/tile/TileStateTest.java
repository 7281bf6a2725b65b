package org.neuromtj.chip.npu.tile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;

/**
 * A tile of each neuron model, saved after some timesteps and restored into a fresh tile, fires exactly
 * as the original from then on: cells, generators, neurons and learning state all came back.
 */
class TileStateTest {

    private static Tile tile(TileConfig.Model model) {
        TileConfig d = TileConfig.defaults();
        TileConfig.NeuronConfig n = d.neurons();
        TileConfig config = new TileConfig(d.npuHz(), d.geometry(), d.tdc(), d.synapses(), d.writeDriver(),
                d.halfSelect(), new TileConfig.NeuronConfig(model, n.lif(), n.offsetV(), n.voltsPerUnit(), n.pulseWidthNs(),
                        n.pulseIntervalNs(), n.timestepNs()));
        Tile t = new Tile("tile0", config, Technology.defaults(), 5);
        UniformRandomProvider r = RandomSource.SPLIT_MIX_64.create(3L);
        for (int row = 0; row < 64; row++) {
            for (int column = 0; column < 64; column++) {
                t.crossbar().cells().setLevel(row * 64 + column, r.nextInt(2));
            }
        }
        return t;
    }

    private static boolean[] step(Tile t, int timestep, UniformRandomProvider inputs) {
        int[] rows = new int[64];
        int count = 0;
        for (int row = 0; row < 64; row++) {
            if (inputs.nextInt(3) == 0) {
                rows[count++] = row;
            }
        }
        return t.step(timestep, rows, count).fired().clone();
    }

    @ParameterizedTest
    @EnumSource(TileConfig.Model.class)
    void aRestoredTileFiresAsTheOriginal(TileConfig.Model model) {
        Tile original = tile(model);
        UniformRandomProvider in = RandomSource.SPLIT_MIX_64.create(11L);
        for (int t = 0; t < 20; t++) {
            step(original, t, in);
        }
        StateWriter w = new StateWriter();
        original.save(w);
        Tile restored = tile(model);
        StateReader r = new StateReader(w.toByteArray());
        restored.restore(r);
        r.end();
        UniformRandomProvider a = RandomSource.SPLIT_MIX_64.create(99L);
        UniformRandomProvider b = RandomSource.SPLIT_MIX_64.create(99L);
        for (int t = 20; t < 60; t++) {
            assertArrayEquals(step(original, t, a), step(restored, t, b), model + " timestep " + t);
        }
        StateWriter after = new StateWriter();
        original.save(after);
        StateWriter afterRestored = new StateWriter();
        restored.save(afterRestored);
        assertArrayEquals(after.toByteArray(), afterRestored.toByteArray(), "the whole tile's state");
    }
}
