package org.neuromtj.isa.state;

/**
 * A part of the chip whose state a snapshot holds: it writes every field that a later run depends on,
 * and reads them back into an instance built with the same configuration, which then behaves exactly as
 * the saved one would have.
 */
public interface Stateful {

    /** @param out receives the state, in an order {@link #restore} reads back */
    void save(StateWriter out);

    /**
     * @param in the state {@link #save} wrote
     * @throws StateException if it does not fit this instance
     */
    void restore(StateReader in);
}
