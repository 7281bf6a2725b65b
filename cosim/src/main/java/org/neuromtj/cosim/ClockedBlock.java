package org.neuromtj.cosim;

import java.util.List;

/**
 * A block seen at its ports, one rising clock edge at a time: the interface both a Java cycle model and
 * its Verilated RTL implement, so that the lockstep checker can drive them alike. Stimulus and response
 * are packed one word per signal per cycle, cycle after cycle, in the order of {@link #inputs()} and
 * {@link #outputs()}; an output word holds the port's value just after the edge.
 */
public interface ClockedBlock extends AutoCloseable {

    /** @return the input ports, in packing order */
    List<Signal> inputs();

    /** @return the output ports, in packing order */
    List<Signal> outputs();

    /**
     * Runs clock edges.
     *
     * @param cycles   edges to run
     * @param stimulus {@code cycles × inputs().size()} words, from index 0
     * @param response receives {@code cycles × outputs().size()} words, from index 0
     */
    void run(int cycles, int[] stimulus, int[] response);

    /** Frees what the block holds; the default holds nothing. */
    @Override
    default void close() {
    }
}
