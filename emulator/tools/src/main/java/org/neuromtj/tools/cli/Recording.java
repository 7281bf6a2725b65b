package org.neuromtj.tools.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.neuromtj.chip.Machine;
import org.neuromtj.chip.regs.ChipRegisterMap;
import org.neuromtj.tools.debug.trace.BusTrace;
import org.neuromtj.tools.debug.trace.InstructionTrace;
import org.neuromtj.tools.debug.trace.ModelWaveforms;
import org.neuromtj.tools.debug.trace.NpuTrace;
import org.neuromtj.tools.debug.trace.RegisterNames;
import org.neuromtj.tools.debug.trace.TraceWindow;

/** The traces and waveforms a run writes: opened before it, finished and closed after it. */
final class Recording implements AutoCloseable {
    /** Kinds of trace. */
    enum Trace {
        /** Every executed instruction: cycle, pc, word, disassembly, register written. */
        insn,
        /** Every device access, with register and field names. */
        bus,
        /** The NPU's spikes, packets and hops, TDC conversions, SOT pulses and timesteps. */
        npu
    }

    private final List<PrintWriter> files = new ArrayList<>();
    private final List<PrintWriter> streams = new ArrayList<>();
    private InstructionTrace instructions;

    private Recording() {
    }

    /**
     * @param machine the machine about to run
     * @param traces  which traces
     * @param dir     where each trace's file goes ({@code KIND.trace}), or null for standard error
     * @param window  the cycles recorded
     * @param vcd     the waveform file, or null for none
     * @param signals which model signals go into it
     * @param err     standard error
     * @return the recording, to close when the run ends
     * @throws IOException if a file cannot be opened
     */
    static Recording start(Machine machine, Set<Trace> traces, Path dir, TraceWindow window, Path vcd,
                           Set<ModelWaveforms.Group> signals, PrintStream err) throws IOException {
        Recording r = new Recording();
        for (Trace t : traces) {
            PrintWriter out = dir == null ? new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), false)
                    : r.file(dir.resolve(t.name() + ".trace"));
            if (dir == null) {
                r.streams.add(out);
            }
            switch (t) {
                case insn -> {
                    r.instructions = new InstructionTrace(machine.hart(), window, out);
                    machine.setTracer(r.instructions);
                }
                case bus -> machine.bus().listen(new BusTrace(new RegisterNames(ChipRegisterMap.MAP), machine.hart()::cycle,
                        window, out));
                case npu -> machine.npu().listen(new NpuTrace(machine.hart()::cycle, window, out));
            }
        }
        if (vcd != null) {
            machine.npu().listen(new ModelWaveforms(machine.npu(), window, signals, r.file(vcd)));
        }
        return r;
    }

    private PrintWriter file(Path path) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        PrintWriter w = new PrintWriter(new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8),
                1 << 16));
        files.add(w);
        return w;
    }

    @Override
    public void close() {
        if (instructions != null) {
            instructions.finish();
        }
        streams.forEach(PrintWriter::flush);
        files.forEach(PrintWriter::close);
    }
}
