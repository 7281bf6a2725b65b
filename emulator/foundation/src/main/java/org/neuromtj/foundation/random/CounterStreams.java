package org.neuromtj.foundation.random;

import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;
import org.neuromtj.isa.state.Stateful;

/**
 * A family of counter-based random streams, one per member (a neuron, a selection junction): a member's
 * next number depends only on the run's seed, the family's name, the member and how many numbers it
 * has drawn, so members never disturb each other's streams whatever the order they are used in.
 */
public final class CounterStreams implements Stateful {
    private final long key;
    private final long[] draws;

    /**
     * @param masterSeed the run's seed
     * @param name       the family's stable name
     * @param members    how many streams
     */
    public CounterStreams(long masterSeed, String name, int members) {
        this.key = Seeds.derive(masterSeed, name);
        this.draws = new long[members];
    }

    /** @return how many streams there are */
    public int size() {
        return draws.length;
    }

    /**
     * @param member the stream
     * @return its next uniform number in [0, 1)
     */
    public double next(int member) {
        return Seeds.uniform(Seeds.member(key, member), draws[member]++);
    }

    @Override
    public void save(StateWriter out) {
        out.longs(draws);
    }

    @Override
    public void restore(StateReader in) {
        System.arraycopy(in.longs(draws.length), 0, draws, 0, draws.length);
    }
}
