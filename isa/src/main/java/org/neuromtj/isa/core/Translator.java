package org.neuromtj.isa.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

/**
 * The hart's translation cache: code the interpreter has started often enough is translated, a block
 * at a time, into JVM classes ({@link BlockCompiler}) that the JIT compiler then makes machine code of.
 * Blocks are indexed by the RAM word they start at. Writes to decoded code (the core's own stores, a
 * loader, a DMA engine, a restored snapshot) drop every block that covers the written words, so
 * self-modifying code and loaders see their new instructions.
 *
 * <p>Each class is a hidden class nested in {@link Hart}, so it reaches the hart's state directly, and
 * is unloaded once its block is dropped.
 */
final class Translator implements Ram.CodeWatcher {
    /** Starts of an address before its code is translated. */
    static final int THRESHOLD = 40;
    /** Marks a start whose first instruction cannot be translated. */
    private static final byte NEVER = -1;

    private final Ram ram;
    private final MethodHandles.Lookup hart;
    private final TranslatedBlock[] blocks;
    private final byte[] lengths;
    private final byte[] heat;
    private long translated;

    /**
     * @param ram  the memory code runs from
     * @param hart a full-privilege lookup of {@link Hart}, in whose nest the blocks are defined
     */
    Translator(Ram ram, MethodHandles.Lookup hart) {
        this.ram = ram;
        this.hart = hart;
        int words = ram.size() / 4;
        this.blocks = new TranslatedBlock[words];
        this.lengths = new byte[words];
        this.heat = new byte[words];
        ram.setWatcher(this);
    }

    /**
     * The block starting at a word, translated on the start that makes it hot.
     *
     * @param word the RAM word of the next instruction
     * @return its block, or null while it is cold or if it cannot be translated
     */
    TranslatedBlock at(int word) {
        TranslatedBlock b = blocks[word];
        if (b != null) {
            return b;
        }
        int h = heat[word];
        if (h < 0) {
            return null;
        }
        if (h + 1 < THRESHOLD) {
            heat[word] = (byte) (h + 1);
            return null;
        }
        b = translate(word);
        if (b == null) {
            heat[word] = NEVER;
        }
        return b;
    }

    /** @return blocks translated since the hart was made */
    long translated() {
        return translated;
    }

    private TranslatedBlock translate(int word) {
        List<BlockCompiler.Instruction> code = extent(word);
        if (code.isEmpty()) {
            return null;
        }
        byte[] bytes = new BlockCompiler(ram.base() + 4 * word, code, ram.base(), ram.size()).compile();
        TranslatedBlock block;
        try {
            MethodHandles.Lookup defined = hart.defineHiddenClass(bytes, false, MethodHandles.Lookup.ClassOption.NESTMATE);
            block = (TranslatedBlock) defined.findConstructor(defined.lookupClass(), MethodType.methodType(void.class))
                    .invoke();
        } catch (Throwable e) {
            throw new IllegalStateException("translating the block at 0x" + Integer.toHexString(ram.base() + 4 * word), e);
        }
        blocks[word] = block;
        lengths[word] = (byte) code.size();
        translated++;
        return block;
    }

    /**
     * The instructions of the block starting at a word: up to and including the first branch or jump, ending
     * before an instruction that is not translated or a transfer to a misaligned target (the interpreter
     * traps on those), at the end of RAM, or at {@link BlockCompiler#MAX_INSTRUCTIONS}. Every word read is
     * left decoded, so that a write to it is seen.
     */
    private List<BlockCompiler.Instruction> extent(int word) {
        List<BlockCompiler.Instruction> code = new ArrayList<>();
        int words = ram.size() / 4;
        for (int w = word; w < words && code.size() < BlockCompiler.MAX_INSTRUCTIONS; w++) {
            long d = Hart.decoded(ram, ram.decoded, w);
            Op op = Decoder.op(d);
            int imm = Decoder.imm(d);
            boolean transfer = BlockCompiler.closes(op) && op != Op.JALR;
            if (!BlockCompiler.translatable(op) || (transfer && (imm & 3) != 0)) {
                break;
            }
            code.add(new BlockCompiler.Instruction(op, Decoder.rd(d), Decoder.rs1(d), Decoder.rs2(d), imm,
                    Hart.cost(d)));
            if (BlockCompiler.closes(op)) {
                break;
            }
        }
        return code;
    }

    @Override
    public void codeWritten(int fromWord, int toWord) {
        // A block is at most MAX_INSTRUCTIONS long: only those starting that far back can cover the words.
        for (int w = Math.max(0, fromWord - BlockCompiler.MAX_INSTRUCTIONS + 1); w < toWord; w++) {
            if (blocks[w] != null && w + lengths[w] > fromWord) {
                blocks[w] = null;
            }
            if (w >= fromWord) {
                heat[w] = 0;
            }
        }
    }
}
