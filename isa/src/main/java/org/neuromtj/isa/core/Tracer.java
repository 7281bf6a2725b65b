package org.neuromtj.isa.core;

/** Observes every instruction the core is about to execute; installing one slows the core down. */
@FunctionalInterface
public interface Tracer {

    /**
     * @param cycle current cycle
     * @param pc    address of the instruction
     * @param word  the instruction word
     */
    void instruction(long cycle, int pc, int word);
}
