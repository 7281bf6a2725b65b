package org.neuromtj.testbench.stimulus;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Feeds a driver: draws a sequence by weight, hands out its transactions one by one, then leaves the
 * interface idle for a drawn gap before it draws the next.
 *
 * @param <T> the interface's transaction type
 */
public final class Sequencer<T> {
    private final UniformRandomProvider random;
    private final Weighted<Sequence<T>> sequences;
    private final Dist gap;
    private List<T> current = List.of();
    private int next;
    private long idle;

    /**
     * @param random    the interface's own generator
     * @param sequences the scenarios and their weights
     * @param gap       idle cycles between two runs of scenarios
     */
    public Sequencer(UniformRandomProvider random, Weighted<Sequence<T>> sequences, Dist gap) {
        this.random = random;
        this.sequences = sequences;
        this.gap = gap;
    }

    /**
     * @param random    the interface's own generator
     * @param sequences the scenarios and their weights, run back to back
     */
    public Sequencer(UniformRandomProvider random, Weighted<Sequence<T>> sequences) {
        this(random, sequences, Dist.value(0, 1));
    }

    /**
     * Spends one idle cycle if the interface is between scenarios.
     *
     * @return whether this cycle is idle
     */
    boolean idle() {
        if (next == current.size() && idle > 0) {
            idle--;
            return true;
        }
        return false;
    }

    /** @return the next transaction, from a newly drawn scenario when the last one is done */
    T next() {
        if (next == current.size()) {
            current = sequences.draw(random).items(random);
            next = 0;
            if (current.isEmpty()) {
                throw new ConstraintException("a sequence drew no transactions");
            }
        }
        T item = current.get(next++);
        if (next == current.size()) {
            long g = gap.draw(random);
            if (g < 0) {
                throw new ConstraintException("a gap must not be negative, but " + gap + " gave " + g);
            }
            idle = g;
        }
        return item;
    }

    /** Drops the rest of the scenario in flight and stays idle for {@code cycles}. */
    void abandon(long cycles) {
        next = current.size();
        idle = cycles;
    }

    /** @return the generator the transactions are drawn from, for the driver's per-cycle choices */
    UniformRandomProvider random() {
        return random;
    }
}
