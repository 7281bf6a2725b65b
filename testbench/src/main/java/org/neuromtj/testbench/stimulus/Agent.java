package org.neuromtj.testbench.stimulus;

/**
 * Drives some of a block's inputs, one cycle at a time. Each agent of an {@link Environment} owns its
 * inputs; words no agent writes stay 0.
 */
@FunctionalInterface
public interface Agent {

    /**
     * @param cycle the cycle
     * @param words the input words of a batch of cycles
     * @param at    index of this cycle's first input word
     */
    void drive(long cycle, int[] words, int at);
}
