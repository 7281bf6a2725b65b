package org.neuromtj.testbench.stimulus;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Turns an interface's transactions into its pins' values, cycle by cycle: takes a transaction from
 * its sequencer, drives it for as many cycles as it needs, and drives the interface idle while the
 * sequencer leaves a gap.
 *
 * @param <T> the interface's transaction type
 */
public abstract class Driver<T> implements Agent {
    private final Sequencer<T> sequencer;
    private T item;
    private int beat;

    /** @param sequencer where the transactions come from */
    protected Driver(Sequencer<T> sequencer) {
        this.sequencer = sequencer;
    }

    @Override
    public final void drive(long cycle, int[] words, int at) {
        if (item == null) {
            if (sequencer.idle()) {
                idle(words, at);
                return;
            }
            item = sequencer.next();
            beat = 0;
        }
        if (drive(item, beat++, words, at)) {
            item = null;
        }
    }

    /**
     * Drives one cycle of a transaction.
     *
     * @param item  the transaction
     * @param beat  its cycle, from 0
     * @param words the input words of a batch of cycles
     * @param at    index of this cycle's first input word
     * @return whether this was the transaction's last cycle
     */
    protected abstract boolean drive(T item, int beat, int[] words, int at);

    /**
     * Drives an idle cycle; by default leaves the interface's words at 0.
     *
     * @param words the input words of a batch of cycles
     * @param at    index of this cycle's first input word
     */
    protected void idle(int[] words, int at) {
    }

    /**
     * Drops the transaction in flight and the rest of its scenario, as a reset does, and leaves the
     * interface idle for a while before the next scenario.
     *
     * @param idle cycles to stay idle, from this one
     */
    public final void abandon(long idle) {
        item = null;
        sequencer.abandon(idle);
    }

    /** @return the interface's generator, for choices a driver makes cycle by cycle (a sink's readiness) */
    protected final UniformRandomProvider random() {
        return sequencer.random();
    }
}
