package org.neuromtj.tools.debug.trace;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
import org.neuromtj.chip.soc.SystemBus;

/** Every device access in the window, named after the register description: cycle, R or W, register, value, fields. */
public final class BusTrace implements SystemBus.Listener {
    private final RegisterNames names;
    private final LongSupplier cycle;
    private final TraceWindow window;
    private final PrintWriter out;

    /**
     * @param names  the register description's names
     * @param cycle  the core's cycle
     * @param window the cycles to record
     * @param out    where the lines go
     */
    public BusTrace(RegisterNames names, LongSupplier cycle, TraceWindow window, PrintWriter out) {
        this.names = names;
        this.cycle = cycle;
        this.window = window;
        this.out = out;
    }

    @Override
    public void access(boolean write, int address, int size, int value) {
        long now = cycle.getAsLong();
        if (window.contains(now)) {
            String described = names.describe(address, write, value);
            int paren = described.indexOf(" (");
            String name = paren < 0 ? described : described.substring(0, paren);
            String fields = paren < 0 ? "" : "  " + described.substring(paren + 2, described.length() - 1);
            out.printf("%12d %s %08x %-28s %s 0x%0" + 2 * size + "x%s%n", now, write ? "W" : "R", address, name,
                    write ? "<-" : "->", value & (size == 4 ? -1 : (1 << 8 * size) - 1), fields);
        }
    }
}
