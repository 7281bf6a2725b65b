package org.neuromtj.chip.npu.neuron;

/** Neurons whose firing threshold is a digital register the tile's registers reach. */
public interface ThresholdRegister {

    /** @return the register's value */
    int threshold();

    /** @return the largest value it takes */
    long maxThreshold();

    /**
     * @param value a new threshold, 1 to {@link #maxThreshold()}
     * @throws IllegalArgumentException if it is out of range
     */
    void setThreshold(int value);
}
