package org.neuromtj.chip.ledger;

/** The blocks of a tile that report actions, for the energy breakdown. */
public enum Block {
    /** The 1T-1MTJ array and its series strings. */
    CROSSBAR,
    /** The time-to-digital converters. */
    TDC,
    /** The neuron array, CMOS or MTJ. */
    NEURONS,
    /** The SOT write drivers. */
    WRITE_DRIVER,
    /** The tile's register block on the bus. */
    REGISTERS
}
