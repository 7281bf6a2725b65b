package org.neuromtj.isa.core;

/**
 * One decoded instruction. The executor keeps the same information packed into a {@code long} (see
 * {@link Decoder#pack}) so its decode cache is a flat array.
 *
 * @param word the instruction word
 * @param op   the instruction, {@link Op#ILLEGAL} if the word encodes none
 * @param rd   destination register
 * @param rs1  first source register; for {@link Format#CSRI} the 5-bit immediate
 * @param rs2  second source register
 * @param imm  sign-extended immediate; for CSR formats the CSR number; for fence the pred/succ bits
 */
public record Decoded(int word, Op op, int rd, int rs1, int rs2, int imm) {
}
