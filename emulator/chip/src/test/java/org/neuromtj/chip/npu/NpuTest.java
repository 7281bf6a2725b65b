package org.neuromtj.chip.npu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neuromtj.chip.config.ConfigNode;
import org.neuromtj.chip.device.Variation;
import org.neuromtj.chip.ledger.Action;
import org.neuromtj.chip.ledger.Technology;
import org.neuromtj.chip.npu.router.Port;
import org.neuromtj.chip.npu.router.RouterConfig;
import org.neuromtj.chip.npu.router.RoutingTable;
import org.neuromtj.chip.npu.tile.TileConfig;

class NpuTest {
    private static final Technology IDEAL = Technology.defaults().withVariation(Variation.ideal());

    /** Tiles whose neuron 0 fires on a single spike into row 0. */
    private static Npu chain(int width, int hopLatency) {
        TileConfig tile = TileConfig.read(ConfigNode.resource(TileConfig.class, "default-tile.yaml")
                .with("neurons.cmos_lif.threshold", 1));
        Npu npu = new Npu(new NpuConfig(new RouterConfig(width, 1, 4, hopLatency, 1, 16), 64, 64, 8), tile, IDEAL, 1);
        for (int t = 0; t < width; t++) {
            npu.tile(t).writeDriver().program(0, 0, 1);
            npu.inputMap(t).set(List.of(InputMap.Entry.of(0, 0, 0)));
        }
        return npu;
    }

    /** Routes tile 0's neuron 0 to the tile {@code hops} east, which reports to the core. */
    private static long latencyOverHops(int hops, int hopLatency) {
        Npu npu = chain(hops + 1, hopLatency);
        int key = 0;
        java.util.Map<Integer, List<RoutingTable.Entry>> tables = new java.util.HashMap<>();
        for (int t = 0; t < hops; t++) {
            tables.put(t, List.of(new RoutingTable.Entry(key, 0xFFFFFFFF, Port.EAST.bit())));
        }
        tables.put(hops, List.of(new RoutingTable.Entry(key, 0xFFFFFFFF, Port.LOCAL.bit())));
        if (hops == 0) {
            tables.put(0, List.of(new RoutingTable.Entry(key, 0xFFFFFFFF, Port.LOCAL.bit())));
        }
        npu.router().setTables(tables);
        npu.setOutput(hops, 0, true);
        assertTrue(npu.pushInput(0, 0, 100));
        long cycle = 101;
        for (int i = 0; i < 3; i++) {
            cycle = npu.runTimestep(cycle).endCycle();
        }
        OutputSpike out = npu.outputLog().stream().filter(o -> o.tile() == hops).findFirst().orElseThrow();
        assertEquals(100, out.causeCycle(), "cause: the core's write");
        return out.latencyCycles();
    }

    @Test
    void latencyPerSpikeGrowsByTheHopLatencyForEveryHop() {
        for (int hopLatency : new int[] {1, 4}) {
            long previous = latencyOverHops(1, hopLatency);
            for (int hops = 2; hops <= 4; hops++) {
                long l = latencyOverHops(hops, hopLatency);
                assertEquals(previous + hopLatency, l, hops + " hops of " + hopLatency + " cycles");
                previous = l;
            }
        }
    }

    @Test
    void anInputMapFanOutDrivesSeveralRowsPerEventAndRefusesRowsPastTheArray() {
        InputMap map = new InputMap();
        map.set(List.of(new InputMap.Entry(5 << 16, 0xFFFF0000, 8, 4)));
        assertEquals(8 + 3 * 4, map.row(5 << 16 | 3, 64));
        assertEquals(-1, map.row(5 << 16 | 14, 64), "rows 64..67 are past a 64-row array");
        assertEquals(-1, map.row(6 << 16, 64), "no entry");
        Npu npu = chain(2, 1);
        npu.inputMap(1).set(List.of(new InputMap.Entry(0, 0xFFFFFFF0, 4, 3)));
        npu.router().setTables(java.util.Map.of(0, List.of(new RoutingTable.Entry(0, 0xFFFFFFF0, Port.EAST.bit())),
                1, List.of(new RoutingTable.Entry(0, 0xFFFFFFF0, Port.LOCAL.bit()))));
        npu.pushInput(0, 0, 0);
        long end = npu.runTimestep(1).endCycle();
        assertEquals(3, npu.runTimestep(end).inputSpikes(), "neuron 0 of tile 0 drove rows 4, 5 and 6 of tile 1");
    }

    @Test
    void aFullInputFifoRefusesAndCountsTheSpike() {
        Npu npu = new Npu(new NpuConfig(new RouterConfig(1, 1, 2, 1, 1, 4), 2, 4, 4), TileConfig.defaults(), IDEAL, 1);
        assertTrue(npu.pushInput(0, 1, 0));
        assertTrue(npu.pushInput(0, 2, 0));
        assertFalse(npu.pushInput(0, 3, 0));
        assertFalse(npu.pushInput(0, 64, 0), "no row 64");
        assertEquals(2, npu.inputOverflows());
        npu.runTimestep(1);
        assertEquals(0, npu.inputLevel());
    }

    @Test
    void spikesQueuedDuringATimestepWaitForTheNext() {
        Npu npu = chain(1, 1);
        npu.setOutput(0, 0, true);
        assertTrue(npu.pushInput(0, 0, 50));
        TimestepReport first = npu.runTimestep(50);
        assertEquals(0, first.spikes(), "written in the cycle the timestep started: too late");
        TimestepReport second = npu.runTimestep(first.endCycle());
        assertEquals(1, second.spikes());
        assertEquals(1, npu.outputLevel());
        assertEquals(0, npu.popOutput(0).neuron());
    }

    @Test
    void eachRouterPaysForTheHopsItSendsAndEachTileForTheFifoWordsItTakesOrGives() {
        int hops = 3;
        Npu npu = chain(hops + 1, 1);
        java.util.Map<Integer, List<RoutingTable.Entry>> tables = new java.util.HashMap<>();
        for (int t = 0; t < hops; t++) {
            tables.put(t, List.of(new RoutingTable.Entry(0, 0xFFFFFFFF, Port.EAST.bit())));
        }
        tables.put(hops, List.of(new RoutingTable.Entry(0, 0xFFFFFFFF, Port.LOCAL.bit())));
        npu.router().setTables(tables);
        npu.setOutput(hops, 0, true);
        assertTrue(npu.pushInput(0, 0, 100));
        long cycle = 101;
        for (int i = 0; i < 3; i++) {
            cycle = npu.runTimestep(cycle).endCycle();
        }
        for (int t = 0; t <= hops; t++) {
            // The packet leaves tiles 0, 1 and 2 over a link each; the last router delivers it locally.
            assertEquals(t < hops ? 1 : 0, npu.tile(t).ledger().total(Action.ROUTER_HOP), "hops sent by router " + t);
        }
        assertEquals(npu.router().hops(), npu.ledgers().stream().mapToLong(l -> l.total(Action.ROUTER_HOP)).sum());
        // Each hop: out of one buffer, over a tile pitch of link, into the next; the last router ejects it.
        long pitch = Math.round(npu.floorplan().tilePitchUm());
        long sum = 0;
        for (int t = 0; t <= hops; t++) {
            sum += npu.tile(t).ledger().total(Action.LINK_UM);
        }
        assertEquals(hops * pitch, sum);
        assertEquals(2, npu.tile(0).ledger().total(Action.ROUTER_BUFFER_WRITE), "injected, and written into the next router");
        assertEquals(1, npu.tile(hops).ledger().total(Action.ROUTER_EJECT));
        // The core's spike: pushed into and popped from the input FIFO for tile 0.
        assertEquals(1, npu.tile(0).ledger().total(Action.FIFO_PUSH));
        assertEquals(1, npu.tile(0).ledger().total(Action.FIFO_POP));
        // The answer: pushed into the output FIFO by the last tile, popped when the core reads it.
        long pushed = npu.tile(hops).ledger().total(Action.FIFO_PUSH);
        assertEquals(npu.outputLog().size(), pushed);
        assertEquals(0, npu.tile(hops).ledger().total(Action.FIFO_POP));
        OutputSpike answer = npu.outputLog().get(0);
        long pickedUp = answer.leftCycle() + 25;
        npu.popOutput(pickedUp);
        assertEquals(1, npu.tile(hops).ledger().total(Action.FIFO_POP));
        // Its latency, stage by stage, adds up to the time from its cause to the core's pick-up.
        long[] stages = SpikeLatency.stages(answer, pickedUp, npu.timestepLog(), npu.tile(0).config().npuClock());
        assertEquals(pickedUp - answer.causeCycle(), java.util.Arrays.stream(stages).sum());
        assertEquals(101 - 100, stages[SpikeLatency.Stage.QUEUED.ordinal()]);
        assertEquals(25, stages[SpikeLatency.Stage.OUTPUT_FIFO_WAIT.ordinal()]);
        assertTrue(stages[SpikeLatency.Stage.ROUTER_HOPS.ordinal()] > 0, "the packet crossed the mesh");
        assertTrue(stages[SpikeLatency.Stage.STRING_CHARGE.ordinal()] > 0);
        assertTrue(Technology.defaults().cost(Action.FIFO_PUSH).energySource().startsWith("derived: "));
    }
}
