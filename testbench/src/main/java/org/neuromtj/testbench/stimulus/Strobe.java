package org.neuromtj.testbench.stimulus;

import org.apache.commons.rng.UniformRandomProvider;

/** Raises one input for a single cycle, again and again, a drawn number of cycles apart (a reset, a clear). */
public final class Strobe extends Driver<Boolean> {
    private final int port;

    /**
     * @param random its own generator
     * @param port   the input it raises
     * @param gap    cycles between two strobes
     */
    public Strobe(UniformRandomProvider random, int port, Dist gap) {
        super(new Sequencer<>(random, Weighted.of(Sequence.of(r -> true), 1), gap));
        this.port = port;
    }

    @Override
    protected boolean drive(Boolean strobe, int beat, int[] words, int at) {
        words[at + port] = 1;
        return true;
    }
}
