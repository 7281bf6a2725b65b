package org.neuromtj.chip.device;

/** The sense of an SOT write pulse: which state it drives the free layer toward. */
public enum Direction {
    /** Toward the parallel (low-resistance) state: one level up. */
    TO_PARALLEL,
    /** Toward the antiparallel (high-resistance) state: one level down. */
    TO_ANTIPARALLEL
}
