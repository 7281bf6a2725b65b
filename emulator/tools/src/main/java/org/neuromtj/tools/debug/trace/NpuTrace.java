package org.neuromtj.tools.debug.trace;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.neuromtj.chip.npu.NpuEvents;
import org.neuromtj.chip.npu.TimestepReport;
import org.neuromtj.chip.npu.router.Port;

/**
 * The NPU's events in the window, one line each: spikes, packets injected, hops and deliveries, TDC
 * conversions per tile and timestep, SOT pulses, and each timestep's phases. Events without a cycle of
 * their own (spikes, conversions, pulses) carry the core cycle at which the NPU computed them: a
 * timestep's start, or the bus write that programmed a cell.
 */
public final class NpuTrace implements NpuEvents {
    private final LongSupplier now;
    private final TraceWindow window;
    private final PrintWriter out;

    /**
     * @param now    the core's cycle
     * @param window the cycles to record
     * @param out    where the lines go
     */
    public NpuTrace(LongSupplier now, TraceWindow window, PrintWriter out) {
        this.now = now;
        this.window = window;
        this.out = out;
    }

    private void line(long cycle, String what) {
        if (window.contains(cycle)) {
            out.printf("%12d %s%n", cycle, what);
        }
    }

    @Override
    public void spike(int tile, int neuron, int timestep) {
        line(now.getAsLong(), "spike      tile " + tile + " neuron " + neuron + " timestep " + timestep);
    }

    @Override
    public void injected(int tile, int key, long cycle) {
        line(cycle, String.format("inject     tile %d key 0x%08x", tile, key));
    }

    @Override
    public void hop(int tile, int port, int key, long cycle) {
        line(cycle, String.format("hop        tile %d %s key 0x%08x", tile, Port.ALL[port].name().toLowerCase(Locale.ROOT), key));
    }

    @Override
    public void delivered(int tile, int key, int row, long cycle) {
        line(cycle, String.format("deliver    tile %d key 0x%08x %s", tile, key, row < 0 ? "unmapped" : "row " + row));
    }

    @Override
    public void conversions(int tile, int timestep, long conversions, long readCycles, int[] codes) {
        line(now.getAsLong(), "tdc        tile " + tile + " timestep " + timestep + " conversions " + conversions
                + " read " + readCycles + " cycles");
    }

    @Override
    public void pulse(int tile, int row, int column, boolean toParallel, boolean switched) {
        line(now.getAsLong(), "sot-pulse  tile " + tile + " row " + row + " column " + column + " toward "
                + (toParallel ? "P" : "AP") + (switched ? " switched" : " held"));
    }

    @Override
    public void timestep(TimestepReport r) {
        line(r.startCycle(), "timestep   " + r.index() + " deliver " + r.deliverCycles() + " read " + r.readCycles()
                + " update " + r.updateCycles() + " emit " + r.emitCycles() + " learn " + r.learnCycles()
                + " inputs " + r.inputSpikes() + " spikes " + r.spikes() + " outputs " + r.outputs());
    }
}
