package org.neuromtj.isa.core;

/**
 * Renders instructions the way GNU objdump (binutils 2.40) does for RV32IM: ABI register names, the
 * same pseudo-instructions ({@code li}, {@code mv}, {@code ret}, {@code beqz}, {@code csrr}, ...), the
 * register-form mnemonic for immediate arithmetic and CSR forms ({@code add a0,a0,1},
 * {@code csrs mie,8}), hex shift amounts and upper immediates, and absolute targets for branches and
 * jumps.
 */
public final class Disassembler {
    private static final String[] ABI = {
        "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1", "a2", "a3", "a4", "a5",
        "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6"
    };
    private static final String[] FENCE_SET = {"", "w", "r", "rw", "o", "ow", "or", "orw",
        "i", "iw", "ir", "irw", "io", "iow", "ior", "iorw"};

    private Disassembler() {
    }

    /**
     * @param index register number 0..31
     * @return its ABI name
     */
    public static String register(int index) {
        return ABI[index];
    }

    /**
     * @param pc   address of the instruction (for branch and jump targets)
     * @param word the instruction word
     * @return mnemonic and operands separated by a tab, as objdump prints them
     */
    public static String disassemble(int pc, int word) {
        Decoded d = Decoder.decode(word);
        String rd = ABI[d.rd()];
        String rs1 = ABI[d.rs1()];
        String rs2 = ABI[d.rs2()];
        int imm = d.imm();
        return switch (d.op()) {
            case ILLEGAL -> String.format(".word\t0x%08x", word);
            case LUI, AUIPC -> op(d.op(), rd + ",0x" + Integer.toHexString(imm >>> 12));
            case JAL -> d.rd() == 0 ? op("j", target(pc, imm))
                    : d.rd() == 1 ? op("jal", target(pc, imm)) : op("jal", rd + "," + target(pc, imm));
            case JALR -> jalr(d, rd, rs1, imm);
            case BEQ, BNE, BLT, BGE, BLTU, BGEU -> branch(d, pc, rs1, rs2, imm);
            case LB, LH, LW, LBU, LHU -> op(d.op(), rd + "," + imm + "(" + rs1 + ")");
            case SB, SH, SW -> op(d.op(), rs2 + "," + imm + "(" + rs1 + ")");
            case ADDI -> d.rd() == 0 && d.rs1() == 0 && imm == 0 ? "nop"
                    : d.rs1() == 0 ? op("li", rd + "," + imm)
                    : imm == 0 ? op("mv", rd + "," + rs1) : op("add", rd + "," + rs1 + "," + imm);
            case SLTIU -> imm == 1 ? op("seqz", rd + "," + rs1) : op(d.op(), rd + "," + rs1 + "," + imm);
            case XORI -> imm == -1 ? op("not", rd + "," + rs1) : op("xor", rd + "," + rs1 + "," + imm);
            case ANDI -> imm == 255 ? op("zext.b", rd + "," + rs1) : op("and", rd + "," + rs1 + "," + imm);
            case ORI -> op("or", rd + "," + rs1 + "," + imm);
            case SLTI -> op(d.op(), rd + "," + rs1 + "," + imm);
            case SLLI, SRLI, SRAI -> op(d.op().mnemonic().substring(0, 3), rd + "," + rs1 + ",0x"
                    + Integer.toHexString(imm));
            case SUB -> d.rs1() == 0 ? op("neg", rd + "," + rs2) : op(d.op(), rd + "," + rs1 + "," + rs2);
            case SLTU -> d.rs1() == 0 ? op("snez", rd + "," + rs2) : op(d.op(), rd + "," + rs1 + "," + rs2);
            case SLT -> d.rs2() == 0 ? op("sltz", rd + "," + rs1)
                    : d.rs1() == 0 ? op("sgtz", rd + "," + rs2) : op(d.op(), rd + "," + rs1 + "," + rs2);
            case ADD, SLL, XOR, SRL, SRA, OR, AND, MUL, MULH, MULHSU, MULHU, DIV, DIVU, REM, REMU ->
                    op(d.op(), rd + "," + rs1 + "," + rs2);
            case FENCE -> fence(imm);
            case FENCE_I, ECALL, EBREAK, MRET, WFI -> d.op().mnemonic();
            case CSRRW, CSRRS, CSRRC, CSRRWI, CSRRSI, CSRRCI -> csr(d, word, rd, rs1);
        };
    }

    private static String jalr(Decoded d, String rd, String rs1, int imm) {
        if (d.rd() == 0 && d.rs1() == 1 && imm == 0) {
            return "ret";
        }
        if (d.rd() == 0 && imm == 0) {
            return op("jr", rs1);
        }
        if (d.rd() == 1 && imm == 0) {
            return op("jalr", rs1);
        }
        return op("jalr", rd + "," + imm + "(" + rs1 + ")");
    }

    private static String branch(Decoded d, int pc, String rs1, String rs2, int imm) {
        String t = target(pc, imm);
        boolean zero1 = d.rs1() == 0;
        boolean zero2 = d.rs2() == 0;
        return switch (d.op()) {
            case BEQ -> zero2 ? op("beqz", rs1 + "," + t) : op("beq", rs1 + "," + rs2 + "," + t);
            case BNE -> zero2 ? op("bnez", rs1 + "," + t) : op("bne", rs1 + "," + rs2 + "," + t);
            case BLT -> zero2 ? op("bltz", rs1 + "," + t)
                    : zero1 ? op("bgtz", rs2 + "," + t) : op("blt", rs1 + "," + rs2 + "," + t);
            case BGE -> zero2 ? op("bgez", rs1 + "," + t)
                    : zero1 ? op("blez", rs2 + "," + t) : op("bge", rs1 + "," + rs2 + "," + t);
            default -> op(d.op(), rs1 + "," + rs2 + "," + t);
        };
    }

    private static String csr(Decoded d, int word, String rd, String rs1) {
        int csr = d.imm();
        String name = Csr.name(csr);
        boolean imm = d.op().format() == Format.CSRI;
        String src = imm ? Integer.toString(d.rs1()) : rs1;
        if (word == 0xC0001073) {
            return "unimp";
        }
        if (d.op() == Op.CSRRS && d.rs1() == 0) {
            String counter = switch (csr) {
                case Csr.CYCLE -> "rdcycle";
                case Csr.TIME -> "rdtime";
                case Csr.INSTRET -> "rdinstret";
                case Csr.CYCLEH -> "rdcycleh";
                case Csr.TIMEH -> "rdtimeh";
                case Csr.INSTRETH -> "rdinstreth";
                default -> null;
            };
            return counter != null ? op(counter, rd) : op("csrr", rd + "," + name);
        }
        if (d.rd() == 0) {
            String short_ = switch (d.op()) {
                case CSRRW, CSRRWI -> "csrw";
                case CSRRS, CSRRSI -> "csrs";
                default -> "csrc";
            };
            return op(short_, name + "," + src);
        }
        return op(d.op().mnemonic().substring(0, 5), rd + "," + name + "," + src);
    }

    private static String fence(int bits) {
        int pred = (bits >>> 4) & 15;
        int succ = bits & 15;
        if (pred == 15 && succ == 15) {
            return "fence";
        }
        return op("fence", FENCE_SET[pred] + "," + FENCE_SET[succ]);
    }

    private static String target(int pc, int offset) {
        return Integer.toHexString(pc + offset);
    }

    private static String op(Op op, String operands) {
        return op(op.mnemonic(), operands);
    }

    private static String op(String mnemonic, String operands) {
        return mnemonic + "\t" + operands;
    }
}
