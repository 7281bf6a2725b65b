package org.neuromtj.isa.core;

/**
 * Decodes instruction words using the encodings of {@link Op}. The packed form used by the executor's
 * decode cache holds, from bit 0: the op ordinal (8 bits), a valid marker (bit 8), rd (bits 9-13), rs1
 * (bits 14-18), rs2 (bits 19-23) and the immediate (bits 32-63). A packed value of 0 means "not decoded".
 */
public final class Decoder {
    static final int VALID = 1 << 8;
    private static final Op[] TABLE = Op.values();

    private Decoder() {
    }

    /**
     * @param word instruction word
     * @return the decoded instruction
     */
    public static Decoded decode(int word) {
        long p = pack(word);
        return new Decoded(word, op(p), rd(p), rs1(p), rs2(p), imm(p));
    }

    /**
     * @param word instruction word
     * @return the instruction in packed form, never 0
     */
    public static long pack(int word) {
        Op op = Op.ILLEGAL;
        for (Op candidate : TABLE) {
            if (candidate.matches(word)) {
                op = candidate;
                break;
            }
        }
        int rd = (word >>> 7) & 31;
        int rs1 = (word >>> 15) & 31;
        int rs2 = (word >>> 20) & 31;
        int imm = switch (op.format()) {
            case I -> word >> 20;
            case SHIFT -> rs2;
            case S -> ((word >> 25) << 5) | rd;
            case B -> ((word >> 31) << 12) | (((word >>> 7) & 1) << 11) | (((word >>> 25) & 0x3F) << 5)
                    | (((word >>> 8) & 0xF) << 1);
            case U -> word & 0xFFFFF000;
            case J -> ((word >> 31) << 20) | (word & 0x000FF000) | (((word >>> 20) & 1) << 11)
                    | (((word >>> 21) & 0x3FF) << 1);
            case CSR, CSRI -> word >>> 20;
            case FENCE -> (word >>> 20) & 0xFF;
            case R, NONE -> 0;
        };
        return op.ordinal() | VALID | ((long) rd << 9) | ((long) rs1 << 14) | ((long) rs2 << 19)
                | ((long) imm << 32);
    }

    static Op op(long packed) {
        return TABLE[(int) packed & 0xFF];
    }

    static int rd(long packed) {
        return (int) (packed >>> 9) & 31;
    }

    static int rs1(long packed) {
        return (int) (packed >>> 14) & 31;
    }

    static int rs2(long packed) {
        return (int) (packed >>> 19) & 31;
    }

    static int imm(long packed) {
        return (int) (packed >> 32);
    }
}
