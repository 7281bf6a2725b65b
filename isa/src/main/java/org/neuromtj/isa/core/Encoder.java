package org.neuromtj.isa.core;

/**
 * Encodes instructions from an {@link Op} and operands: the inverse of {@link Decoder}, used to build
 * test programs and to check the decoder against the encoding table.
 */
public final class Encoder {

    private Encoder() {
    }

    /**
     * @param op  the instruction
     * @param rd  destination register (ignored by formats without one)
     * @param rs1 first source register, or the 5-bit immediate of {@link Format#CSRI}
     * @param rs2 second source register (ignored by formats without one)
     * @param imm immediate; for CSR formats the CSR number; for fence the pred/succ bits
     * @return the instruction word
     * @throws IllegalArgumentException if an operand does not fit its field
     */
    public static int encode(Op op, int rd, int rs1, int rs2, int imm) {
        if (op == Op.ILLEGAL) {
            throw new IllegalArgumentException("ILLEGAL has no encoding");
        }
        checkRegister(rd, "rd");
        checkRegister(rs1, "rs1");
        checkRegister(rs2, "rs2");
        int regs = (rd << 7) | (rs1 << 15) | (rs2 << 20);
        int fields = switch (op.format()) {
            case R -> regs;
            case I -> {
                checkSigned(imm, 12, op);
                yield (rd << 7) | (rs1 << 15) | (imm << 20);
            }
            case SHIFT -> {
                checkRange(imm, 0, 31, op);
                yield (rd << 7) | (rs1 << 15) | (imm << 20);
            }
            case S -> {
                checkSigned(imm, 12, op);
                yield (rs1 << 15) | (rs2 << 20) | ((imm & 31) << 7) | ((imm >> 5) << 25);
            }
            case B -> {
                checkSigned(imm, 13, op);
                checkEven(imm, op);
                yield (rs1 << 15) | (rs2 << 20) | (((imm >> 11) & 1) << 7) | (((imm >> 1) & 0xF) << 8)
                        | (((imm >> 5) & 0x3F) << 25) | (((imm >> 12) & 1) << 31);
            }
            case U -> {
                if ((imm & 0xFFF) != 0) {
                    throw new IllegalArgumentException(op.mnemonic() + ": upper immediate 0x"
                            + Integer.toHexString(imm) + " has low bits set");
                }
                yield (rd << 7) | imm;
            }
            case J -> {
                checkSigned(imm, 21, op);
                checkEven(imm, op);
                yield (rd << 7) | (((imm >> 12) & 0xFF) << 12) | (((imm >> 11) & 1) << 20)
                        | (((imm >> 1) & 0x3FF) << 21) | (((imm >> 20) & 1) << 31);
            }
            case CSR, CSRI -> {
                checkRange(imm, 0, 0xFFF, op);
                yield (rd << 7) | (rs1 << 15) | (imm << 20);
            }
            case FENCE -> {
                checkRange(imm, 0, 0xFF, op);
                yield imm << 20;
            }
            case NONE -> 0;
        };
        return (fields & ~op.mask()) | op.match();
    }

    private static void checkRegister(int r, String name) {
        if (r < 0 || r > 31) {
            throw new IllegalArgumentException(name + " " + r + " is not a register 0..31");
        }
    }

    private static void checkSigned(int imm, int bits, Op op) {
        checkRange(imm, -(1 << (bits - 1)), (1 << (bits - 1)) - 1, op);
    }

    private static void checkRange(int imm, int min, int max, Op op) {
        if (imm < min || imm > max) {
            throw new IllegalArgumentException(op.mnemonic() + ": immediate " + imm + " is outside " + min + ".." + max);
        }
    }

    private static void checkEven(int imm, Op op) {
        if ((imm & 1) != 0) {
            throw new IllegalArgumentException(op.mnemonic() + ": offset " + imm + " is odd");
        }
    }
}
