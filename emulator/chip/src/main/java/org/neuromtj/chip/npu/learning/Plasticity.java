package org.neuromtj.chip.npu.learning;

/** What a spike pairing does to a synapse (002: ΔW = +1, −1 or 0). */
public enum Plasticity {
    /** No change. */
    NONE,
    /** Long-term potentiation: one SOT pulse toward parallel (higher conductance). */
    LTP,
    /** Long-term depression: one SOT pulse toward antiparallel. */
    LTD
}
