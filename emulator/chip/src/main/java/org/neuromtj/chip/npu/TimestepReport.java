package org.neuromtj.chip.npu;

/**
 * The phases of one timestep and what passed through it.
 *
 * @param index         the timestep
 * @param startCycle    the core cycle it started
 * @param deliverCycles NPU cycles moving queued input spikes to the row drivers
 * @param readCycles    crossbar reads and TDC conversions (the slowest tile)
 * @param chargeCycles  the part of the read the slowest tile's strings spent charging
 * @param updateCycles  neuron updates (the slowest tile)
 * @param emitCycles    packets through the mesh and spikes to the output FIFO
 * @param learnCycles   learning pulses (the slowest tile)
 * @param inputSpikes   rows driven, over all tiles
 * @param spikes        neurons that fired, over all tiles
 * @param outputs       spikes sent to the core
 * @param endCycle      the core cycle after its last phase
 */
public record TimestepReport(int index, long startCycle, long deliverCycles, long readCycles, long chargeCycles,
                             long updateCycles,
                             long emitCycles, long learnCycles, int inputSpikes, int spikes, int outputs,
                             long endCycle) {

    /** @return the NPU cycles its phases took */
    public long npuCycles() {
        return deliverCycles + readCycles + updateCycles + emitCycles + learnCycles;
    }
}
