package org.neuromtj.isa.state;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes a state as tagged sections of big-endian values. Each part opens its section with its name,
 * so that a reader finds out at once, and by name, when a state does not fit.
 */
public final class StateWriter {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(bytes);

    /** @param name the part whose fields follow */
    public void section(String name) {
        string(name);
    }

    /** @param v a value */
    public void bool(boolean v) {
        io(() -> out.writeBoolean(v));
    }

    /** @param v a value */
    public void i32(int v) {
        io(() -> out.writeInt(v));
    }

    /** @param v a value */
    public void i64(long v) {
        io(() -> out.writeLong(v));
    }

    /** @param v a value */
    public void f64(double v) {
        io(() -> out.writeDouble(v));
    }

    /** @param v a value */
    public void string(String v) {
        io(() -> out.writeUTF(v));
    }

    /** @param v values, length first */
    public void bytes(byte[] v) {
        io(() -> {
            out.writeInt(v.length);
            out.write(v);
        });
    }

    /** @param v values, length first */
    public void ints(int[] v) {
        io(() -> {
            out.writeInt(v.length);
            for (int x : v) {
                out.writeInt(x);
            }
        });
    }

    /** @param v values, length first */
    public void longs(long[] v) {
        io(() -> {
            out.writeInt(v.length);
            for (long x : v) {
                out.writeLong(x);
            }
        });
    }

    /** @param v values, length first */
    public void doubles(double[] v) {
        io(() -> {
            out.writeInt(v.length);
            for (double x : v) {
                out.writeDouble(x);
            }
        });
    }

    /** @param v values, length first */
    public void bools(boolean[] v) {
        io(() -> {
            out.writeInt(v.length);
            for (boolean x : v) {
                out.writeBoolean(x);
            }
        });
    }

    /** @return everything written */
    public byte[] toByteArray() {
        io(out::flush);
        return bytes.toByteArray();
    }

    private interface Io {
        void run() throws IOException;
    }

    private static void io(Io io) {
        try {
            io.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
