package org.neuromtj.cosim;

/**
 * A block's input words, cycle after cycle, generated from a seed: the same seed gives the same
 * sequence, so a run can be replayed exactly.
 */
public interface Stimulus {

    /**
     * Writes the next cycles' input words.
     *
     * @param cycles how many cycles
     * @param words  receives {@code cycles × inputs} words from index 0
     */
    void next(int cycles, int[] words);
}
