package org.neuromtj.chip;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Builds minimal ELF executables for tests: one loadable segment holding the given words. */
public final class TestElf {
    private int elfClass = 1;
    private int machine = 243;
    private int flags;
    private int entry = 0x80000000;
    private int loadAddress = 0x80000000;
    private final int[] words;

    private TestElf(int[] words) {
        this.words = words;
    }

    /** @return a builder for an RV32 executable loading {@code words} at the RAM base */
    public static TestElf of(int... words) {
        return new TestElf(words);
    }

    public TestElf elfClass(int value) {
        elfClass = value;
        return this;
    }

    public TestElf machine(int value) {
        machine = value;
        return this;
    }

    public TestElf flags(int value) {
        flags = value;
        return this;
    }

    public TestElf entry(int value) {
        entry = value;
        return this;
    }

    public TestElf loadAddress(int value) {
        loadAddress = value;
        return this;
    }

    /** @return the file's bytes */
    public byte[] bytes() {
        int codeOffset = 52 + 32;
        ByteBuffer b = ByteBuffer.allocate(codeOffset + words.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {0x7F, 'E', 'L', 'F', (byte) elfClass, 1, 1, 0});
        b.position(16);
        b.putShort((short) 2).putShort((short) machine).putInt(1).putInt(entry).putInt(52).putInt(0).putInt(flags)
                .putShort((short) 52).putShort((short) 32).putShort((short) 1).putShort((short) 40)
                .putShort((short) 0).putShort((short) 0);
        b.putInt(1).putInt(codeOffset).putInt(loadAddress).putInt(loadAddress).putInt(words.length * 4)
                .putInt(words.length * 4).putInt(7).putInt(4);
        for (int w : words) {
            b.putInt(w);
        }
        return b.array();
    }
}
