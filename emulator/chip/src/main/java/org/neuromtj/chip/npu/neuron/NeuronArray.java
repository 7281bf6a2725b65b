package org.neuromtj.chip.npu.neuron;

/** The neurons of a tile, updated once per timestep from the weighted sums the crossbar produced. */
public interface NeuronArray {

    /** @return the number of neurons */
    int size();

    /**
     * Advances every neuron by one timestep.
     *
     * @param input the integer synaptic input of each neuron this timestep
     * @param fired set to whether each neuron spiked
     * @return how many spiked
     */
    int step(int[] input, boolean[] fired);

    /** Returns every neuron to its reset state. */
    void reset();
}
