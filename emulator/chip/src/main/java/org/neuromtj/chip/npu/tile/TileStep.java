package org.neuromtj.chip.npu.tile;

/**
 * What one timestep of a tile did.
 *
 * @param fired        whether each neuron spiked
 * @param spikes       how many spiked
 * @param input        the synaptic input each neuron received
 * @param codes        each string's TDC code in this timestep's read
 * @param readCycles   NPU cycles from driving the rows until the last TDC finished
 * @param chargeCycles the part of the read the strings spent charging
 * @param neuronCycles NPU cycles of the neuron update
 * @param learnCycles  NPU cycles of the learning pulses
 */
public record TileStep(boolean[] fired, int spikes, int[] input, int[] codes, long readCycles, long chargeCycles,
                       long neuronCycles, long learnCycles) {

    /** @return the timestep's NPU cycles */
    public long cycles() {
        return readCycles + neuronCycles + learnCycles;
    }
}
