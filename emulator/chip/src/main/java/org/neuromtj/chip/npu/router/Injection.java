package org.neuromtj.chip.npu.router;

/** What happened to a packet offered to the mesh at its source. */
public enum Injection {
    /** It is in the source router's local input FIFO. */
    ACCEPTED,
    /** The FIFO is full: the sender must hold it and try again (a stall). */
    FULL,
    /** Nothing routes it: a multicast key no entry of the source router matches, or no such tile. */
    UNROUTABLE
}
