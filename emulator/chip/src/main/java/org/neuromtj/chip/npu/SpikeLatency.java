package org.neuromtj.chip.npu;

import java.util.List;
import org.neuromtj.chip.sim.ClockDomain;

/**
 * Where an output spike spent its latency, stage by stage, from the cycle its cause entered the chip to
 * the cycle the core took it from the output FIFO. The NPU runs its phases in lockstep, every tile in the
 * same phase, so a spike's path through the timesteps from the one that took its cause to the one it
 * fired in follows from the timestep log: in each, its rows were driven, its strings charged and
 * converted and its neurons updated; between them its packets crossed the mesh and waited for the next
 * timestep.
 */
public final class SpikeLatency {
    /** The stages, in the order a spike passes them. */
    public enum Stage {
        /** In the input FIFO, from the core's write (or the DMA's) until its timestep started. */
        QUEUED,
        /** Queued spikes loaded into the row drivers, one a cycle per tile (with a gated tile's wake-up). */
        ROW_DRIVE,
        /** The strings charging to the comparator's threshold: what the TDCs time. */
        STRING_CHARGE,
        /** The converters' decisions and latches beyond the charging time. */
        TDC_CONVERSION,
        /** The neurons' update. */
        NEURON_UPDATE,
        /** Packets through the routers, their buffers and links, to the next layer's tile. */
        ROUTER_HOPS,
        /** From the end of the mesh phase until the next timestep started: the learning phase and the wait for the core. */
        BETWEEN_TIMESTEPS,
        /** From the end of the neuron update until the spike entered the output FIFO. */
        TO_OUTPUT_FIFO,
        /** In the output FIFO until the core (or its DMA) took it. */
        OUTPUT_FIFO_WAIT
    }

    private SpikeLatency() {
    }

    /**
     * @param spike    an output spike whose cause is known
     * @param pickedUp the core cycle it left the output FIFO
     * @param log      the timestep log
     * @param npu      the NPU's clock
     * @return core cycles per stage, indexed by {@link Stage#ordinal()}; they add up to the spike's latency to
     *         its pick-up
     * @throws IllegalArgumentException if the spike has no cause
     */
    public static long[] stages(OutputSpike spike, long pickedUp, List<TimestepReport> log, ClockDomain npu) {
        if (spike.causeCycle() == Long.MAX_VALUE) {
            throw new IllegalArgumentException("an output spike no input led to has no latency");
        }
        long[] out = new long[Stage.values().length];
        int first = spike.timestep();
        while (first > 0 && log.get(first - 1).startCycle() > spike.causeCycle()) {
            first--;
        }
        out[Stage.QUEUED.ordinal()] = log.get(first).startCycle() - spike.causeCycle();
        for (int k = first; k <= spike.timestep(); k++) {
            TimestepReport r = log.get(k);
            long start = r.startCycle();
            long driven = at(start, r.deliverCycles(), npu);
            long charged = at(start, r.deliverCycles() + r.chargeCycles(), npu);
            long read = at(start, r.deliverCycles() + r.readCycles(), npu);
            long updated = at(start, r.deliverCycles() + r.readCycles() + r.updateCycles(), npu);
            out[Stage.ROW_DRIVE.ordinal()] += driven - start;
            out[Stage.STRING_CHARGE.ordinal()] += charged - driven;
            out[Stage.TDC_CONVERSION.ordinal()] += read - charged;
            out[Stage.NEURON_UPDATE.ordinal()] += updated - read;
            if (k < spike.timestep()) {
                long routed = at(start, r.deliverCycles() + r.readCycles() + r.updateCycles() + r.emitCycles(), npu);
                out[Stage.ROUTER_HOPS.ordinal()] += routed - updated;
                out[Stage.BETWEEN_TIMESTEPS.ordinal()] += log.get(k + 1).startCycle() - routed;
            } else {
                out[Stage.TO_OUTPUT_FIFO.ordinal()] += spike.leftCycle() - updated;
            }
        }
        out[Stage.OUTPUT_FIFO_WAIT.ordinal()] = pickedUp - spike.leftCycle();
        return out;
    }

    private static long at(long start, long npuCycles, ClockDomain npu) {
        return start + ClockDomain.CORE.cyclesFor(npuCycles, npu);
    }
}
