package org.neuromtj.isa.core;

/**
 * Cycles each instruction class takes on the control core; they drive {@code mcycle} and the simulated
 * clock. The figures model a simple in-order pipeline without caches: a taken control transfer refills
 * two stages, a load waits one cycle for memory, the multiplier is three stages deep and the divider is
 * iterative (one bit per cycle plus setup).
 */
public enum Timing {
    /** Integer arithmetic, logic, shifts, lui, auipc, not-taken branches. */
    ALU(1),
    /** Conditional branch; costs {@link #TAKEN_BRANCH} cycles when taken. */
    BRANCH(1),
    /** jal and jalr: always redirect the fetch. */
    JUMP(3),
    /** Loads: one extra cycle for the memory response. */
    LOAD(2),
    /** Stores: posted, one cycle. */
    STORE(1),
    /** mul, mulh, mulhsu, mulhu. */
    MUL(3),
    /** div, divu, rem, remu. */
    DIV(34),
    /** CSR read-modify-write. */
    CSR(2),
    /** fence (no caches or write buffers to drain). */
    FENCE(1),
    /** fence.i: refills the fetch stages. */
    FENCE_I(3),
    /** ecall, ebreak, mret, wfi: serialising. */
    SYSTEM(3);

    /** Cycles of a taken conditional branch. */
    public static final int TAKEN_BRANCH = 3;
    /** Cycles a misaligned load or store adds: it is performed as two accesses. */
    public static final int MISALIGNED_EXTRA = 1;
    /** Cycles to enter a trap handler (exception or interrupt), on top of the trapping instruction. */
    public static final int TRAP_ENTRY = 3;

    private final int cycles;

    Timing(int cycles) {
        this.cycles = cycles;
    }

    /** @return cycles of the class (for branches: when not taken) */
    public int cycles() {
        return cycles;
    }
}
