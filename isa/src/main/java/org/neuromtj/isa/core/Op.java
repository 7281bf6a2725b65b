package org.neuromtj.isa.core;

import java.util.List;

/**
 * Every instruction of RV32IM + Zicsr + Zifencei in machine mode, with its encoding (match and mask), its
 * operand format and its timing class. This table is the one source for decoding, disassembly and the
 * encoding tests.
 */
public enum Op {
    /** Not a valid instruction; executing it raises an illegal-instruction exception. */
    ILLEGAL("unimp", 0, 0, Format.NONE, Timing.SYSTEM),
    LUI("lui", 0x00000037, 0x0000007F, Format.U, Timing.ALU),
    AUIPC("auipc", 0x00000017, 0x0000007F, Format.U, Timing.ALU),
    JAL("jal", 0x0000006F, 0x0000007F, Format.J, Timing.JUMP),
    JALR("jalr", 0x00000067, 0x0000707F, Format.I, Timing.JUMP),
    BEQ("beq", 0x00000063, 0x0000707F, Format.B, Timing.BRANCH),
    BNE("bne", 0x00001063, 0x0000707F, Format.B, Timing.BRANCH),
    BLT("blt", 0x00004063, 0x0000707F, Format.B, Timing.BRANCH),
    BGE("bge", 0x00005063, 0x0000707F, Format.B, Timing.BRANCH),
    BLTU("bltu", 0x00006063, 0x0000707F, Format.B, Timing.BRANCH),
    BGEU("bgeu", 0x00007063, 0x0000707F, Format.B, Timing.BRANCH),
    LB("lb", 0x00000003, 0x0000707F, Format.I, Timing.LOAD),
    LH("lh", 0x00001003, 0x0000707F, Format.I, Timing.LOAD),
    LW("lw", 0x00002003, 0x0000707F, Format.I, Timing.LOAD),
    LBU("lbu", 0x00004003, 0x0000707F, Format.I, Timing.LOAD),
    LHU("lhu", 0x00005003, 0x0000707F, Format.I, Timing.LOAD),
    SB("sb", 0x00000023, 0x0000707F, Format.S, Timing.STORE),
    SH("sh", 0x00001023, 0x0000707F, Format.S, Timing.STORE),
    SW("sw", 0x00002023, 0x0000707F, Format.S, Timing.STORE),
    ADDI("addi", 0x00000013, 0x0000707F, Format.I, Timing.ALU),
    SLTI("slti", 0x00002013, 0x0000707F, Format.I, Timing.ALU),
    SLTIU("sltiu", 0x00003013, 0x0000707F, Format.I, Timing.ALU),
    XORI("xori", 0x00004013, 0x0000707F, Format.I, Timing.ALU),
    ORI("ori", 0x00006013, 0x0000707F, Format.I, Timing.ALU),
    ANDI("andi", 0x00007013, 0x0000707F, Format.I, Timing.ALU),
    SLLI("slli", 0x00001013, 0xFE00707F, Format.SHIFT, Timing.ALU),
    SRLI("srli", 0x00005013, 0xFE00707F, Format.SHIFT, Timing.ALU),
    SRAI("srai", 0x40005013, 0xFE00707F, Format.SHIFT, Timing.ALU),
    ADD("add", 0x00000033, 0xFE00707F, Format.R, Timing.ALU),
    SUB("sub", 0x40000033, 0xFE00707F, Format.R, Timing.ALU),
    SLL("sll", 0x00001033, 0xFE00707F, Format.R, Timing.ALU),
    SLT("slt", 0x00002033, 0xFE00707F, Format.R, Timing.ALU),
    SLTU("sltu", 0x00003033, 0xFE00707F, Format.R, Timing.ALU),
    XOR("xor", 0x00004033, 0xFE00707F, Format.R, Timing.ALU),
    SRL("srl", 0x00005033, 0xFE00707F, Format.R, Timing.ALU),
    SRA("sra", 0x40005033, 0xFE00707F, Format.R, Timing.ALU),
    OR("or", 0x00006033, 0xFE00707F, Format.R, Timing.ALU),
    AND("and", 0x00007033, 0xFE00707F, Format.R, Timing.ALU),
    MUL("mul", 0x02000033, 0xFE00707F, Format.R, Timing.MUL),
    MULH("mulh", 0x02001033, 0xFE00707F, Format.R, Timing.MUL),
    MULHSU("mulhsu", 0x02002033, 0xFE00707F, Format.R, Timing.MUL),
    MULHU("mulhu", 0x02003033, 0xFE00707F, Format.R, Timing.MUL),
    DIV("div", 0x02004033, 0xFE00707F, Format.R, Timing.DIV),
    DIVU("divu", 0x02005033, 0xFE00707F, Format.R, Timing.DIV),
    REM("rem", 0x02006033, 0xFE00707F, Format.R, Timing.DIV),
    REMU("remu", 0x02007033, 0xFE00707F, Format.R, Timing.DIV),
    FENCE("fence", 0x0000000F, 0x0000707F, Format.FENCE, Timing.FENCE),
    FENCE_I("fence.i", 0x0000100F, 0x0000707F, Format.NONE, Timing.FENCE_I),
    ECALL("ecall", 0x00000073, 0xFFFFFFFF, Format.NONE, Timing.SYSTEM),
    EBREAK("ebreak", 0x00100073, 0xFFFFFFFF, Format.NONE, Timing.SYSTEM),
    MRET("mret", 0x30200073, 0xFFFFFFFF, Format.NONE, Timing.SYSTEM),
    WFI("wfi", 0x10500073, 0xFFFFFFFF, Format.NONE, Timing.SYSTEM),
    CSRRW("csrrw", 0x00001073, 0x0000707F, Format.CSR, Timing.CSR),
    CSRRS("csrrs", 0x00002073, 0x0000707F, Format.CSR, Timing.CSR),
    CSRRC("csrrc", 0x00003073, 0x0000707F, Format.CSR, Timing.CSR),
    CSRRWI("csrrwi", 0x00005073, 0x0000707F, Format.CSRI, Timing.CSR),
    CSRRSI("csrrsi", 0x00006073, 0x0000707F, Format.CSRI, Timing.CSR),
    CSRRCI("csrrci", 0x00007073, 0x0000707F, Format.CSRI, Timing.CSR);

    /** All values, indexed by ordinal, without the copy {@code values()} makes. */
    public static final List<Op> ALL = List.of(values());

    private final String mnemonic;
    private final int match;
    private final int mask;
    private final Format format;
    private final Timing timing;

    Op(String mnemonic, int match, int mask, Format format, Timing timing) {
        this.mnemonic = mnemonic;
        this.match = match;
        this.mask = mask;
        this.format = format;
        this.timing = timing;
    }

    /** @return the assembler mnemonic */
    public String mnemonic() {
        return mnemonic;
    }

    /** @return the fixed bits of the encoding */
    public int match() {
        return match;
    }

    /** @return which bits of the encoding are fixed */
    public int mask() {
        return mask;
    }

    /** @return the operand format */
    public Format format() {
        return format;
    }

    /** @return the timing class */
    public Timing timing() {
        return timing;
    }

    /**
     * @param word instruction word
     * @return whether the word is an encoding of this instruction
     */
    public boolean matches(int word) {
        return this != ILLEGAL && (word & mask) == match;
    }
}
