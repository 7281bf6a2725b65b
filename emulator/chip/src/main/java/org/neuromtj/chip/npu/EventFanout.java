package org.neuromtj.chip.npu;

import java.util.List;

/** Several NPU listeners, told in the order they were added. */
record EventFanout(List<NpuEvents> all) implements NpuEvents {
    @Override
    public void spike(int tile, int neuron, int timestep) {
        all.forEach(l -> l.spike(tile, neuron, timestep));
    }

    @Override
    public void injected(int tile, int key, long cycle) {
        all.forEach(l -> l.injected(tile, key, cycle));
    }

    @Override
    public void hop(int tile, int port, int key, long cycle) {
        all.forEach(l -> l.hop(tile, port, key, cycle));
    }

    @Override
    public void delivered(int tile, int key, int row, long cycle) {
        all.forEach(l -> l.delivered(tile, key, row, cycle));
    }

    @Override
    public void routerCycle(long cycle) {
        all.forEach(l -> l.routerCycle(cycle));
    }

    @Override
    public void conversions(int tile, int timestep, long conversions, long readCycles, int[] codes) {
        all.forEach(l -> l.conversions(tile, timestep, conversions, readCycles, codes));
    }

    @Override
    public void timestep(TimestepReport report) {
        all.forEach(l -> l.timestep(report));
    }

    @Override
    public void pulse(int tile, int row, int column, boolean toParallel, boolean switched) {
        all.forEach(l -> l.pulse(tile, row, column, toParallel, switched));
    }
}
