package org.neuromtj.isa.core;

/** Operand layout of an instruction word, which fixes how its immediate is assembled. */
public enum Format {
    /** Register-register: rd, rs1, rs2. */
    R,
    /** Register-immediate, loads and jalr: rd, rs1, imm[11:0]. */
    I,
    /** Shift by immediate: rd, rs1, shamt[4:0]. */
    SHIFT,
    /** Stores: rs1, rs2, imm[11:0]. */
    S,
    /** Conditional branches: rs1, rs2, imm[12:1]. */
    B,
    /** Upper immediate: rd, imm[31:12]. */
    U,
    /** Jump and link: rd, imm[20:1]. */
    J,
    /** CSR access with a register source: rd, rs1, csr. */
    CSR,
    /** CSR access with a 5-bit immediate source (kept in the rs1 slot): rd, uimm, csr. */
    CSRI,
    /** Memory ordering: predecessor and successor sets (kept in the immediate). */
    FENCE,
    /** No operands. */
    NONE
}
