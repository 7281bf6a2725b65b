package org.neuromtj.isa.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The same random RV32IM programs run on two harts, one interpreting alone and one translating hot code,
 * driven alike: batches of random length (as the kernel runs the hart up to its next event), a timer
 * interrupt raised and lowered between them, device loads and stores, bus faults, misaligned accesses and
 * jumps, CSR accesses, ecalls and stores that rewrite the program. After every batch the two must agree on
 * the pc, every register, the cycle, instret and the instruction mix, and on every device access with the
 * cycle it happened at; at the end, on all of RAM.
 */
class TranslationDifferentialTest {
    private static final int BASE = 0x80000000;
    private static final int BODY = BASE + 0x100;
    private static final int HANDLER = BASE + 0x4000;
    private static final int DATA = BASE + 0x8000;
    private static final int DEVICE = 0x10000000;
    private static final int BODY_LENGTH = 48;
    /** The trap handler: skips the instruction that trapped; returns to an interrupted one. */
    private static final int[] HANDLER_CODE = {
        Encoder.encode(Op.CSRRS, 30, 0, 0, Csr.MCAUSE),
        Encoder.encode(Op.BLT, 0, 30, 0, 16),
        Encoder.encode(Op.CSRRS, 29, 0, 0, Csr.MEPC),
        Encoder.encode(Op.ADDI, 29, 29, 0, 4),
        Encoder.encode(Op.CSRRW, 0, 29, 0, Csr.MEPC),
        Encoder.encode(Op.MRET, 0, 0, 0, 0),
    };

    /** A hart with RAM and a device that answers loads and logs every access with its cycle. */
    private static final class Rig implements Bus {
        final Ram ram = new Ram(BASE, 64 * 1024);
        final Hart hart = new Hart(ram, this);
        final List<String> accesses = new ArrayList<>();

        Rig(boolean translate, byte[] image) {
            hart.setTranslation(translate);
            ram.write(BASE, image, 0, image.length);
            hart.reset(BASE);
        }

        @Override
        public int load(int address, int size) {
            if (address >>> 28 != DEVICE >>> 28) {
                throw BusFault.INSTANCE;
            }
            int value = (address * 31 + accesses.size()) * 0x9E3779B1;
            accesses.add("load " + Integer.toHexString(address) + "/" + size + " at " + hart.cycle());
            return value;
        }

        @Override
        public void store(int address, int size, int value) {
            if (address >>> 28 != DEVICE >>> 28) {
                throw BusFault.INSTANCE;
            }
            accesses.add("store " + Integer.toHexString(address) + "/" + size + " = " + value + " at " + hart.cycle());
        }

        String state() {
            StringBuilder b = new StringBuilder("pc " + Integer.toHexString(hart.pc()) + " cycle " + hart.cycle()
                    + " instret " + hart.instret() + " " + hart.mix() + " waiting " + hart.isWaiting()
                    + " halted " + hart.halted() + " x");
            for (int r = 0; r < 32; r++) {
                b.append(' ').append(hart.register(r));
            }
            return b.toString();
        }
    }

    @Property(tries = 40)
    void translatedCodeDoesExactlyWhatTheInterpreterDoes(@ForAll long seed) {
        byte[] image = program(new SplittableRandom(seed));
        Rig interpreter = new Rig(false, image);
        Rig translator = new Rig(true, image);
        SplittableRandom drive = new SplittableRandom(seed ^ 0x5DEECE66DL);
        boolean timer = false;
        for (int batch = 0; batch < 400 && interpreter.hart.halted().isEmpty(); batch++) {
            long until = interpreter.hart.cycle() + 1 + drive.nextInt(drive.nextBoolean() ? 8 : 400);
            for (Rig rig : List.of(interpreter, translator)) {
                if (rig.hart.isWaiting()) {
                    rig.hart.idleUntil(until);
                } else {
                    rig.hart.run(until);
                }
            }
            assertEquals(interpreter.state(), translator.state(), "after batch " + batch + " (seed " + seed + ")");
            assertEquals(interpreter.accesses, translator.accesses, "device accesses after batch " + batch);
            if (drive.nextInt(8) == 0) {
                timer = !timer;
                interpreter.hart.setInterruptPending(Csr.MTI, timer);
                translator.hart.setInterruptPending(Csr.MTI, timer);
            }
        }
        assertArrayEquals(interpreter.ram.read(BASE, interpreter.ram.size()), translator.ram.read(BASE, translator.ram.size()));
        assertTrue(translator.hart.blocksTranslated() > 0, "nothing was hot enough to translate");
        assertEquals(0, interpreter.hart.blocksTranslated());
    }

    /** A loop over a body of random instructions, rewritten from time to time by its own stores. */
    private static byte[] program(SplittableRandom rnd) {
        List<Integer> prelude = new ArrayList<>();
        constant(prelude, 31, HANDLER);
        prelude.add(Encoder.encode(Op.CSRRW, 0, 31, 0, Csr.MTVEC));
        prelude.add(Encoder.encode(Op.ADDI, 31, 0, 0, 1 << 7));
        prelude.add(Encoder.encode(Op.CSRRS, 0, 31, 0, Csr.MIE));
        prelude.add(Encoder.encode(Op.CSRRSI, 0, Csr.MSTATUS_MIE, 0, Csr.MSTATUS));
        int[] interesting = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 7, -7, 0x55555555};
        for (int r = 1; r < 16; r++) {
            constant(prelude, r, rnd.nextBoolean() ? interesting[rnd.nextInt(interesting.length)] : rnd.nextInt());
        }
        constant(prelude, 20, DATA);
        constant(prelude, 21, DEVICE);
        constant(prelude, 22, 0);
        constant(prelude, 23, BODY);
        prelude.add(Encoder.encode(Op.JAL, 0, 0, 0, BODY - (BASE + 4 * prelude.size())));

        int[] body = new int[BODY_LENGTH + 1];
        for (int k = 0; k < BODY_LENGTH; k++) {
            body[k] = instruction(rnd, k);
        }
        // A store of a fresh random instruction over one of the body's, through x24.
        int at = rnd.nextInt(BODY_LENGTH - 3);
        int target = rnd.nextInt(BODY_LENGTH);
        int word = instruction(rnd, target);
        body[at] = Encoder.encode(Op.LUI, 24, 0, 0, (word + 0x800) & 0xFFFFF000);
        body[at + 1] = Encoder.encode(Op.ADDI, 24, 24, 0, (word << 20) >> 20);
        body[at + 2] = Encoder.encode(Op.SW, 0, 23, 24, 4 * target);
        body[BODY_LENGTH] = Encoder.encode(Op.JAL, 0, 0, 0, -4 * BODY_LENGTH);

        ByteBuffer image = ByteBuffer.allocate(HANDLER - BASE + 4 * HANDLER_CODE.length).order(ByteOrder.LITTLE_ENDIAN);
        prelude.forEach(image::putInt);
        image.position(BODY - BASE);
        for (int w : body) {
            image.putInt(w);
        }
        image.position(HANDLER - BASE);
        for (int w : HANDLER_CODE) {
            image.putInt(w);
        }
        return image.array();
    }

    private static int instruction(SplittableRandom rnd, int k) {
        int rd = rnd.nextInt(10) == 0 ? 0 : 1 + rnd.nextInt(15);
        int rs1 = rnd.nextInt(16);
        int rs2 = rnd.nextInt(16);
        int pick = rnd.nextInt(100);
        if (pick < 30) {
            Op op = pickOf(rnd, Op.ADDI, Op.SLTI, Op.SLTIU, Op.XORI, Op.ORI, Op.ANDI, Op.SLLI, Op.SRLI, Op.SRAI);
            int imm = op.format() == Format.SHIFT ? rnd.nextInt(32) : rnd.nextInt(-2048, 2048);
            return Encoder.encode(op, rd, rs1, 0, imm);
        }
        if (pick < 52) {
            Op op = pickOf(rnd, Op.ADD, Op.SUB, Op.SLL, Op.SLT, Op.SLTU, Op.XOR, Op.SRL, Op.SRA, Op.OR, Op.AND, Op.MUL,
                    Op.MULH, Op.MULHSU, Op.MULHU, Op.DIV, Op.DIVU, Op.REM, Op.REMU);
            return Encoder.encode(op, rd, rs1, rs2, 0);
        }
        if (pick < 56) {
            return Encoder.encode(rnd.nextBoolean() ? Op.LUI : Op.AUIPC, rd, 0, 0, rnd.nextInt() & 0xFFFFF000);
        }
        if (pick < 72) {
            Op op = pickOf(rnd, Op.LB, Op.LBU, Op.LH, Op.LHU, Op.LW, Op.SB, Op.SH, Op.SW);
            int size = switch (op) {
                case LB, LBU, SB -> 1;
                case LH, LHU, SH -> 2;
                default -> 4;
            };
            int base = rnd.nextInt(10) < 8 ? 20 : rnd.nextBoolean() ? 21 : 22;
            int offset = base == 20 ? size * rnd.nextInt(-16, 16) + (rnd.nextInt(10) == 0 ? 1 : 0) : 4 * rnd.nextInt(4);
            return op.format() == Format.S ? Encoder.encode(op, 0, base, rs2, offset) : Encoder.encode(op, rd, base, 0, offset);
        }
        if (pick < 86) {
            Op op = pickOf(rnd, Op.BEQ, Op.BNE, Op.BLT, Op.BGE, Op.BLTU, Op.BGEU);
            int to = rnd.nextInt(BODY_LENGTH);
            return Encoder.encode(op, 0, rs1, rs2, 4 * (to - k) + (rnd.nextInt(20) == 0 ? 2 : 0));
        }
        if (pick < 90) {
            return Encoder.encode(Op.JAL, rnd.nextBoolean() ? 0 : rd, 0, 0, 4 * (rnd.nextInt(BODY_LENGTH) - k));
        }
        if (pick < 93) {
            return Encoder.encode(Op.JALR, rnd.nextBoolean() ? 0 : rd, 23, 0,
                    4 * rnd.nextInt(BODY_LENGTH) + (rnd.nextInt(5) == 0 ? 2 : 0));
        }
        if (pick < 97) {
            int csr = anyOf(rnd, Csr.MSCRATCH, Csr.MCYCLE, Csr.MINSTRET, Csr.MCAUSE);
            return rnd.nextBoolean() ? Encoder.encode(Op.CSRRS, rd, 0, 0, csr)
                    : Encoder.encode(Op.CSRRW, 0, rs1, 0, Csr.MSCRATCH);
        }
        return Encoder.encode(pickOf(rnd, Op.ECALL, Op.FENCE, Op.FENCE_I), 0, 0, 0, 0);
    }

    @SafeVarargs
    private static <T> T pickOf(SplittableRandom rnd, T... options) {
        return options[rnd.nextInt(options.length)];
    }

    private static int anyOf(SplittableRandom rnd, int... options) {
        return options[rnd.nextInt(options.length)];
    }

    private static void constant(List<Integer> code, int rd, int value) {
        code.add(Encoder.encode(Op.LUI, rd, 0, 0, (value + 0x800) & 0xFFFFF000));
        code.add(Encoder.encode(Op.ADDI, rd, rd, 0, (value << 20) >> 20));
    }

    /** A loop the translator runs in place: same result, and far fewer trips through the dispatcher. */
    @Test
    void aHotLoopRunsTranslatedToTheSameState() {
        Rig[] rigs = runBoth(7000, 20, DATA,
                Encoder.encode(Op.ADDI, 1, 0, 0, 1000),
                Encoder.encode(Op.ADDI, 2, 2, 0, 3),
                Encoder.encode(Op.SW, 0, 20, 2, 0),
                Encoder.encode(Op.ADDI, 1, 1, 0, -1),
                Encoder.encode(Op.BNE, 0, 1, 0, -12),
                Encoder.encode(Op.JAL, 0, 0, 0, 0));
        assertEquals(3000, rigs[0].ram.readWord(DATA));
        assertTrue(rigs[1].hart.blocksTranslated() >= 1);
    }

    /** Each pass rewrites the instruction two words ahead, inside its own block, to the other of two. */
    @Test
    void aStoreIntoItsOwnBlockIsSeenByTheNextInstruction() {
        int plusOne = Encoder.encode(Op.ADDI, 2, 2, 0, 1);
        int plusFive = Encoder.encode(Op.ADDI, 2, 2, 0, 5);
        List<Integer> setup = new ArrayList<>();
        constant(setup, 5, plusFive);
        constant(setup, 6, plusOne ^ plusFive);
        constant(setup, 1, 300);
        // runBoth puts three words (the handler's address into mtvec) before the code.
        int loop = BASE + 4 * (3 + setup.size() + 2);
        int[] code = new int[setup.size() + 7];
        for (int k = 0; k < setup.size(); k++) {
            code[k] = setup.get(k);
        }
        int k = setup.size();
        code[k++] = Encoder.encode(Op.LUI, 23, 0, 0, (loop + 0x800) & 0xFFFFF000);
        code[k++] = Encoder.encode(Op.ADDI, 23, 23, 0, (loop << 20) >> 20);
        code[k++] = Encoder.encode(Op.SW, 0, 23, 5, 12);
        code[k++] = Encoder.encode(Op.XOR, 5, 5, 6, 0);
        code[k++] = Encoder.encode(Op.ADDI, 1, 1, 0, -1);
        code[k++] = plusOne;
        code[k++] = Encoder.encode(Op.BNE, 0, 1, 0, -16);
        Rig[] rigs = runBoth(4000, 0, 0, code);
        assertEquals(150 * 5 + 150, rigs[0].hart.register(2), "the interpreter sees every rewrite");
    }

    /** The last word of RAM is read inline; the word past it goes to the bus, which faults. */
    @Test
    void accessesAtTheEndOfRamAreExact() {
        Rig[] rigs = runBoth(3000, 20, BASE + 64 * 1024 - 4,
                Encoder.encode(Op.ADDI, 3, 3, 0, 1),
                Encoder.encode(Op.SW, 0, 20, 3, 0),
                Encoder.encode(Op.LW, 4, 20, 0, 0),
                Encoder.encode(Op.LW, 5, 20, 0, 4),
                Encoder.encode(Op.JAL, 0, 0, 0, -16));
        assertEquals(rigs[0].hart.register(3), rigs[0].hart.register(4));
        assertTrue(rigs[1].hart.blocksTranslated() >= 1);
    }

    /**
     * Runs code (after setting {@code register} to {@code value}, unless register is 0) on both harts for
     * {@code cycles}, with the trap-skipping handler, and checks they end alike.
     */
    private static Rig[] runBoth(long cycles, int register, int value, int... code) {
        List<Integer> words = new ArrayList<>();
        constant(words, 31, HANDLER);
        words.add(Encoder.encode(Op.CSRRW, 0, 31, 0, Csr.MTVEC));
        if (register != 0) {
            constant(words, register, value);
        }
        for (int w : code) {
            words.add(w);
        }
        ByteBuffer image = ByteBuffer.allocate(HANDLER - BASE + 4 * HANDLER_CODE.length).order(ByteOrder.LITTLE_ENDIAN);
        words.forEach(image::putInt);
        image.position(HANDLER - BASE);
        for (int w : HANDLER_CODE) {
            image.putInt(w);
        }
        Rig interpreter = new Rig(false, image.array());
        Rig translator = new Rig(true, image.array());
        interpreter.hart.run(cycles);
        translator.hart.run(cycles);
        assertEquals(interpreter.state(), translator.state());
        assertArrayEquals(interpreter.ram.read(BASE, interpreter.ram.size()), translator.ram.read(BASE, translator.ram.size()));
        return new Rig[] {interpreter, translator};
    }
}
