package org.neuromtj.tools.debug.trace;

import java.io.PrintWriter;
import org.neuromtj.isa.core.Decoded;
import org.neuromtj.isa.core.Decoder;
import org.neuromtj.isa.core.Disassembler;
import org.neuromtj.isa.core.Format;
import org.neuromtj.isa.core.Hart;
import org.neuromtj.isa.core.Tracer;

/**
 * Every executed instruction in the window: cycle, pc, encoding, disassembly and the register it
 * wrote with its new value. The core tells the tracer before an instruction runs, so each line is
 * written when the next instruction begins (or when the trace is finished), once the value is there.
 */
public final class InstructionTrace implements Tracer {
    private static final String[] ABI = {"zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "s0", "s1", "a0", "a1",
        "a2", "a3", "a4", "a5", "a6", "a7", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4",
        "t5", "t6"};

    private final Hart hart;
    private final TraceWindow window;
    private final PrintWriter out;
    private String pending;
    private int pendingRd;

    /**
     * @param hart   the core, to read what an instruction wrote
     * @param window the cycles to record
     * @param out    where the lines go
     */
    public InstructionTrace(Hart hart, TraceWindow window, PrintWriter out) {
        this.hart = hart;
        this.window = window;
        this.out = out;
    }

    @Override
    public void instruction(long cycle, int pc, int word) {
        finish();
        if (!window.contains(cycle)) {
            return;
        }
        Decoded d = Decoder.decode(word);
        Format f = d.op().format();
        pendingRd = f == Format.S || f == Format.B ? 0 : d.rd();
        pending = String.format("%12d %08x: %08x  %-28s", cycle, pc, word, Disassembler.disassemble(pc, word));
    }

    /** Writes the last instruction's line, if one waits. */
    public void finish() {
        if (pending != null) {
            out.println(pendingRd == 0 ? pending.stripTrailing()
                    : pending + " " + ABI[pendingRd] + "=0x" + String.format("%08x", hart.register(pendingRd)));
            pending = null;
        }
    }
}
