package org.neuromtj.cosim;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Verilated block from the RTL library, seen through {@link ClockedBlock}. Stimulus and response
 * travel through two native buffers shared with the library, freed when the block is closed, {@value #CHUNK} cycles per foreign
 * call at most.
 */
public final class RtlBlock implements ClockedBlock {
    /** Cycles moved per foreign call, at most. */
    static final int CHUNK = 8192;

    private final String name;
    private final List<Signal> inputs;
    private final List<Signal> outputs;
    private final Memory stimulus;
    private final Memory response;
    private Pointer handle;

    private RtlBlock(String name, Pointer handle, List<Signal> inputs, List<Signal> outputs) {
        this.name = name;
        this.handle = handle;
        this.inputs = inputs;
        this.outputs = outputs;
        this.stimulus = new Memory((long) CHUNK * Math.max(1, inputs.size()) * Integer.BYTES);
        this.response = new Memory((long) CHUNK * Math.max(1, outputs.size()) * Integer.BYTES);
    }

    /**
     * Opens a block and checks that its ports are exactly the ones the caller drives and reads.
     *
     * @param name    the block's name in the library
     * @param inputs  the input ports expected, in order
     * @param outputs the output ports expected, in order
     * @return the block, out of reset only once its stimulus resets it
     * @throws RtlException if the library is missing or stale, holds no such block, or the ports differ
     */
    public static RtlBlock open(String name, List<Signal> inputs, List<Signal> outputs) {
        RtlLibrary.bind(name);
        Pointer handle = RtlLibrary.nmtj_open(name);
        if (handle == null) {
            throw new RtlException(RtlLibrary.nmtj_last_error());
        }
        try {
            String described = ports(handle);
            List<Signal> rtlIn = new ArrayList<>();
            List<Signal> rtlOut = new ArrayList<>();
            for (String entry : described.split(";")) {
                if (entry.isEmpty()) {
                    continue;
                }
                String[] f = entry.split(":");
                (f[2].equals("in") ? rtlIn : rtlOut).add(new Signal(f[0], Integer.parseInt(f[1])));
            }
            requireSame(name, "input", inputs, rtlIn);
            requireSame(name, "output", outputs, rtlOut);
            return new RtlBlock(name, handle, List.copyOf(inputs), List.copyOf(outputs));
        } catch (RuntimeException e) {
            RtlLibrary.nmtj_close(handle);
            throw e;
        }
    }

    private static String ports(Pointer handle) {
        byte[] buffer = new byte[4096];
        int length = RtlLibrary.nmtj_ports(handle, buffer, buffer.length);
        if (length >= buffer.length) {
            buffer = new byte[length + 1];
            RtlLibrary.nmtj_ports(handle, buffer, buffer.length);
        }
        return new String(buffer, 0, length, StandardCharsets.US_ASCII);
    }

    private static void requireSame(String block, String kind, List<Signal> expected, List<Signal> rtl) {
        for (int i = 0; i < Math.max(expected.size(), rtl.size()); i++) {
            Signal e = i < expected.size() ? expected.get(i) : null;
            Signal r = i < rtl.size() ? rtl.get(i) : null;
            if (e == null) {
                throw new RtlException("block " + block + ": the RTL has " + kind + " " + r.name()
                        + " that the model does not drive");
            }
            if (r == null || !r.name().equals(e.name())) {
                throw new RtlException("block " + block + ": " + kind + " " + i + " is " + e.name() + " in the model but "
                        + (r == null ? "missing" : r.name()) + " in the RTL (RTL " + kind + "s: " + names(rtl) + ")");
            }
            if (r.width() != e.width()) {
                throw new RtlException("block " + block + ": " + kind + " " + e.name() + " is " + e.width()
                        + " bits in the model but " + r.width() + " in the RTL");
            }
        }
    }

    private static String names(List<Signal> signals) {
        return String.join(", ", signals.stream().map(Signal::name).toList());
    }

    /** @return the block's name in the library */
    public String name() {
        return name;
    }

    @Override
    public List<Signal> inputs() {
        return inputs;
    }

    @Override
    public List<Signal> outputs() {
        return outputs;
    }

    @Override
    public void run(int cycles, int[] stimulusWords, int[] responseWords) {
        requireOpen();
        int ni = inputs.size();
        int no = outputs.size();
        for (int done = 0; done < cycles; ) {
            int n = Math.min(CHUNK, cycles - done);
            stimulus.write(0, stimulusWords, done * ni, n * ni);
            if (RtlLibrary.nmtj_run(handle, n, stimulus, response) != 0) {
                throw new RtlException(RtlLibrary.nmtj_last_error());
            }
            response.read(0, responseWords, done * no, n * no);
            done += n;
        }
    }

    /**
     * Starts writing a VCD waveform of every signal, from the next cycle on.
     *
     * @param file the file to write
     */
    public void trace(Path file) {
        requireOpen();
        if (RtlLibrary.nmtj_trace_open(handle, file.toAbsolutePath().toString()) != 0) {
            throw new RtlException(RtlLibrary.nmtj_last_error());
        }
    }

    /** Finishes the waveform, if one is being written. */
    public void endTrace() {
        requireOpen();
        RtlLibrary.nmtj_trace_close(handle);
    }

    @Override
    public void close() {
        if (handle != null) {
            RtlLibrary.nmtj_close(handle);
            handle = null;
            stimulus.close();
            response.close();
        }
    }

    private void requireOpen() {
        if (handle == null) {
            throw new IllegalStateException("block " + name + " is closed");
        }
    }
}
