package org.neuromtj.chip.npu;

/**
 * A spike a neuron sent to the core.
 *
 * @param tile       the tile
 * @param neuron     the neuron
 * @param timestep   the timestep it fired in
 * @param causeCycle the cycle the earliest input that drove its tile in that timestep entered the chip
 * @param leftCycle  the cycle it entered the output FIFO
 */
public record OutputSpike(int tile, int neuron, int timestep, long causeCycle, long leftCycle) {

    /** @return cycles from cause to departure */
    public long latencyCycles() {
        return leftCycle - causeCycle;
    }
}
