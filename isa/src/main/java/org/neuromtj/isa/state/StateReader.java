package org.neuromtj.isa.state;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Reads what a {@link StateWriter} wrote, checking section names and array lengths as it goes. */
public final class StateReader {
    private final ByteBuffer in;
    private String section = "(start)";

    /** @param bytes a state */
    public StateReader(byte[] bytes) {
        this.in = ByteBuffer.wrap(bytes);
    }

    /**
     * @param name the part expected next
     * @throws StateException if another part, or nothing, comes next
     */
    public void section(String name) {
        String found = string();
        if (!found.equals(name)) {
            throw new StateException("expected the state of " + name + " after " + section + ", found " + found);
        }
        section = name;
    }

    /** @return the next value */
    public boolean bool() {
        return guard(() -> in.get() != 0);
    }

    /** @return the next value */
    public int i32() {
        return guard(in::getInt);
    }

    /** @return the next value */
    public long i64() {
        return guard(in::getLong);
    }

    /** @return the next value */
    public double f64() {
        return guard(in::getDouble);
    }

    /** @return the next value */
    public String string() {
        return guard(() -> {
            byte[] b = new byte[Short.toUnsignedInt(in.getShort())];
            in.get(b);
            return new String(b, StandardCharsets.UTF_8);
        });
    }

    /** @return the next bytes, as many as were saved (a generator's state, a queue's contents) */
    public byte[] bytes() {
        int n = guard(in::getInt);
        if (n < 0 || n > in.remaining()) {
            throw new StateException("the state ends inside " + section);
        }
        byte[] v = new byte[n];
        in.get(v);
        return v;
    }

    /**
     * @param length the length the reader's instance has
     * @return the next values
     * @throws StateException if the saved array has another length
     */
    public byte[] bytes(int length) {
        byte[] v = new byte[length(length)];
        guard(() -> in.get(v));
        return v;
    }

    /**
     * @param length the length the reader's instance has
     * @return the next values
     * @throws StateException if the saved array has another length
     */
    public int[] ints(int length) {
        int[] v = new int[length(length)];
        for (int k = 0; k < v.length; k++) {
            v[k] = i32();
        }
        return v;
    }

    /**
     * @param length the length the reader's instance has
     * @return the next values
     * @throws StateException if the saved array has another length
     */
    public long[] longs(int length) {
        long[] v = new long[length(length)];
        for (int k = 0; k < v.length; k++) {
            v[k] = i64();
        }
        return v;
    }

    /**
     * @param length the length the reader's instance has
     * @return the next values
     * @throws StateException if the saved array has another length
     */
    public double[] doubles(int length) {
        double[] v = new double[length(length)];
        for (int k = 0; k < v.length; k++) {
            v[k] = f64();
        }
        return v;
    }

    /**
     * @param length the length the reader's instance has
     * @return the next values
     * @throws StateException if the saved array has another length
     */
    public boolean[] bools(int length) {
        boolean[] v = new boolean[length(length)];
        for (int k = 0; k < v.length; k++) {
            v[k] = bool();
        }
        return v;
    }

    /** @throws StateException if anything is left unread */
    public void end() {
        if (in.hasRemaining()) {
            throw new StateException(in.remaining() + " bytes left after " + section);
        }
    }

    private int length(int expected) {
        int saved = i32();
        if (saved != expected) {
            throw new StateException(section + ": " + saved + " elements saved, " + expected + " expected");
        }
        return saved;
    }

    private interface Read<T> {
        T get();
    }

    private <T> T guard(Read<T> r) {
        try {
            return r.get();
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new StateException("the state ends inside " + section);
        }
    }
}
