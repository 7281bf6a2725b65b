package org.neuromtj.chip.npu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.learning.LearningConfig;
import org.neuromtj.chip.npu.learning.Plasticity;
import org.neuromtj.chip.npu.tile.TileConfig;

/** Tiles stepped on several threads give the run one thread gives, bit for bit. */
class ParallelTilesTest {

    /** Everything observable of a run: output spikes, timesteps, every tile's ledger and cells, the pulses heard. */
    static List<String> run(int threads) {
        TileConfig tile = TileConfig.read(ConfigNode.resource(TileConfig.class, "default-tile.yaml")
                .with("neurons.cmos_lif.threshold", 3));
        Npu npu = new Npu(NpuConfig.defaults(), tile, Technology.defaults(), 7);
        npu.setThreads(threads);
        List<String> heard = new ArrayList<>();
        npu.listen(new NpuEvents() {
            @Override
            public void pulse(int t, int row, int column, boolean toParallel, boolean switched) {
                heard.add(t + ":" + row + ":" + column + ":" + toParallel + ":" + switched);
            }
        });
        int tiles = npu.tiles().size();
        for (int t = 0; t < tiles; t++) {
            npu.tile(t).learning().configure(new LearningConfig(LearningConfig.Mode.STDP, Plasticity.LTP,
                    Plasticity.LTD, 2, 900, 50, 750, 0, 64, 0, false));
            for (int n = 0; n < 8; n++) {
                npu.setOutput(t, n, true);
            }
        }
        SplittableRandom inputs = new SplittableRandom(3);
        long cycle = 10;
        for (int step = 0; step < 30; step++) {
            for (int k = 0; k < 40; k++) {
                npu.pushInput(inputs.nextInt(tiles), inputs.nextInt(64), cycle - 1);
            }
            cycle = npu.runTimestep(cycle).endCycle();
        }
        List<String> seen = new ArrayList<>(heard);
        npu.outputLog().forEach(o -> seen.add(o.toString()));
        npu.timestepLog().forEach(r -> seen.add(r.toString()));
        for (int t = 0; t < tiles; t++) {
            for (Action a : Action.values()) {
                seen.add(t + " " + a + " " + npu.tile(t).ledger().total(a));
            }
            seen.add(java.util.Arrays.toString(npu.tile(t).crossbar().cells().levels()));
        }
        return seen;
    }

    @Test
    void aRunIsBitIdenticalForAnyNumberOfThreads() {
        List<String> one = run(1);
        assertTrue(one.stream().anyMatch(s -> s.contains("true") || s.contains("false")), "the rule pulsed");
        assertTrue(one.stream().anyMatch(s -> s.startsWith("OutputSpike")), "neurons fired");
        assertArrayEquals(one.toArray(), run(2).toArray());
        assertEquals(one, run(3));
    }

    @Test
    void threadsBelowOneAreRefused() {
        Npu npu = new Npu(NpuConfig.defaults(), TileConfig.defaults(), Technology.defaults(), 1);
        assertEquals("threads must be at least 1, not 0",
                assertThrows(IllegalArgumentException.class, () -> npu.setThreads(0)).getMessage());
    }
}
