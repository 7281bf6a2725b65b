package org.neuromtj.chip.ledger;

/** The blocks of a tile (and the share of the NPU that sits with it) that report actions, for the energy breakdown. */
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
    REGISTERS,
    /** The tile's event router: its input buffers, its switch and the links to its neighbours. */
    ROUTER,
    /** The spike FIFOs between the core and the mesh, charged to the tile a spike enters or leaves. */
    SPIKE_FIFOS
}
