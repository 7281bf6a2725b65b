package org.neuromtj.isa.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.neuromtj.isa.state.StateReader;
import org.neuromtj.isa.state.StateWriter;
import org.neuromtj.isa.state.Stateful;

/**
 * The core's main memory: little-endian bytes at a base address, plus one decode-cache slot per word that
 * every write clears, so code written by the core itself, a loader or a DMA engine is always re-decoded.
 */
public final class Ram implements Stateful {
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final byte[] ZEROS = new byte[4096];
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);


    private final int base;
    private final byte[] bytes;
    final long[] decoded;
    /** Told when decoded code is overwritten, so that code translated from it is dropped; null for none. */
    private CodeWatcher watcher;

    /** Hears of writes to words that had been decoded as instructions. */
    interface CodeWatcher {
        /**
         * @param fromWord first word index written
         * @param toWord   one past the last
         */
        void codeWritten(int fromWord, int toWord);
    }

    /**
     * @param base first byte address
     * @param size size in bytes, a positive multiple of 4
     */
    public Ram(int base, int size) {
        if (size <= 0 || size % 4 != 0) {
            throw new IllegalArgumentException("RAM size must be a positive multiple of 4, not " + size);
        }
        this.base = base;
        this.bytes = new byte[size];
        this.decoded = new long[size / 4];
    }

    /**
     * Scans memory for banks that hold anything but zeros: a bank of zeros can be power-gated, since a gated
     * bank that wakes cleared gives the same zeros. A scan, not a record kept by every store, so that the
     * core's stores pay nothing for it.
     *
     * @param bankBytes bytes per bank, a multiple of 8
     * @return banks holding a non-zero byte
     */
    public int banksHoldingData(int bankBytes) {
        int banks = 0;
        for (int first = 0; first < bytes.length; first += bankBytes) {
            int end = Math.min(bytes.length, first + bankBytes);
            // Arrays.mismatch compares many bytes an instruction even in the interpreter, where a scan run once
            // at the end of a run executes.
            for (int at = first; at < end; at += ZEROS.length) {
                int n = Math.min(ZEROS.length, end - at);
                if (Arrays.mismatch(bytes, at, at + n, ZEROS, 0, n) >= 0) {
                    banks++;
                    break;
                }
            }
        }
        return banks;
    }

    /** @return the first byte address */
    public int base() {
        return base;
    }

    /** @return the size in bytes */
    public int size() {
        return bytes.length;
    }

    /**
     * @param address byte address
     * @param length  number of bytes
     * @return whether the whole range lies in this RAM
     */
    public boolean contains(long address, long length) {
        long offset = address - Integer.toUnsignedLong(base);
        return offset >= 0 && length >= 0 && offset + length <= bytes.length;
    }

    /**
     * Copies bytes into RAM, as a loader or DMA engine does.
     *
     * @param address first byte address; the range must lie in RAM
     * @param data    source
     * @param from    first source index
     * @param length  number of bytes
     */
    public void write(int address, byte[] data, int from, int length) {
        int offset = offsetOf(address, length);
        System.arraycopy(data, from, bytes, offset, length);
        forget(offset >>> 2, (offset + length + 3) >>> 2);
    }

    /** Clears the decode slots of a range of words, telling the watcher if any held code. */
    private void forget(int fromWord, int toWord) {
        boolean code = false;
        for (int w = fromWord; w < toWord; w++) {
            code |= decoded[w] != 0;
            decoded[w] = 0;
        }
        if (code && watcher != null) {
            watcher.codeWritten(fromWord, toWord);
        }
    }

    void setWatcher(CodeWatcher watcher) {
        this.watcher = watcher;
    }

    /**
     * Copies bytes out of RAM.
     *
     * @param address first byte address; the range must lie in RAM
     * @param length  number of bytes
     * @return a copy
     */
    public byte[] read(int address, int length) {
        int offset = offsetOf(address, length);
        return Arrays.copyOfRange(bytes, offset, offset + length);
    }

    @Override
    public void save(StateWriter out) {
        out.section("ram");
        out.bytes(bytes);

    }

    @Override
    public void restore(StateReader in) {
        in.section("ram");
        System.arraycopy(in.bytes(bytes.length), 0, bytes, 0, bytes.length);
        forget(0, decoded.length);
    }

    /**
     * Reads a little-endian word, as a DMA engine or a debugger does.
     *
     * @param address its first byte address; the word must lie in RAM
     * @return the word
     */
    public int readWord(int address) {
        return word(offsetOf(address, 4));
    }

    /** Clears all memory. */
    public void clear() {
        Arrays.fill(bytes, (byte) 0);
        forget(0, decoded.length);
    }

    private int offsetOf(int address, int length) {
        if (!contains(Integer.toUnsignedLong(address), length)) {
            throw new IndexOutOfBoundsException(String.format("0x%08x+%d is outside RAM", address, length));
        }
        return address - base;
    }

    int word(int offset) {
        return (int) INT.get(bytes, offset);
    }

    int half(int offset) {
        return (short) SHORT.get(bytes, offset);
    }

    int signedByte(int offset) {
        return bytes[offset];
    }

    /**
     * Reads a little-endian value at any alignment, byte by byte, as a misaligned load's two accesses do.
     *
     * @param offset its first byte's offset; all {@code size} bytes lie in RAM
     * @param size   2 or 4
     * @return the value, not sign-extended
     */
    int misaligned(int offset, int size) {
        int v = 0;
        for (int k = size - 1; k >= 0; k--) {
            v = v << 8 | bytes[offset + k] & 0xFF;
        }
        return v;
    }

    /**
     * Writes a little-endian value at any alignment, byte by byte.
     *
     * @return whether a word it touched had been decoded as an instruction: code was written
     */
    boolean storeMisaligned(int offset, int size, int value) {
        boolean code = false;
        for (int k = 0; k < size; k++) {
            code |= storeByte(offset + k, value >>> (8 * k));
        }
        return code;
    }

    /** @return whether the word had been decoded as an instruction: code was written */
    boolean storeWord(int offset, int value) {
        INT.set(bytes, offset, value);
        return stored(offset >>> 2);
    }

    /** @return whether the word had been decoded as an instruction: code was written */
    boolean storeHalf(int offset, int value) {
        SHORT.set(bytes, offset, (short) value);
        return stored(offset >>> 2);
    }

    /** @return whether the word had been decoded as an instruction: code was written */
    boolean storeByte(int offset, int value) {
        bytes[offset] = (byte) value;
        return stored(offset >>> 2);
    }

    private boolean stored(int word) {
        if (decoded[word] == 0) {
            return false;
        }
        decoded[word] = 0;
        if (watcher != null) {
            watcher.codeWritten(word, word + 1);
        }
        return true;
    }
}
