package org.neuromtj.isa.core;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Compiles a block of RV32IM instructions into the bytes of a class implementing {@link TranslatedBlock}.
 *
 * <p>Guest registers are read and written in the hart's register array, at constant indices that the
 * JIT compiler keeps in machine registers within the block, so entering and leaving copy nothing.
 * Cycles, {@code instret} and the instruction classes the energy ledger counts are static per
 * instruction, so each exit adds the prefix of the block it completed; only a taken branch adds its own
 * refill. Loads and stores reach RAM inline; any other address, and any misaligned access, leaves the
 * block before that instruction, for the interpreter to perform exactly. A store that overwrites decoded
 * code leaves the block after itself, so the next instruction is fetched afresh. A block whose closing
 * branch or jump returns to its first instruction loops inside the class, checking before each pass, as
 * the interpreter checks before each instruction, that the whole pass starts before the batch's end.
 */
final class BlockCompiler {
    /** Instructions in a block at most. */
    static final int MAX_INSTRUCTIONS = 64;

    private static final String HART = "org/neuromtj/isa/core/Hart";
    private static final String RAM = "org/neuromtj/isa/core/Ram";
    private static final String ARITHMETIC = "org/neuromtj/isa/core/Arithmetic";
    private static final int TAKEN_EXTRA = Timing.TAKEN_BRANCH - Timing.BRANCH.cycles();

    private static final int HART_LOCAL = 1;
    private static final int X = 2;
    private static final int RAM_LOCAL = 3;
    private static final int CYCLE = 4;
    private static final int LIMIT = 6;
    private static final int PASSES = 8;
    private static final int ADDRESS = 10;
    private static final int OFFSET = 11;
    private static final int TARGET = 12;
    /** A value on its way into a register. */
    private static final int RESULT = 13;

    /** One decoded instruction and its base cycles. */
    record Instruction(Op op, int rd, int rs1, int rs2, int imm, int cost) {
    }

    private final int start;
    private final List<Instruction> code;
    private final int ramBase;
    private final int ramSize;
    private final long[] cycles;
    private final long[][] classes;
    private final List<Runnable> stubs = new ArrayList<>();
    private MethodVisitor m;
    private Label loop;

    /**
     * @param start   the address of the first instruction
     * @param code    the block, as the {@link Translator} chose it
     * @param ramBase RAM's first address
     * @param ramSize RAM's size in bytes
     */
    BlockCompiler(int start, List<Instruction> code, int ramBase, int ramSize) {
        this.start = start;
        this.code = code;
        this.ramBase = ramBase;
        this.ramSize = ramSize;
        int n = code.size();
        this.cycles = new long[n + 1];
        this.classes = new long[4][n + 1];
        for (int k = 0; k < n; k++) {
            Instruction i = code.get(k);
            cycles[k + 1] = cycles[k] + i.cost();
            int c = counterOf(i.op());
            for (int j = 0; j < 4; j++) {
                classes[j][k + 1] = classes[j][k] + (j == c ? 1 : 0);
            }
        }
    }

    /**
     * Whether the translator handles an instruction; the others (CSR and system instructions,
     * {@code fence.i}, illegal words) end a block before them and are always interpreted.
     *
     * @param op the instruction
     * @return whether it can be part of a block
     */
    static boolean translatable(Op op) {
        return switch (op) {
            case CSRRW, CSRRS, CSRRC, CSRRWI, CSRRSI, CSRRCI, ECALL, EBREAK, MRET, WFI, FENCE_I, ILLEGAL -> false;
            default -> true;
        };
    }

    /**
     * @param op the instruction
     * @return whether it ends a block (it is included, as the block's last)
     */
    static boolean closes(Op op) {
        return switch (op) {
            case JAL, JALR, BEQ, BNE, BLT, BGE, BLTU, BGEU -> true;
            default -> false;
        };
    }

    /** @return the class bytes */
    byte[] compile() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return "java/lang/Object";
            }
        };
        String name = "org/neuromtj/isa/core/TranslatedCode";
        cw.visit(V17, ACC_FINAL | ACC_SUPER, name, null, "java/lang/Object",
                new String[] {"org/neuromtj/isa/core/TranslatedBlock"});
        MethodVisitor init = cw.visitMethod(0, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, 0);
        init.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        m = cw.visitMethod(ACC_PUBLIC, "run", "(L" + HART + ";)Z", null, null);
        m.visitCode();
        body();
        m.visitMaxs(0, 0);
        m.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private void body() {
        int n = code.size();
        hartField("x", "[I");
        m.visitVarInsn(ASTORE, X);
        hartField("ram", "L" + RAM + ";");
        m.visitVarInsn(ASTORE, RAM_LOCAL);
        hartField("cycle", "J");
        m.visitVarInsn(LSTORE, CYCLE);
        hartField("limit", "J");
        m.visitVarInsn(LSTORE, LIMIT);
        // The interpreter starts an instruction only while cycle < limit: all of them, or none here.
        Label go = new Label();
        startsBeforeLimit(n, go);
        m.visitInsn(ICONST_0);
        m.visitInsn(IRETURN);
        m.visitLabel(go);
        m.visitInsn(LCONST_0);
        m.visitVarInsn(LSTORE, PASSES);
        loop = new Label();
        m.visitLabel(loop);
        for (int k = 0; k < n; k++) {
            instruction(k, code.get(k));
        }
        if (!closes(code.get(n - 1).op())) {
            exit(n, 0, start + 4 * n);
        }
        for (Runnable stub : stubs) {
            stub.run();
        }
    }

    /** Jumps to {@code go} if cycle + the first n − 1 instructions' cycles < limit. */
    private void startsBeforeLimit(int n, Label go) {
        m.visitVarInsn(LLOAD, CYCLE);
        m.visitLdcInsn(cycles[n - 1]);
        m.visitInsn(LADD);
        m.visitVarInsn(LLOAD, LIMIT);
        m.visitInsn(LCMP);
        m.visitJumpInsn(IFLT, go);
    }

    private void instruction(int k, Instruction i) {
        int pc = start + 4 * k;
        switch (i.op()) {
            case LUI -> constant(i.imm(), i.rd());
            case AUIPC -> constant(pc + i.imm(), i.rd());
            case ADDI -> immediate(i, IADD);
            case XORI -> immediate(i, IXOR);
            case ORI -> immediate(i, IOR);
            case ANDI -> immediate(i, IAND);
            case SLLI -> immediate(i, ISHL);
            case SRLI -> immediate(i, IUSHR);
            case SRAI -> immediate(i, ISHR);
            case SLTI -> {
                read(i.rs1());
                push(i.imm());
                lessThan(i.rd());
            }
            case SLTIU -> {
                readUnsigned(i.rs1());
                push(i.imm() ^ Integer.MIN_VALUE);
                lessThan(i.rd());
            }
            case ADD -> register(i, IADD);
            case SUB -> register(i, ISUB);
            case SLL -> register(i, ISHL);
            case SRL -> register(i, IUSHR);
            case SRA -> register(i, ISHR);
            case XOR -> register(i, IXOR);
            case OR -> register(i, IOR);
            case AND -> register(i, IAND);
            case MUL -> register(i, IMUL);
            case SLT -> {
                read(i.rs1());
                read(i.rs2());
                lessThan(i.rd());
            }
            case SLTU -> {
                readUnsigned(i.rs1());
                readUnsigned(i.rs2());
                lessThan(i.rd());
            }
            case MULH, MULHSU, MULHU -> highProduct(i);
            case DIV -> arithmetic(i, "div");
            case DIVU -> arithmetic(i, "divu");
            case REM -> arithmetic(i, "rem");
            case REMU -> arithmetic(i, "remu");
            case FENCE -> {
                // Memory is sequentially consistent: nothing to order.
            }
            case LB, LBU, LH, LHU, LW -> load(k, i);
            case SB, SH, SW -> store(k, i);
            case JAL -> {
                constant(pc + 4, i.rd());
                close(pc + i.imm(), 0);
            }
            case JALR -> {
                read(i.rs1());
                push(i.imm());
                m.visitInsn(IADD);
                push(~1);
                m.visitInsn(IAND);
                m.visitVarInsn(ISTORE, TARGET);
                m.visitVarInsn(ILOAD, TARGET);
                push(3);
                m.visitInsn(IAND);
                m.visitJumpInsn(IFNE, before(k));
                constant(pc + 4, i.rd());
                dynamicExit(code.size());
            }
            case BEQ, BNE, BLT, BGE, BLTU, BGEU -> branch(k, i, pc);
            default -> throw new IllegalStateException(i.op() + " is not translated");
        }
    }

    private void branch(int k, Instruction i, int pc) {
        boolean unsigned = i.op() == Op.BLTU || i.op() == Op.BGEU;
        if (unsigned) {
            readUnsigned(i.rs1());
            readUnsigned(i.rs2());
        } else {
            read(i.rs1());
            read(i.rs2());
        }
        int opcode = switch (i.op()) {
            case BEQ -> IF_ICMPEQ;
            case BNE -> IF_ICMPNE;
            case BLT, BLTU -> IF_ICMPLT;
            default -> IF_ICMPGE;
        };
        Label taken = new Label();
        m.visitJumpInsn(opcode, taken);
        exit(k + 1, 0, pc + 4);
        m.visitLabel(taken);
        close(pc + i.imm(), TAKEN_EXTRA);
    }

    /** The block's last instruction transfers to a known target: loop if it is the start, else leave. */
    private void close(int target, int extra) {
        int n = code.size();
        if (target != start) {
            exit(n, extra, target);
            return;
        }
        m.visitVarInsn(LLOAD, CYCLE);
        m.visitLdcInsn(cycles[n] + extra);
        m.visitInsn(LADD);
        m.visitVarInsn(LSTORE, CYCLE);
        m.visitVarInsn(LLOAD, PASSES);
        m.visitInsn(LCONST_1);
        m.visitInsn(LADD);
        m.visitVarInsn(LSTORE, PASSES);
        Label again = new Label();
        Label leave = new Label();
        startsBeforeLimit(n, again);
        m.visitJumpInsn(GOTO, leave);
        m.visitLabel(again);
        m.visitVarInsn(ALOAD, HART_LOCAL);
        m.visitFieldInsn(GETFIELD, HART, "attention", "Z");
        m.visitJumpInsn(IFEQ, loop);
        m.visitLabel(leave);
        exit(0, 0, start);
    }

    private void load(int k, Instruction i) {
        address(k, i, size(i.op()));
        m.visitVarInsn(ALOAD, RAM_LOCAL);
        m.visitVarInsn(ILOAD, OFFSET);
        switch (i.op()) {
            case LB -> m.visitMethodInsn(INVOKEVIRTUAL, RAM, "signedByte", "(I)I", false);
            case LBU -> {
                m.visitMethodInsn(INVOKEVIRTUAL, RAM, "signedByte", "(I)I", false);
                push(0xFF);
                m.visitInsn(IAND);
            }
            case LH -> m.visitMethodInsn(INVOKEVIRTUAL, RAM, "half", "(I)I", false);
            case LHU -> {
                m.visitMethodInsn(INVOKEVIRTUAL, RAM, "half", "(I)I", false);
                push(0xFFFF);
                m.visitInsn(IAND);
            }
            default -> m.visitMethodInsn(INVOKEVIRTUAL, RAM, "word", "(I)I", false);
        }
        write(i.rd());
    }

    private void store(int k, Instruction i) {
        int size = size(i.op());
        address(k, i, size);
        m.visitVarInsn(ALOAD, RAM_LOCAL);
        m.visitVarInsn(ILOAD, OFFSET);
        read(i.rs2());
        String method = size == 1 ? "storeByte" : size == 2 ? "storeHalf" : "storeWord";
        m.visitMethodInsn(INVOKEVIRTUAL, RAM, method, "(II)Z", false);
        // Code was overwritten: what follows must be fetched afresh.
        m.visitJumpInsn(IFNE, before(k + 1));
    }

    /** Computes the access's RAM offset into OFFSET, leaving before instruction k unless aligned and in RAM. */
    private void address(int k, Instruction i, int size) {
        read(i.rs1());
        push(i.imm());
        m.visitInsn(IADD);
        m.visitVarInsn(ISTORE, ADDRESS);
        if (size > 1) {
            m.visitVarInsn(ILOAD, ADDRESS);
            push(size - 1);
            m.visitInsn(IAND);
            m.visitJumpInsn(IFNE, before(k));
        }
        m.visitVarInsn(ILOAD, ADDRESS);
        push(ramBase);
        m.visitInsn(ISUB);
        m.visitVarInsn(ISTORE, OFFSET);
        // offset <u size, as a signed comparison with both sign bits flipped
        m.visitVarInsn(ILOAD, OFFSET);
        push(Integer.MIN_VALUE);
        m.visitInsn(IXOR);
        push(ramSize ^ Integer.MIN_VALUE);
        m.visitJumpInsn(IF_ICMPGE, before(k));
    }

    private void highProduct(Instruction i) {
        read(i.rs1());
        m.visitInsn(I2L);
        if (i.op() == Op.MULHU) {
            unsignedLong();
        }
        read(i.rs2());
        m.visitInsn(I2L);
        if (i.op() != Op.MULH) {
            unsignedLong();
        }
        m.visitInsn(LMUL);
        push(32);
        m.visitInsn(i.op() == Op.MULHU ? LUSHR : LSHR);
        m.visitInsn(L2I);
        write(i.rd());
    }

    private void unsignedLong() {
        m.visitLdcInsn(0xFFFFFFFFL);
        m.visitInsn(LAND);
    }

    private void arithmetic(Instruction i, String method) {
        read(i.rs1());
        read(i.rs2());
        m.visitMethodInsn(INVOKESTATIC, ARITHMETIC, method, "(II)I", false);
        write(i.rd());
    }

    private void immediate(Instruction i, int opcode) {
        read(i.rs1());
        push(i.imm());
        m.visitInsn(opcode);
        write(i.rd());
    }

    private void register(Instruction i, int opcode) {
        read(i.rs1());
        read(i.rs2());
        m.visitInsn(opcode);
        write(i.rd());
    }

    /** Pops two ints, writes (first < second) ? 1 : 0 to rd. */
    private void lessThan(int rd) {
        Label yes = new Label();
        Label done = new Label();
        m.visitJumpInsn(IF_ICMPLT, yes);
        push(0);
        m.visitJumpInsn(GOTO, done);
        m.visitLabel(yes);
        push(1);
        m.visitLabel(done);
        write(rd);
    }

    private void constant(int value, int rd) {
        if (rd != 0) {
            push(value);
            write(rd);
        }
    }

    private void read(int r) {
        if (r == 0) {
            m.visitInsn(ICONST_0);
        } else {
            m.visitVarInsn(ALOAD, X);
            push(r);
            m.visitInsn(IALOAD);
        }
    }

    private void readUnsigned(int r) {
        read(r);
        push(Integer.MIN_VALUE);
        m.visitInsn(IXOR);
    }

    private void write(int rd) {
        if (rd == 0) {
            m.visitInsn(POP);
        } else {
            m.visitVarInsn(ISTORE, RESULT);
            m.visitVarInsn(ALOAD, X);
            push(rd);
            m.visitVarInsn(ILOAD, RESULT);
            m.visitInsn(IASTORE);
        }
    }

    /** A label that leaves the block before instruction k, its code emitted after the block's. */
    private Label before(int k) {
        Label l = new Label();
        stubs.add(() -> {
            m.visitLabel(l);
            exit(k, 0, start + 4 * k);
        });
        return l;
    }

    /** Leaves with k instructions of this pass done, the next pc a constant. */
    private void exit(int k, int extra, int pc) {
        leave(k, extra, () -> push(pc));
    }

    /** Leaves with the whole pass done, the next pc in TARGET. */
    private void dynamicExit(int k) {
        leave(k, 0, () -> m.visitVarInsn(ILOAD, TARGET));
    }

    /**
     * Adds to the hart's counters what the passes and k instructions did, sets its pc to what
     * {@code nextPc} pushes and returns. Leaving before the first instruction of the first pass ran
     * nothing, and says so.
     */
    private void leave(int k, int extra, Runnable nextPc) {
        settle(k, extra);
        m.visitVarInsn(ALOAD, HART_LOCAL);
        nextPc.run();
        m.visitFieldInsn(PUTFIELD, HART, "pc", "I");
        if (k == 0) {
            // passes compared with 0: 1 after a pass, else 0
            m.visitVarInsn(LLOAD, PASSES);
            m.visitInsn(LCONST_0);
            m.visitInsn(LCMP);
        } else {
            m.visitInsn(ICONST_1);
        }
        m.visitInsn(IRETURN);
    }

    /** Adds to the hart's cycle and counters what the passes and k instructions of this pass did. */
    private void settle(int k, int extra) {
        m.visitVarInsn(ALOAD, HART_LOCAL);
        m.visitVarInsn(LLOAD, CYCLE);
        m.visitLdcInsn(cycles[k] + extra);
        m.visitInsn(LADD);
        m.visitFieldInsn(PUTFIELD, HART, "cycle", "J");
        count("instret", code.size(), k);
        String[] fields = {"loads", "stores", "multiplies", "divides"};
        for (int j = 0; j < 4; j++) {
            long perPass = classes[j][code.size()];
            if (perPass > 0) {
                count(fields[j], perPass, classes[j][k]);
            }
        }
    }

    /** hart.field += passes · perPass + done. */
    private void count(String field, long perPass, long done) {
        m.visitVarInsn(ALOAD, HART_LOCAL);
        m.visitInsn(DUP);
        m.visitFieldInsn(GETFIELD, HART, field, "J");
        m.visitVarInsn(LLOAD, PASSES);
        m.visitLdcInsn(perPass);
        m.visitInsn(LMUL);
        m.visitInsn(LADD);
        m.visitLdcInsn(done);
        m.visitInsn(LADD);
        m.visitFieldInsn(PUTFIELD, HART, field, "J");
    }

    private void hartField(String name, String descriptor) {
        m.visitVarInsn(ALOAD, HART_LOCAL);
        m.visitFieldInsn(GETFIELD, HART, name, descriptor);
    }

    private void push(int value) {
        if (value >= -1 && value <= 5) {
            m.visitInsn(ICONST_0 + value);
        } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
            m.visitIntInsn(BIPUSH, value);
        } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
            m.visitIntInsn(SIPUSH, value);
        } else {
            m.visitLdcInsn(value);
        }
    }


    /** @return the bytes a load or store moves */
    private static int size(Op op) {
        return switch (op) {
            case LB, LBU, SB -> 1;
            case LH, LHU, SH -> 2;
            default -> 4;
        };
    }

    /** 0 loads, 1 stores, 2 multiplies, 3 divides, −1 none of them. */
    private static int counterOf(Op op) {
        return switch (op) {
            case LB, LBU, LH, LHU, LW -> 0;
            case SB, SH, SW -> 1;
            case MUL, MULH, MULHSU, MULHU -> 2;
            case DIV, DIVU, REM, REMU -> 3;
            default -> -1;
        };
    }



}
