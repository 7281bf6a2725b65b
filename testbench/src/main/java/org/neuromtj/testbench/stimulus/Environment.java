package org.neuromtj.testbench.stimulus;

import java.util.Arrays;
import java.util.List;
import org.neuromtj.cosim.Stimulus;

/**
 * A block's stimulus made of agents, one per interface or concern, each with its own generator: every
 * cycle starts from all-zero inputs and each agent, in order, drives its own inputs.
 */
public final class Environment implements Stimulus {
    private final int inputs;
    private final List<Agent> agents;
    private long cycle;

    /**
     * @param inputs the block's input words per cycle
     * @param agents the agents, in the order they drive
     */
    public Environment(int inputs, List<Agent> agents) {
        this.inputs = inputs;
        this.agents = List.copyOf(agents);
    }

    @Override
    public void next(int cycles, int[] words) {
        for (int c = 0; c < cycles; c++, cycle++) {
            int at = c * inputs;
            Arrays.fill(words, at, at + inputs, 0);
            for (Agent a : agents) {
                a.drive(cycle, words, at);
            }
        }
    }
}
